package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.khet.TestFiles;

/** The pre-scan refuses what it cannot measure and lets ordinary PDFs through. */
class PdfStreamsTest {

    private static final int BOMB = 400 * 1024 * 1024;

    @Test
    void anObjectStreamWrappedInAsciiHexIsRefused() {
        assertThat(PdfStreams.inflateWithinLimit(hexWrappedBomb(BOMB))).isFalse();
        assertThat(PdfStreams.inflateWithinLimit(hexWrappedBomb(1024))).isFalse();
    }

    @Test
    void aFilterChainWithEscapedNamesLzwOrAReferenceIsRefused() {
        byte[] small = zeros(1024);
        assertThat(PdfStreams.inflateWithinLimit(pdf("/Filter[/AHx /Fl#61teDecode]", small)))
                .isFalse();
        assertThat(PdfStreams.inflateWithinLimit(pdf("/Filter/LZWDecode", small)))
                .isFalse();
        assertThat(PdfStreams.inflateWithinLimit(pdf("/Filter 9 0 R", small))).isFalse();
        assertThat(PdfStreams.inflateWithinLimit(pdf("/Filter [ 9 0 R ]", small)))
                .isFalse();
    }

    @Test
    void aBombBehindAPaddedDictionaryIsRefused() {
        String padding = "/Padding (" + "x".repeat(8 * 1024) + ") ";
        assertThat(PdfStreams.inflateWithinLimit(pdf("/Filter/FlateDecode " + padding, zeros(BOMB))))
                .isFalse();
    }

    @Test
    void aBombWhoseFilterIsHiddenBehindAnEndstreamInAStringIsRefused() {
        assertThat(PdfStreams.inflateWithinLimit(pdf("/Filter/FlateDecode /Note (x endstream y) ", zeros(BOMB))))
                .isFalse();
    }

    @Test
    void aBombInAStreamWithoutATypeIsRefused() {
        byte[] bomb = ("%PDF-1.5\n1 0 obj\n<</N 1/First 4/Filter/FlateDecode>>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(PdfStreams.inflateWithinLimit(join(bomb, zeros(BOMB), "\nendstream\nendobj\n")))
                .isFalse();
    }

    @Test
    void aFlateStreamThatIsNotZlibIsRefused() {
        assertThat(PdfStreams.inflateWithinLimit(pdf("/Filter/FlateDecode", "not zlib at all".getBytes())))
                .isFalse();
    }

    @Test
    void ordinaryPdfsPassQuickly() {
        long start = System.nanoTime();
        assertThat(PdfStreams.inflateWithinLimit(TestFiles.pdfBy("Wichai Sukjai")))
                .isTrue();
        assertThat(PdfStreams.inflateWithinLimit(withJpeg())).isTrue();
        assertThat(PdfStreams.inflateWithinLimit(pdf("/Filter/FlateDecode", zeros(1024 * 1024))))
                .isTrue();
        assertThat(PdfStreams.inflateWithinLimit(pdf("/Filter/ASCIIHexDecode", "00ff>".getBytes())))
                .isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theBombsAreRefusedWithinASecond() {
        byte[] hex = hexWrappedBomb(BOMB);
        byte[] flate = pdf("/Filter/FlateDecode", zeros(BOMB));
        long start = System.nanoTime();
        assertThat(PdfStreams.inflateWithinLimit(hex)).isFalse();
        assertThat(PdfStreams.inflateWithinLimit(flate)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    /** A PDF whose object stream is {@code [/ASCIIHexDecode /FlateDecode]} of {@code inflated} zeros. */
    static byte[] hexWrappedBomb(int inflated) {
        byte[] hex = (HexFormat.of().formatHex(zeros(inflated)) + ">").getBytes(StandardCharsets.US_ASCII);
        return pdf("/Filter [/ASCIIHexDecode /FlateDecode]", hex);
    }

    /** A PDF with one object stream whose dictionary holds {@code entries}, followed by {@code data}. */
    static byte[] pdf(String entries, byte[] data) {
        byte[] head = ("%PDF-1.5\n1 0 obj\n<</Type/ObjStm/N 1/First 4" + entries + "/Length " + data.length
                        + ">>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII);
        return join(head, data, "\nendstream\nendobj\nstartxref\n9\n%%EOF\n");
    }

    /**
     * A PDF whose cross-reference stream, the one OpenPDF reads first, has {@code entries} between its type and its
     * filter, and {@code data} as its content.
     */
    static byte[] xrefStream(String entries, byte[] data) {
        String prefix = "%PDF-1.5\n";
        byte[] head = (prefix + "1 0 obj\n<</Type/XRef/Size 2/W[1 2 1]/Root 1 0 R " + entries + "/Filter/FlateDecode"
                        + "/Length " + data.length + ">>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII);
        return join(head, data, "\nendstream\nendobj\nstartxref\n" + prefix.length() + "\n%%EOF\n");
    }

    /** {@code count} zero bytes, deflated. */
    static byte[] zeros(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] block = new byte[64 * 1024];
        try (var zip = new DeflaterOutputStream(out)) {
            for (int left = count; left > 0; left -= block.length) {
                zip.write(block, 0, Math.min(left, block.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] join(byte[] head, byte[] data, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(data);
        out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A one-page PDF written by OpenPDF holding a JPEG photo, which it keeps as DCTDecode. */
    private static byte[] withJpeg() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var document = new com.lowagie.text.Document();
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.open();
            document.add(new com.lowagie.text.Paragraph("photo of the broken roof"));
            document.add(com.lowagie.text.Image.getInstance(TestFiles.jpeg()));
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
