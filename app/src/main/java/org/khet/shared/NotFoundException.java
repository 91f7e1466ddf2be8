package org.khet.shared;

/** The record does not exist, or the user may not know that it exists: both answer the same. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
