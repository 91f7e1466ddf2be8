package org.khet.correspondence;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.khet.platform.PdfFonts;
import org.khet.platform.Texts;
import org.khet.thai.BuddhistDates;

/**
 * The receipt stamp (ตรารับหนังสือ) on the first page of a scanned letter: a box of 5 × 2.5 cm at the top right, as
 * the regulation draws it, with the receiving organisation's name, the receipt number (เลขรับ), the date and the
 * time. A photo of a letter (JPEG or PNG) is first put on an A4 page of its own.
 */
final class ReceiptStamp {

    private static final float CM = 72f / 2.54f;
    private static final Color INK = new Color(0x1F, 0x3A, 0x93);

    private ReceiptStamp() {}

    /** {@code scan} (a PDF, JPEG or PNG) as a PDF with the stamp; {@code at} is the time of registration. */
    static byte[] stamp(byte[] scan, String contentType, String organisation, String receiptNumber, LocalDateTime at) {
        byte[] pdf = contentType.equals("application/pdf") ? scan : onePage(scan);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfReader reader = new PdfReader(pdf);
            PdfStamper stamper = new PdfStamper(reader, out);
            Rectangle page = reader.getPageSizeWithRotation(1);
            PdfContentByte canvas = stamper.getOverContent(1);
            float width = 5 * CM;
            float height = 2.5f * CM;
            float left = page.getRight() - 1 * CM - width;
            float bottom = page.getTop() - 1 * CM - height;
            canvas.saveState();
            canvas.setColorFill(Color.WHITE);
            canvas.rectangle(left, bottom, width, height);
            canvas.fill();
            canvas.setColorStroke(INK);
            canvas.setLineWidth(1.2f);
            canvas.rectangle(left, bottom, width, height);
            canvas.stroke();
            canvas.restoreState();
            Font bold = new Font(PdfFonts.bold(), 12, Font.NORMAL, INK);
            Font regular = new Font(PdfFonts.regular(), 12, Font.NORMAL, INK);
            float x = left + 0.25f * CM;
            float line = height / 4.5f;
            float y = page.getTop() - 1 * CM - line;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(fit(organisation), bold), x, y, 0);
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_LEFT,
                    new Phrase(words("correspondence.stamp.number", receiptNumber), regular),
                    x,
                    y - line,
                    0);
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_LEFT,
                    new Phrase(
                            words("correspondence.stamp.date", BuddhistDates.abbreviated(at.toLocalDate())), regular),
                    x,
                    y - 2 * line,
                    0);
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_LEFT,
                    new Phrase(
                            words("correspondence.stamp.time", at.format(DateTimeFormatter.ofPattern("HH.mm"))),
                            regular),
                    x,
                    y - 3 * line,
                    0);
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalArgumentException("the scan cannot be stamped", e);
        }
    }

    /** The stamp is in Thai whoever registers the letter: it is part of the official record. */
    private static String words(String key, String value) {
        return Texts.of(key, value).th();
    }

    /** A long name would run out of the box: it is cut with an ellipsis. */
    private static String fit(String name) {
        return name.length() <= 34 ? name : name.substring(0, 33) + "…";
    }

    /** A photo of a letter on an A4 page, scaled to fit within 1 cm margins. */
    private static byte[] onePage(byte[] photo) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, CM, CM, CM, CM);
            PdfWriter.getInstance(document, out);
            document.open();
            Image image = Image.getInstance(photo);
            image.scaleToFit(PageSize.A4.getWidth() - 2 * CM, PageSize.A4.getHeight() - 2 * CM);
            image.setAlignment(Element.ALIGN_CENTER);
            document.add(image);
            document.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalArgumentException("the photo cannot be read", e);
        }
    }
}
