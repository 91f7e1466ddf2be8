package org.khet.notifications;

/**
 * Where a message goes, as the office may see it: the channel and the address masked, enough to recognise it and to
 * notice a wrong one, not enough to reach the person.
 */
public record Destination(Channel channel, String masked) {

    /** An e-mail address, masked, as a secret would be sent to it. */
    public static Destination email(String address) {
        return new Destination(Channel.EMAIL, Masks.address(Channel.EMAIL, address.strip()));
    }

    static Destination of(Channel channel, String address) {
        return new Destination(channel, Masks.address(channel, address));
    }

    /** "EMAIL s•••@example.org": for an audit row. */
    @Override
    public String toString() {
        return channel + " " + masked;
    }
}
