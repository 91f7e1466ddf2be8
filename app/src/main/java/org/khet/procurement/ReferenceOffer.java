package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.khet.platform.Texts;
import org.khet.thai.BahtText;
import org.khet.thai.BuddhistDates;

/**
 * What the evidence offers a procurement as its reference price: each item's reference unit price and, when every
 * item has one, their sum (quantity times reference) with the basis written out from the evidence in Thai, as the
 * record keeps it. The clerk confirms it; nothing is stored until they do.
 */
record ReferenceOffer(List<ReferencePrices.ItemReference> items, BigDecimal total, String basis) {

    /** The longest basis the record keeps. */
    private static final int BASIS_LENGTH = 2000;

    static ReferenceOffer of(List<ReferencePrices.ItemReference> items, LocalDate day) {
        boolean complete = !items.isEmpty() && items.stream().allMatch(i -> i.median() != null);
        if (!complete) {
            return new ReferenceOffer(items, null, "");
        }
        BigDecimal total = items.stream()
                .map(ReferencePrices.ItemReference::total)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        String lines = items.stream().map(ReferenceOffer::line).collect(Collectors.joining("; "));
        String basis = Texts.of("reference.basis", BuddhistDates.abbreviated(day), lines)
                .th();
        return new ReferenceOffer(
                items, total, basis.length() <= BASIS_LENGTH ? basis : basis.substring(0, BASIS_LENGTH - 1) + "…");
    }

    /** Whether any item matches an entry of the catalogue: the page shows the section only then. */
    public boolean any() {
        return items.stream().anyMatch(i -> i.reference() != null);
    }

    /** Whether every item has a reference with enough evidence, so that the sum is offered. */
    public boolean complete() {
        return total != null;
    }

    private static String line(ReferencePrices.ItemReference i) {
        ReferencePrices.Reference r = i.reference();
        return Texts.of(
                        "reference.basisItem",
                        r.entry().name(),
                        r.entry().unit(),
                        baht(r.median()),
                        String.valueOf(r.count()),
                        String.valueOf(r.quotes()),
                        String.valueOf(r.awards()),
                        BuddhistDates.abbreviated(r.from()),
                        BuddhistDates.abbreviated(r.day()))
                .th();
    }

    /** An amount as people read it: thousands with commas, two decimals. */
    static String baht(BigDecimal amount) {
        return BahtText.figures(amount);
    }
}
