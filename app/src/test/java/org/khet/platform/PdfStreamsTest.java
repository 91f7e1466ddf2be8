package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.khet.TestFiles;
import org.khet.TestPdfs;

/** The pre-scan refuses what it cannot measure and lets ordinary PDFs through. */
class PdfStreamsTest {

    private static final int BOMB = 400 * 1024 * 1024;

    @Test
    void anObjectStreamWrappedInAsciiHexIsRefused() {
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.hexWrappedBomb(BOMB))).isFalse();
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.hexWrappedBomb(1024))).isFalse();
    }

    @Test
    void aFilterChainWithEscapedNamesLzwOrAReferenceIsRefused() {
        byte[] small = TestPdfs.zeros(1024);
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.pdf("/Filter[/AHx /Fl#61teDecode]", small)))
                .isFalse();
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.pdf("/Filter/LZWDecode", small)))
                .isFalse();
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.pdf("/Filter 9 0 R", small)))
                .isFalse();
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.pdf("/Filter [ 9 0 R ]", small)))
                .isFalse();
    }

    @Test
    void aBombBehindAPaddedDictionaryIsRefused() {
        String padding = "/Padding (" + "x".repeat(8 * 1024) + ") ";
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.pdf("/Filter/FlateDecode " + padding, TestPdfs.zeros(BOMB))))
                .isFalse();
    }

    @Test
    void aBombWhoseFilterIsHiddenBehindAnEndstreamInAStringIsRefused() {
        assertThat(PdfStreams.inflateWithinLimit(
                        TestPdfs.pdf("/Filter/FlateDecode /Note (x endstream y) ", TestPdfs.zeros(BOMB))))
                .isFalse();
    }

    @Test
    void aBombInAStreamWithoutATypeIsRefused() {
        byte[] bomb = ("%PDF-1.5\n1 0 obj\n<</N 1/First 4/Filter/FlateDecode>>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.join(bomb, TestPdfs.zeros(BOMB), "\nendstream\nendobj\n")))
                .isFalse();
    }

    @Test
    void aFlateStreamThatIsNotZlibIsRefused() {
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.pdf("/Filter/FlateDecode", "not zlib at all".getBytes())))
                .isFalse();
    }

    @Test
    void ordinaryPdfsPassQuickly() {
        long start = System.nanoTime();
        assertThat(PdfStreams.inflateWithinLimit(TestFiles.pdfBy("Wichai Sukjai")))
                .isTrue();
        assertThat(PdfStreams.inflateWithinLimit(withJpeg())).isTrue();
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.pdf("/Filter/FlateDecode", TestPdfs.zeros(1024 * 1024))))
                .isTrue();
        assertThat(PdfStreams.inflateWithinLimit(TestPdfs.pdf("/Filter/ASCIIHexDecode", "00ff>".getBytes())))
                .isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theBombsAreRefusedWithinASecond() {
        byte[] hex = TestPdfs.hexWrappedBomb(BOMB);
        byte[] flate = TestPdfs.pdf("/Filter/FlateDecode", TestPdfs.zeros(BOMB));
        long start = System.nanoTime();
        assertThat(PdfStreams.inflateWithinLimit(hex)).isFalse();
        assertThat(PdfStreams.inflateWithinLimit(flate)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
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
