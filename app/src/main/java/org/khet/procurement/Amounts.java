package org.khet.procurement;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;

/** What the pages' forms share: amounts as typed (with thousands commas) and refusals by field. */
final class Amounts {

    private Amounts() {}

    /**
     * What a field that is not a number reads as: a negative amount, which every rule refuses naming the field, so
     * that "abc" typed as a reference price is told, not taken as no reference price.
     */
    static final BigDecimal NOT_A_NUMBER = new BigDecimal("-1");

    /** The amount typed, {@code 1,500.50} or {@code 1500.5}; null when blank, {@link #NOT_A_NUMBER} when not one. */
    /** An amount as text read by people: 1,234,567.50. */
    static String baht(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount);
    }

    static BigDecimal parse(String typed) {
        String s = typed == null ? "" : typed.replaceAll("[\\s,]", "");
        if (s.isEmpty()) {
            return null;
        }
        return s.matches("-?[0-9]{1,16}(\\.[0-9]+)?") ? new BigDecimal(s) : NOT_A_NUMBER;
    }

    /** Each refused field's first reason, in the reader's language. */
    static Map<String, String> errors(RejectedException e, KhetUser me) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message().in(me.language())));
        return errors;
    }
}
