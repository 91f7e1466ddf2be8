package org.khet.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.springframework.stereotype.Component;

/**
 * The rules an imported procurement's history broke, read on its own day: a method its budget's bands did not allow,
 * a selection awarded with fewer answers than the band's minimum, an award to a supplier on the debarred list. History
 * is stored as it happened (the red flags judge it); the import's answer says what it broke.
 */
@Component
class ImportWarnings {

    private final MethodRules rules;

    ImportWarnings(MethodRules rules) {
        this.rules = rules;
    }

    List<Bilingual> of(Procurement p, LocalDate day) {
        List<Bilingual> warnings = new ArrayList<>();
        String date = day.toString();
        if (!rules.allows(p.method(), p.budget(), p.eCatalogue(), day)) {
            warnings.add(Texts.of(
                    "procurement.import.methodBand",
                    p.method().label().th(),
                    p.budget().toPlainString(),
                    date,
                    p.method().label().en()));
        }
        if (p.award().isPresent() && p.method() == Method.SELECTION) {
            rules.allowing(p.budget(), p.eCatalogue(), day).stream()
                    .filter(r -> r.method() == Method.SELECTION && r.minInvited() != null)
                    .map(MethodRules.Rule::minInvited)
                    .max(Integer::compare)
                    .filter(min -> p.bids().size() < min)
                    .ifPresent(min -> warnings.add(Texts.of(
                            "procurement.import.invited",
                            String.valueOf(min),
                            String.valueOf(p.bids().size()))));
        }
        p.award()
                .flatMap(a -> p.bids().stream().filter(b -> b.id() == a.bidId()).findFirst())
                .filter(Procurement.Bid::debarred)
                .ifPresent(b -> warnings.add(Texts.of("procurement.import.debarred", b.supplierName())));
        return warnings;
    }
}
