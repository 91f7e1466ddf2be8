package org.khet.platform;

import java.util.Locale;
import java.util.Map;

/**
 * The kinds of file people upload (a procurement's documents, a medical certificate), each known by its name's
 * extension and checked by the first bytes of its content, so that a file named .pdf is a PDF: PDF, PNG, JPEG, and
 * Word and Excel files (a zip).
 */
public final class FileKinds {

    private record Kind(String mediaType, byte[] magic) {}

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    private static final Map<String, Kind> BY_EXTENSION = Map.of(
            "pdf", new Kind("application/pdf", new byte[] {0x25, 0x50, 0x44, 0x46}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47}),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP));

    private FileKinds() {}

    /** The media type of a file named {@code name} with this content; null when it is not one of the kinds. */
    public static String mediaType(String name, byte[] content) {
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null || content == null || content.length < kind.magic().length) {
            return null;
        }
        for (int i = 0; i < kind.magic().length; i++) {
            if (content[i] != kind.magic()[i]) {
                return null;
            }
        }
        return kind.mediaType();
    }

    /**
     * The name an uploaded file is kept under: the last part of what the browser sent (some send a whole path), with
     * control characters and quotes replaced, at most 200 characters (its end, where the extension is, kept), or
     * {@code fallback} when nothing is left.
     */
    public static String fileName(String sent, String fallback) {
        String n = sent == null ? "" : sent.replaceAll(".*[/\\\\]", "");
        n = n.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        if (n.isEmpty()) {
            return fallback;
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
