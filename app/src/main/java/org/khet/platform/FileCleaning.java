package org.khet.platform;

import org.khet.shared.Bilingual;
import org.khet.shared.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Uploaded files written again without the hidden metadata that tells who made them, where and when: a JPEG or PNG
 * without its EXIF (GPS position, camera, time) or text chunks ({@link Photos}), a PDF without its document
 * information, XMP and ID ({@link PdfMetadata}). Both decode untrusted input within bounds: a photo over the pixel
 * limit its header declares is refused before it is decoded, and every decode runs within the shared memory budget and
 * deadline ({@link DecodeBudget}; settings {@code khet.uploads.max-pixels}, {@code khet.uploads.decode-memory},
 * {@code khet.uploads.decode-timeout}). The media type is the one the caller checked from the file's first bytes
 * ({@link FileKinds}); other kinds (Word, Excel) are kept as they are.
 */
@Component
public class FileCleaning {

    /** A file ready to store ({@code content}), or why it was refused ({@code problem}, in both languages). */
    public record Cleaned(byte[] content, Bilingual problem) {

        static Cleaned kept(byte[] content) {
            return new Cleaned(content, null);
        }

        static Cleaned refused(Bilingual problem) {
            return new Cleaned(null, problem);
        }

        public boolean refused() {
            return problem != null;
        }
    }

    private final Photos photos;
    private final PdfMetadata pdfs;

    FileCleaning(Photos photos, PdfMetadata pdfs) {
        this.photos = photos;
        this.pdfs = pdfs;
    }

    /**
     * The file of this media type without its metadata, or why it cannot be kept (unreadable, too many pixels, too
     * slow to decode, a PDF that inflates too far). Throws {@link RejectedException} when other decodes hold the
     * memory budget for longer than the deadline.
     */
    public Cleaned withoutMetadata(String mediaType, byte[] content) {
        return switch (mediaType) {
            case "application/pdf" -> pdfs.strip(content);
            case "image/jpeg", "image/png" -> photos.withoutMetadata(content, mediaType);
            default -> Cleaned.kept(content);
        };
    }

    /**
     * The cleaned content, or a refusal of form field {@code field} naming the file as sent and why, in both
     * languages ("photo.png was not saved: the picture is too large ..."); when other decodes hold the budget too
     * long, a refusal of the same field.
     */
    public byte[] withoutMetadataOrRefuse(String field, String fileName, String mediaType, byte[] content) {
        Cleaned cleaned;
        try {
            cleaned = withoutMetadata(mediaType, content);
        } catch (RejectedException busy) {
            throw RejectedException.of(field, busy.reason());
        }
        if (cleaned.refused()) {
            Bilingual why = cleaned.problem();
            throw RejectedException.of(field, Texts.of("platform.file.notSaved", fileName, why.th(), why.en()));
        }
        return cleaned.content();
    }
}
