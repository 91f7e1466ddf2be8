package org.khet.personnel.development;

import java.util.List;
import org.khet.platform.FileKinds;

/**
 * What a certificate file may be: a PDF, a JPEG or a PNG whose content is what its name says (platform
 * {@link FileKinds}), and the name it is kept under.
 */
final class Certificates {

    private static final List<String> KINDS = List.of("application/pdf", "image/jpeg", "image/png");

    private Certificates() {}

    /** The media type of {@code content} sent as {@code fileName}, or null when it is none of the three. */
    static String mediaType(String fileName, byte[] content) {
        String type = FileKinds.mediaType(name(fileName), content);
        return type != null && KINDS.contains(type) ? type : null;
    }

    /** The name as sent, as the platform keeps uploaded files' names. */
    static String name(String fileName) {
        return FileKinds.fileName(fileName, "certificate");
    }
}
