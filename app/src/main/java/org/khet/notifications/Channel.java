package org.khet.notifications;

/** How a message reaches a person. */
public enum Channel {
    EMAIL,
    SMS,
    LINE
}
