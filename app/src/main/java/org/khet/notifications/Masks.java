package org.khet.notifications;

/** Contact addresses are personal data: pages for anyone but their owner show them masked. */
final class Masks {

    private Masks() {}

    static String address(Channel channel, String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        return switch (channel) {
            case EMAIL -> email(address);
            case SMS -> tail(address, 3);
            case LINE -> tail(address, 4);
        };
    }

    private static String email(String address) {
        int at = address.indexOf('@');
        if (at < 1) {
            return "•••";
        }
        return address.charAt(0) + "•••" + address.substring(at);
    }

    private static String tail(String address, int shown) {
        return address.length() <= shown ? "•••" : "•••" + address.substring(address.length() - shown);
    }
}
