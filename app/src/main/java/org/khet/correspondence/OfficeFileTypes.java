package org.khet.correspondence;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The office formats a letter may carry, told by the file's first bytes and confirmed by its name: PDF, images
 * (JPEG, PNG, TIFF scans), Word, Excel and PowerPoint (old and new), OpenDocument, ZIP, and plain text or CSV. A file
 * whose bytes do not match its name's format (an executable renamed to .pdf) is refused.
 */
final class OfficeFileTypes {

    /** What the first bytes say the file is. */
    private enum Magic {
        PDF,
        JPEG,
        PNG,
        TIFF,
        OLE,
        ZIP,
        TEXT
    }

    private record Format(Magic magic, String contentType) {}

    private static final Map<String, Format> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", new Format(Magic.PDF, "application/pdf")),
            Map.entry("jpg", new Format(Magic.JPEG, "image/jpeg")),
            Map.entry("jpeg", new Format(Magic.JPEG, "image/jpeg")),
            Map.entry("png", new Format(Magic.PNG, "image/png")),
            Map.entry("tif", new Format(Magic.TIFF, "image/tiff")),
            Map.entry("tiff", new Format(Magic.TIFF, "image/tiff")),
            Map.entry("doc", new Format(Magic.OLE, "application/msword")),
            Map.entry("xls", new Format(Magic.OLE, "application/vnd.ms-excel")),
            Map.entry("ppt", new Format(Magic.OLE, "application/vnd.ms-powerpoint")),
            Map.entry(
                    "docx",
                    new Format(Magic.ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
            Map.entry(
                    "xlsx", new Format(Magic.ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
            Map.entry(
                    "pptx",
                    new Format(Magic.ZIP, "application/vnd.openxmlformats-officedocument.presentationml.presentation")),
            Map.entry("odt", new Format(Magic.ZIP, "application/vnd.oasis.opendocument.text")),
            Map.entry("ods", new Format(Magic.ZIP, "application/vnd.oasis.opendocument.spreadsheet")),
            Map.entry("odp", new Format(Magic.ZIP, "application/vnd.oasis.opendocument.presentation")),
            Map.entry("zip", new Format(Magic.ZIP, "application/zip")),
            Map.entry("txt", new Format(Magic.TEXT, "text/plain; charset=utf-8")),
            Map.entry("csv", new Format(Magic.TEXT, "text/csv; charset=utf-8")));

    /** The extensions accepted, for the message that lists them. */
    static final String ACCEPTED = "PDF, JPG, PNG, TIFF, DOC(X), XLS(X), PPT(X), ODT, ODS, ODP, ZIP, TXT, CSV";

    private OfficeFileTypes() {}

    /** The content type of a file named {@code name} with {@code content}, when both agree on an accepted format. */
    static Optional<String> contentType(String name, byte[] content) {
        int dot = name.lastIndexOf('.');
        Format format =
                dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (format == null || magic(content) != format.magic()) {
            return Optional.empty();
        }
        return Optional.of(format.contentType());
    }

    private static Magic magic(byte[] c) {
        if (starts(c, 0x25, 0x50, 0x44, 0x46)) {
            return Magic.PDF;
        }
        if (starts(c, 0xFF, 0xD8, 0xFF)) {
            return Magic.JPEG;
        }
        if (starts(c, 0x89, 0x50, 0x4E, 0x47)) {
            return Magic.PNG;
        }
        if (starts(c, 0x49, 0x49, 0x2A, 0x00) || starts(c, 0x4D, 0x4D, 0x00, 0x2A)) {
            return Magic.TIFF;
        }
        if (starts(c, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Magic.OLE;
        }
        if (starts(c, 0x50, 0x4B, 0x03, 0x04)) {
            return Magic.ZIP;
        }
        return text(c) ? Magic.TEXT : null;
    }

    private static boolean starts(byte[] c, int... bytes) {
        if (c.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((c[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 without NUL bytes: what a text or CSV file is. */
    private static boolean text(byte[] c) {
        for (byte b : c) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(c));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
