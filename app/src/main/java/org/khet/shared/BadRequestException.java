package org.khet.shared;

/** A request that is malformed rather than against a rule (a page number that is a word); the API answers 400. */
public class BadRequestException extends RuntimeException {

    private final Bilingual reason;

    public BadRequestException(Bilingual reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public Bilingual reason() {
        return reason;
    }
}
