package org.khet.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.khet.platform.Texts;
import org.khet.thai.BahtText;
import org.khet.thai.BuddhistDates;

/**
 * How the documents the law asks for write the figures of the records: in Thai, amounts with thousands commas and two
 * decimals and in words, days as Buddhist-Era dates, the verb of the category (ซื้อ, จ้าง…), the bids as offered. A
 * supplier is named, never with its tax ID.
 */
final class DocumentText {

    private DocumentText() {}

    static String th(String key, Object... args) {
        return Texts.of(key, args).th();
    }

    static String money(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String words(BigDecimal amount) {
        return BahtText.of(amount);
    }

    static String date(LocalDate day) {
        return BuddhistDates.full(day);
    }

    static String shortDate(LocalDate day) {
        return BuddhistDates.abbreviated(day);
    }

    /** ซื้อ, จ้างก่อสร้าง or จ้างบริการ. */
    static String verb(Procurement p) {
        return th("procurement.category." + p.category().name());
    }

    /**
     * The verb to write before the title ("ซื้อ" + title), or nothing when the title already starts with one
     * ("จัดซื้อหนังสือ…" is not made "ซื้อจัดซื้อหนังสือ…").
     */
    static String verbBefore(Procurement p) {
        String title = p.title().strip();
        boolean hasOne =
                Arrays.stream(th("procurement.docs.buyingWords").split(" ")).anyMatch(title::startsWith);
        return hasOne ? "" : verb(p);
    }

    static String method(Procurement p) {
        return p.method().label().th();
    }

    /** Each item as "description จำนวน quantity unit", joined. */
    static String items(Procurement p) {
        return String.join(
                ", ",
                p.items().stream()
                        .map(i -> th(
                                "procurement.docs.itemText",
                                i.description(),
                                i.quantity().stripTrailingZeros().toPlainString(),
                                i.unit()))
                        .toList());
    }

    /** Each bid as offered: the supplier's name and price, and why it was disqualified when it was. */
    static List<String> offers(Procurement p) {
        return p.bids().stream()
                .map(b -> b.disqualified()
                        ? th(
                                "procurement.docs.offerDisqualified",
                                b.supplierName(),
                                money(b.amount()),
                                b.disqualifiedReason())
                        : th("procurement.docs.offer", b.supplierName(), money(b.amount())))
                .toList();
    }
}
