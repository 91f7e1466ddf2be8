package org.khet.platform;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * How far a PDF's streams inflate, counted before any PDF library reads them. OpenPDF inflates object and
 * cross-reference streams whole into memory when it opens a file, with no limit: a 250 kB PDF whose cross-reference
 * stream holds 256 MB of zeros exhausts a 300 MB heap. Which stream OpenPDF treats as an object stream is decided by
 * the cross-reference offsets and not by anything a scan can see reliably (names can be escaped, dictionaries padded,
 * {@code endstream} written inside a string), so every stream is counted, and the scan fails closed: a file is refused
 * when its Flate streams inflate past {@link #MAX_INFLATED} in all, when a Flate stream is not valid zlib, or when a
 * stream is encoded in a way the scan does not measure (LZW, filter chains such as ASCIIHex or ASCII85 wrapping
 * Flate, a filter given by reference). Images in their own formats (JPEG, JPEG 2000, JBIG2, CCITT) are never decoded
 * by OpenPDF and pass.
 */
final class PdfStreams {

    /** Ordinary PDFs of up to 5 MB inflate to a few tens of megabytes at most; object streams to far less. */
    static final long MAX_INFLATED = 64L * 1024 * 1024;

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

    private final byte[] pdf;
    private final Inflater inflater = new Inflater();
    private final byte[] sink = new byte[64 * 1024];
    private long total;

    private PdfStreams(byte[] pdf) {
        this.pdf = pdf;
    }

    /** Whether every stream of the file can be measured and all inflate to at most {@link #MAX_INFLATED} bytes. */
    static boolean inflateWithinLimit(byte[] pdf) {
        PdfStreams scan = new PdfStreams(pdf);
        try {
            return scan.withinLimit();
        } finally {
            scan.inflater.end();
        }
    }

    private boolean withinLimit() {
        int from = 0;
        for (int at = find(0); at >= 0; at = find(at + STREAM.length)) {
            int after = at + STREAM.length;
            boolean keyword = isStream(at);
            // The dictionary lies between the previous keyword (mostly the last stream's endstream) and this one,
            // however long it is; taking the whole stretch can only see more filter names than there are.
            StreamFilters filters = keyword ? StreamFilters.in(pdf, from, at) : null;
            from = after;
            if (keyword && !measured(filters, dataStart(after))) {
                return false;
            }
        }
        return true;
    }

    private boolean measured(StreamFilters filters, int data) {
        if (filters.unmeasurable()) {
            return false;
        }
        if (filters.flate()) {
            return add(data, true);
        }
        // Undeclared zlib data is counted too: the declaration may sit where the scan did not look for it.
        return filters.none() && !zlibHeader(data) || add(data, false);
    }

    /** Counts the zlib data at {@code start}; false once the total passes the limit, or when it is broken. */
    private boolean add(int start, boolean declared) {
        inflater.reset();
        inflater.setInput(pdf, start, pdf.length - start);
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(sink);
                total += n;
                if (total > MAX_INFLATED) {
                    return false;
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    // Truncated data: OpenPDF keeps what inflated so far, which is counted. A preset dictionary
                    // is never set by a PDF reader.
                    return !inflater.needsDictionary() || !declared;
                }
            }
            return true;
        } catch (DataFormatException e) {
            // What inflated before the error was counted; OpenPDF would keep it too. A declared Flate stream that
            // is not zlib cannot be measured.
            return !declared;
        }
    }

    private boolean zlibHeader(int at) {
        if (at + 1 >= pdf.length) {
            return false;
        }
        int cmf = pdf[at] & 0xFF;
        int flg = pdf[at + 1] & 0xFF;
        return (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }

    /** The keyword {@code stream} on its own, not the end of {@code endstream} nor part of another word. */
    private boolean isStream(int at) {
        int after = at + STREAM.length;
        return (at == 0 || StreamFilters.separates(pdf[at - 1]))
                && after < pdf.length
                && StreamFilters.separates(pdf[after]);
    }

    /** Where a stream's data begins, read as OpenPDF reads it: after a line feed, or CR LF, or one other byte. */
    private int dataStart(int after) {
        if (pdf[after] == '\n') {
            return after + 1;
        }
        return after + 1 < pdf.length && pdf[after + 1] == '\n' ? after + 2 : after + 1;
    }

    private int find(int from) {
        outer:
        for (int i = from; i <= pdf.length - STREAM.length; i++) {
            for (int j = 0; j < STREAM.length; j++) {
                if (pdf[i + j] != STREAM[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The decoding filters named in the stretch of a file before a stream keyword, names with #xx escapes read. */
    static final class StreamFilters {

        private static final String DELIMITERS = "()<>[]{}/%";

        private int flate;
        private int ascii;
        private int other;
        private boolean byReference;

        static StreamFilters in(byte[] pdf, int from, int to) {
            StreamFilters filters = new StreamFilters();
            byte[] name = new byte[16];
            for (int i = from; i < to; i++) {
                if (pdf[i] != '/') {
                    continue;
                }
                int length = 0;
                int j = i + 1;
                for (; j < to && !separates(pdf[j]); j++) {
                    int c = pdf[j] & 0xFF;
                    if (c == '#' && j + 2 < to && hex(pdf[j + 1]) >= 0 && hex(pdf[j + 2]) >= 0) {
                        c = hex(pdf[j + 1]) * 16 + hex(pdf[j + 2]);
                        j += 2;
                    }
                    if (length < name.length) {
                        name[length] = (byte) c;
                    }
                    length++;
                }
                String read = length <= name.length ? new String(name, 0, length, StandardCharsets.ISO_8859_1) : "";
                filters.count(read);
                filters.byReference |= "Filter".equals(read) && reference(pdf, j, to);
                i = j - 1;
            }
            return filters;
        }

        private void count(String name) {
            switch (name) {
                case "FlateDecode", "Fl" -> flate++;
                case "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85" -> ascii++;
                case "LZWDecode", "LZW" -> other++;
                default -> {}
            }
        }

        /** Whether the value after {@code /Filter} is, or begins with, an indirect reference. */
        private static boolean reference(byte[] pdf, int at, int to) {
            int i = skipSpace(pdf, at, to);
            if (i < to && pdf[i] == '[') {
                i = skipSpace(pdf, i + 1, to);
            }
            return i < to && pdf[i] >= '0' && pdf[i] <= '9';
        }

        private static int skipSpace(byte[] pdf, int at, int to) {
            int i = at;
            while (i < to && whitespace(pdf[i])) {
                i++;
            }
            return i;
        }

        /** LZW, a reference, or more than one decoding filter: nothing the scan can measure. */
        boolean unmeasurable() {
            return other > 0 || byReference || flate + ascii > 1;
        }

        boolean flate() {
            return flate == 1 && ascii == 0;
        }

        boolean none() {
            return flate == 0;
        }

        static boolean separates(byte b) {
            return whitespace(b) || DELIMITERS.indexOf(b) >= 0;
        }

        private static boolean whitespace(byte b) {
            return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
        }

        private static int hex(byte b) {
            return Character.digit(b, 16);
        }
    }
}
