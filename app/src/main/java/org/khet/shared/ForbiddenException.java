package org.khet.shared;

/** The user is known but their roles do not reach this record or action. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String action) {
        super("Not allowed: " + action);
    }
}
