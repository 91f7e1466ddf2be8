package org.khet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.DeflaterOutputStream;

/** PDFs written by hand, byte by byte, whose streams inflate far: what the checks of uploaded PDFs must refuse. */
public final class TestPdfs {

    private TestPdfs() {}

    /** A PDF whose object stream is {@code [/ASCIIHexDecode /FlateDecode]} of {@code inflated} zeros. */
    public static byte[] hexWrappedBomb(int inflated) {
        byte[] hex = (HexFormat.of().formatHex(zeros(inflated)) + ">").getBytes(StandardCharsets.US_ASCII);
        return pdf("/Filter [/ASCIIHexDecode /FlateDecode]", hex);
    }

    /** A PDF with one object stream whose dictionary holds {@code entries}, followed by {@code data}. */
    public static byte[] pdf(String entries, byte[] data) {
        byte[] head = ("%PDF-1.5\n1 0 obj\n<</Type/ObjStm/N 1/First 4" + entries + "/Length " + data.length
                        + ">>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII);
        return join(head, data, "\nendstream\nendobj\nstartxref\n9\n%%EOF\n");
    }

    /**
     * A PDF whose cross-reference stream, the one OpenPDF reads first, has {@code entries} between its type and its
     * filter, and {@code data} as its content.
     */
    public static byte[] xrefStream(String entries, byte[] data) {
        String prefix = "%PDF-1.5\n";
        byte[] head = (prefix + "1 0 obj\n<</Type/XRef/Size 2/W[1 2 1]/Root 1 0 R " + entries + "/Filter/FlateDecode"
                        + "/Length " + data.length + ">>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII);
        return join(head, data, "\nendstream\nendobj\nstartxref\n" + prefix.length() + "\n%%EOF\n");
    }

    /** {@code count} zero bytes, deflated. */
    public static byte[] zeros(int count) {
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

    public static byte[] join(byte[] head, byte[] data, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(data);
        out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
