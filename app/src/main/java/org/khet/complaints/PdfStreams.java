package org.khet.complaints;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * How far a PDF's object and cross-reference streams inflate, counted before any PDF library reads them. OpenPDF
 * inflates those streams whole into memory when it opens a file: a 250 kB PDF whose cross-reference stream holds
 * 256 MB of zeros exhausts a 300 MB heap. Other streams (page content, images) are copied as they are and never
 * inflated, so only these two kinds are counted.
 */
final class PdfStreams {

    static final long MAX_INFLATED = 32L * 1024 * 1024;

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final int DICTIONARY_REACH = 4096;

    private PdfStreams() {}

    /** Whether every object and cross-reference stream inflates to at most {@link #MAX_INFLATED} bytes in all. */
    static boolean inflateWithinLimit(byte[] pdf) {
        long total = 0;
        for (int at = find(pdf, STREAM, 0); at >= 0; at = find(pdf, STREAM, at + STREAM.length)) {
            int data = dataStart(pdf, at + STREAM.length);
            if (data < 0) {
                continue;
            }
            String dictionary = dictionaryBefore(pdf, at);
            if (dictionary.contains("/ObjStm") || dictionary.contains("/XRef")) {
                if (!dictionary.contains("/FlateDecode") && dictionary.contains("Decode")) {
                    return false;
                }
                total += inflated(pdf, data, MAX_INFLATED - total + 1);
                if (total > MAX_INFLATED) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where a stream's data begins: after the end of line that follows the keyword; -1 when this is no stream. */
    private static int dataStart(byte[] pdf, int after) {
        if (after < pdf.length && pdf[after] == '\n') {
            return after + 1;
        }
        if (after + 1 < pdf.length && pdf[after] == '\r' && pdf[after + 1] == '\n') {
            return after + 2;
        }
        return -1;
    }

    private static String dictionaryBefore(byte[] pdf, int stream) {
        int from = Math.max(0, stream - DICTIONARY_REACH);
        String before = new String(pdf, from, stream - from, StandardCharsets.ISO_8859_1);
        int obj = before.lastIndexOf("obj");
        return obj < 0 ? before : before.substring(obj);
    }

    /** Bytes the zlib data at {@code start} inflates to, counted up to {@code limit}; 0 when it is not zlib. */
    private static long inflated(byte[] pdf, int start, long limit) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, start, pdf.length - start);
            byte[] sink = new byte[64 * 1024];
            long count = 0;
            while (!inflater.finished() && count < limit) {
                int n = inflater.inflate(sink);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                count += n;
            }
            return count;
        } catch (DataFormatException e) {
            return 0;
        } finally {
            inflater.end();
        }
    }

    private static int find(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
