package org.khet.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * What a client is counted as: an IPv4 address as it is, an IPv6 address by its /64 network, since one home or
 * school is given a whole /64 and picks new addresses within it at will.
 */
public final class ClientKeys {

    private ClientKeys() {}

    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(stripped(address)).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** Without brackets or a zone (fe80::1%eth0); a bare address literal is never looked up in DNS. */
    private static String stripped(String address) {
        String a = address.startsWith("[") ? address.substring(1, address.indexOf(']')) : address;
        int zone = a.indexOf('%');
        return zone < 0 ? a : a.substring(0, zone);
    }
}
