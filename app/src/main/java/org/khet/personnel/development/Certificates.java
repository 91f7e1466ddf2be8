package org.khet.personnel.development;

/** What a certificate file may be: a PDF, a JPEG or a PNG, told by its first bytes rather than by its name. */
final class Certificates {

    private Certificates() {}

    /** The media type of {@code content}, or null when it is none of the three. */
    static String mediaType(byte[] content) {
        if (starts(content, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        return null;
    }

    /** The name as sent, without path or control characters, at most 200 characters (its end kept). */
    static String name(String fileName) {
        String n = fileName == null
                ? ""
                : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_").strip();
        if (n.isEmpty()) {
            return "certificate";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
