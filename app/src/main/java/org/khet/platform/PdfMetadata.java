package org.khet.platform;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.khet.platform.FileCleaning.Cleaned;
import org.springframework.stereotype.Component;

/**
 * PDFs written again without what names their author: the document information (author, creator, producer, title,
 * subject, keywords, dates), the document ID, and every XMP metadata stream, of the document and of its pages and images, and the
 * private data editors keep ({@code /PieceInfo}). A file whose streams would inflate far, or cannot be measured, is
 * refused before parsing ({@link PdfStreams}); scan and parsing run inside the {@link DecodeBudget}, so a pathological file is refused
 * after the deadline instead of holding the request.
 */
@Component
class PdfMetadata {

    /** Room for the parsed objects of a 5 MB file, whose object streams may be compressed several times over. */
    private static final long PARSE_BYTES = 64L * 1024 * 1024;

    private static final PdfName PIECE_INFO = new PdfName("PieceInfo");

    private final DecodeBudget budget;

    PdfMetadata(DecodeBudget budget) {
        this.budget = budget;
    }

    Cleaned strip(byte[] content) {
        // The scan runs under the same deadline as the parse: a file built to make it slow answers like one that
        // is slow to parse.
        return budget.run(PARSE_BYTES, () -> PdfStreams.inflateWithinLimit(content) ? rewrite(content) : tooDeep())
                .orElseGet(() -> Cleaned.refused(Texts.of("platform.file.pdf.unreadable")));
    }

    private static Cleaned tooDeep() {
        long megabytes = PdfStreams.MAX_INFLATED / (1024 * 1024);
        return Cleaned.refused(Texts.of("platform.file.pdf.inflates", megabytes));
    }

    private static Cleaned rewrite(byte[] content) throws Exception {
        PdfReader reader = new PdfReader(content);
        try {
            if (reader.isEncrypted()) {
                return null;
            }
            PdfObject info = PdfReader.getPdfObject(reader.getTrailer().get(PdfName.INFO));
            if (info instanceof PdfDictionary dictionary) {
                dictionary.clear();
            }
            reader.getTrailer().remove(PdfName.INFO);
            // The document's permanent ID matches the copy still on the sender's computer or in the office's files.
            reader.getTrailer().remove(PdfName.ID);
            for (int i = 0; i < reader.getXrefSize(); i++) {
                if (reader.getPdfObject(i) instanceof PdfDictionary dictionary) {
                    forget(dictionary);
                }
            }
            reader.removeUnusedObjects();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            PdfStamper stamper = new PdfStamper(reader, out);
            // Otherwise the stamper writes a new information dictionary with the moment of upload in it.
            Map<String, String> nothing = new HashMap<>();
            nothing.put("Producer", null);
            nothing.put("ModDate", null);
            stamper.setInfoDictionary(nothing);
            stamper.close();
            return Cleaned.kept(out.toByteArray());
        } finally {
            reader.close();
        }
    }

    private static void forget(PdfDictionary dictionary) {
        dictionary.remove(PdfName.METADATA);
        dictionary.remove(PIECE_INFO);
        if (dictionary instanceof PRStream stream && PdfName.METADATA.equals(dictionary.get(PdfName.TYPE))) {
            stream.setData(new byte[0]);
        }
    }
}
