package org.khet.notifications;

/**
 * A delivery that did not go through. {@code permanent} when trying again cannot help (the channel is not set up,
 * LINE refused the request itself), so the row gives up at once instead of waiting through its retries.
 */
class DeliveryFailed extends RuntimeException {

    private final boolean permanent;

    DeliveryFailed(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    DeliveryFailed(String reason, Throwable cause) {
        super(reason, cause);
        this.permanent = false;
    }

    boolean permanent() {
        return permanent;
    }
}
