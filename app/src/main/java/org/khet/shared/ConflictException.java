package org.khet.shared;

import java.util.List;

/** Someone else changed the record since it was read; the API answers 409 and nothing is changed. */
public class ConflictException extends RejectedException {

    public ConflictException() {
        super(Messages.of("conflict.changedFirst"), List.of(FieldError.of("", Messages.of("conflict.changedFirst"))));
    }

    /** A conflict with an existing record (a username taken), naming the field. */
    public ConflictException(FieldError error) {
        super(error.message(), List.of(error));
    }
}
