package org.khet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small real files for upload tests. */
public final class TestFiles {

    private TestFiles() {}

    /** A 20×20 black PNG. */
    public static byte[] png() {
        return written(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png");
    }

    /** A 40×30 JPEG photo with one coloured dot. */
    public static byte[] jpeg() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xCC3300);
        return written(image, "jpg");
    }

    /**
     * {@link #jpeg()} with an APP1 "Exif" segment right after its start marker, as phones write one, naming a GPS
     * position ({@code GPSLatitude}, {@code GPSLongitude}).
     */
    public static byte[] jpegWithExif() {
        byte[] jpeg = jpeg();
        byte[] payload =
                "Exif\0\0MM\0*GPSLatitude 7.6167N GPSLongitude 100.0742E".getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        byte[] out = new byte[jpeg.length + 2 + length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xE1;
        out[4] = (byte) (length >> 8);
        out[5] = (byte) length;
        System.arraycopy(payload, 0, out, 6, payload.length);
        System.arraycopy(jpeg, 2, out, 6 + payload.length, jpeg.length - 2);
        return out;
    }

    private static byte[] written(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF whose information dictionary and XMP stream name its author. */
    public static byte[] pdfBy(String author) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.addAuthor(author);
        document.addCreator("Writer of " + author);
        document.addTitle("Payslip of " + author);
        document.addSubject("Subject about " + author);
        document.addKeywords("keywords " + author);
        writer.createXmpMetadata();
        document.open();
        document.add(new com.lowagie.text.Paragraph("receipt 1,500 baht"));
        document.close();
        return out.toByteArray();
    }

    /**
     * A PNG of 40,000 × 40,000 one-bit pixels, all black: 200 MB of rows that deflate to about 200 kB. Written by
     * hand, row by row, so the test never holds the image itself.
     */
    public static byte[] pngBomb(int width, int height) {
        return pngBomb(width, height, 1, 0, height);
    }

    /**
     * A PNG whose header declares {@code width × height} pixels of the given bit depth and colour type (2 is RGB), with
     * zero rows for only the first {@code rows}: what a decoder would allocate is told by the header alone.
     */
    public static byte[] pngBomb(int width, int height, int bitDepth, int colourType, int rows) {
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (var zip = new java.util.zip.DeflaterOutputStream(
                    idat, new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
                int channels = colourType == 2 ? 3 : 1;
                byte[] row = new byte[(int) (1 + ((long) width * channels * bitDepth + 7) / 8)];
                for (int y = 0; y < rows; y++) {
                    zip.write(row);
                }
            }
            ByteArrayOutputStream png = pngHeaded(width, height, bitDepth, colourType);
            chunk(png, "IDAT", idat.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A 1×1 palette PNG carrying a zTXt comment that inflates to {@code inflated} bytes of zeros: a decoder that reads
     * the header of a palette image inflates every text chunk in full.
     */
    public static byte[] paletteWithText(int inflated) {
        try {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            text.write("Comment".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            text.write(new byte[] {0, 0});
            text.write(deflated(new byte[64 * 1024], inflated / (64 * 1024)));
            ByteArrayOutputStream png = pngHeaded(1, 1, 8, 3);
            chunk(png, "PLTE", new byte[] {(byte) 0xCC, 0x33, 0});
            chunk(png, "zTXt", text.toByteArray());
            chunk(png, "IDAT", deflated(new byte[2], 1));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose cross-reference stream inflates to {@code inflated} bytes of zeros. */
    public static byte[] pdfXrefBomb(int inflated) {
        try {
            byte[] data = deflated(new byte[64 * 1024], inflated / (64 * 1024));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            pdf.write("%PDF-1.5\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            int offset = pdf.size();
            pdf.write(("1 0 obj\n<</Type/XRef/Size 2/W[1 2 1]/Root 1 0 R/Filter/FlateDecode/Length " + data.length
                            + ">>\nstream\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            pdf.write(data);
            pdf.write(("\nendstream\nendobj\nstartxref\n" + offset + "\n%%EOF\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG begun: its signature and a header declaring the size, bit depth and colour type. */
    private static ByteArrayOutputStream pngHeaded(int width, int height, int bitDepth, int colourType)
            throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        var header = java.nio.ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put(new byte[] {(byte) bitDepth, (byte) colourType, 0, 0, 0});
        chunk(png, "IHDR", header.array());
        return png;
    }

    private static byte[] deflated(byte[] block, int times) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.DeflaterOutputStream(out)) {
            for (int i = 0; i < times; i++) {
                zip.write(block);
            }
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        png.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(name);
        png.write(data);
        png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
