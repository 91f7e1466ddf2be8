package org.khet.shared;

import java.util.List;

/**
 * Thrown when input breaks a rule. Nothing has been changed when it is thrown; the API answers 422 and a form shows
 * each error next to its field.
 */
public class RejectedException extends RuntimeException {

    private final Bilingual reason;
    private final List<FieldError> errors;

    public RejectedException(Bilingual reason, List<FieldError> errors) {
        super(reason.toString());
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    public static RejectedException of(String field, String th, String en) {
        return new RejectedException(Bilingual.of(th, en), List.of(FieldError.of(field, th, en)));
    }

    public static RejectedException of(String field, Bilingual reason) {
        return new RejectedException(reason, List.of(new FieldError(0, field, reason)));
    }

    public Bilingual reason() {
        return reason;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
