package org.khet.personnel.development;

import java.util.List;
import org.khet.platform.FileCleaning;
import org.khet.platform.FileKinds;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.stereotype.Component;

/**
 * What a certificate file may be: a PDF, a JPEG or a PNG of at most 5 MB whose content is what its name says (platform
 * {@link FileKinds}), kept under the name it was sent with and without its hidden metadata (a photo's GPS position,
 * camera and time; a PDF's author), as platform {@link FileCleaning} writes it again.
 */
@Component
class Certificates {

    static final int LARGEST = 5 * 1024 * 1024;
    private static final List<String> KINDS = List.of("application/pdf", "image/jpeg", "image/png");

    /** A certificate ready to store. */
    record Certificate(String name, String mediaType, byte[] content) {}

    private final FileCleaning cleaning;

    Certificates(FileCleaning cleaning) {
        this.cleaning = cleaning;
    }

    /**
     * The certificate sent as {@code fileName}, cleaned; null when none was sent. Refused on field {@code certificate}
     * when it is too large, not one of the three kinds, or a photo too large or unreadable.
     */
    Certificate accepted(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return null;
        }
        String name = FileKinds.fileName(fileName, "certificate");
        String type = FileKinds.mediaType(name, content);
        if (content.length > LARGEST || type == null || !KINDS.contains(type)) {
            throw RejectedException.of("certificate", Texts.of("personnel.development.certificate"));
        }
        return new Certificate(name, type, cleaning.withoutMetadataOrRefuse("certificate", name, type, content));
    }
}
