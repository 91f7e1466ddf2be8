package org.khet.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.khet.platform.FileCleaning.Cleaned;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Photos written again without their metadata (camera, time, GPS position). A photo is untrusted input: a 200 kB PNG
 * may declare 40,000 × 40,000 pixels and take gigabytes and minutes to decode. So the size its header declares is
 * read first, without decoding, and a photo over the pixel limit is refused at once; a photo within it is decoded
 * inside the {@link DecodeBudget} (memory reserved from its declared size, a deadline that aborts the decoder).
 * Readers are told to ignore metadata ({@code setInput(in, true, true)}): otherwise the JDK's PNG reader inflates
 * compressed text chunks (zTXt) in full while reading the header, and 200 kB of zTXt holds 200 MB of text.
 */
@Component
class Photos {

    private static final Cleaned UNREADABLE = Cleaned.refused(Texts.of("platform.file.photo.unreadable"));

    private final long maxPixels;
    private final DecodeBudget budget;

    Photos(@Value("${khet.uploads.max-pixels:40000000}") long maxPixels, DecodeBudget budget) {
        this.maxPixels = maxPixels;
        this.budget = budget;
    }

    Cleaned withoutMetadata(byte[] content, String type) {
        long[] size = declaredSize(content);
        if (size == null) {
            return UNREADABLE;
        }
        long pixels = size[0] * size[1];
        long bytes = pixels * size[2];
        if (pixels > maxPixels || !budget.fits(bytes)) {
            String megapixels = String.valueOf(maxPixels / 1_000_000);
            return Cleaned.refused(Texts.of("platform.file.photo.tooLarge", size[0], size[1], megapixels));
        }
        Rewrite rewrite = new Rewrite(content, type);
        return budget.run(bytes, rewrite)
                .orElseGet(
                        () -> rewrite.timedOut ? Cleaned.refused(Texts.of("platform.file.photo.tooSlow")) : UNREADABLE);
    }

    /** Width, height and bytes per decoded pixel as the header declares them, or null when there is no header. */
    private static long[] declaredSize(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                ImageTypeSpecifier raw = reader.getRawImageType(0);
                int bits = raw == null ? 32 : raw.getColorModel().getPixelSize();
                // Decoders widen pixels to at least a byte, and JPEG keeps its own buffers besides the image.
                return new long[] {width, height, Math.max(4, (bits + 7) / 8)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Decodes and encodes again on a decode worker; abortable from the request that waits for it. */
    private static final class Rewrite implements DecodeBudget.Decode<Cleaned> {

        private final byte[] content;
        private final String type;
        private volatile ImageReader reader;
        private volatile ImageWriter writer;
        private volatile boolean timedOut;

        Rewrite(byte[] content, String type) {
            this.content = content;
            this.type = type;
        }

        @Override
        public Cleaned call() throws IOException {
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    return UNREADABLE;
                }
                reader = readers.next();
                reader.setInput(in, true, true);
                BufferedImage image = reader.read(0, reader.getDefaultReadParam());
                if (timedOut || image == null) {
                    return null;
                }
                if (type.equals("image/jpeg") && image.getColorModel().hasAlpha()) {
                    return UNREADABLE;
                }
                return Cleaned.kept(encode(image));
            } finally {
                if (reader != null) {
                    reader.dispose();
                }
            }
        }

        private byte[] encode(BufferedImage image) throws IOException {
            writer = ImageIO.getImageWritersByFormatName(type.equals("image/png") ? "png" : "jpg")
                    .next();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(new IIOImage(image, null, null));
            } finally {
                writer.dispose();
            }
            return timedOut ? null : out.toByteArray();
        }

        @Override
        public void abort() {
            timedOut = true;
            ImageReader r = reader;
            if (r != null) {
                r.abort();
            }
            ImageWriter w = writer;
            if (w != null) {
                w.abort();
            }
        }
    }
}
