package org.khet.procurement;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;

/** What the pages' forms share: amounts as typed (with thousands commas) and refusals by field. */
final class Amounts {

    private Amounts() {}

    /** The amount typed, {@code 1,500.50} or {@code 1500.5}; null when blank or not a number. */
    static BigDecimal parse(String typed) {
        String s = typed == null ? "" : typed.replaceAll("[\\s,]", "");
        if (!s.matches("-?[0-9]{1,16}(\\.[0-9]+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    /** Each refused field's first reason, in the reader's language. */
    static Map<String, String> errors(RejectedException e, KhetUser me) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message().in(me.language())));
        return errors;
    }
}
