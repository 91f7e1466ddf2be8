package org.khet.correspondence;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Garuda at the head of an official letter, placed at an exact height (3 cm on an external letter, 1.5 cm on a
 * memo). Khet ships no official image: the office installs it with the setting {@code khet.correspondence.garuda} (a
 * PNG or JPEG file), used at its own aspect ratio; until then, or when the file cannot be read, a stylised Garuda is
 * drawn ({@link GarudaShape}).
 */
@Component
class GarudaEmblem {

    private static final Logger log = LoggerFactory.getLogger(GarudaEmblem.class);

    private final Image official;

    GarudaEmblem(@Value("${khet.correspondence.garuda:}") String file) {
        this.official = load(file);
    }

    /** Whether the office's own image is used (rather than the drawn figure). */
    boolean official() {
        return official != null;
    }

    /** The width of the emblem placed {@code height} tall. */
    float width(float height) {
        return official == null ? GarudaShape.width(height) : height * official.getWidth() / official.getHeight();
    }

    /** Places the emblem {@code height} tall, its top at {@code top}, centred on {@code centreX}. */
    void place(PdfContentByte canvas, float centreX, float top, float height) {
        float bottom = top - height;
        if (official == null) {
            GarudaShape.draw(canvas, centreX, bottom, height);
            return;
        }
        try {
            float width = width(height);
            canvas.addImage(official, width, 0, 0, height, centreX - width / 2, bottom);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("The Garuda image could not be placed", e);
        }
    }

    private static Image load(String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return Image.getInstance(Files.readAllBytes(Path.of(file.strip())));
        } catch (Exception e) {
            log.warn(
                    "khet.correspondence.garuda = {} is not a readable PNG or JPEG; drawing the stylised Garuda", file);
            return null;
        }
    }
}
