package org.khet.correspondence;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.UnaryOperator;
import org.khet.platform.PdfFonts;

/**
 * An A4 page of the official form being written top down: the regulation's margins (left 3 cm, right 2 cm, top
 * 2.5 cm, bottom 2 cm), Sarabun 16 pt, a cursor that moves down line by line and turns the page when the next line
 * does not fit. Pages after the first carry their number at the top centre ("- ๒ -"); a secret letter's class is
 * stamped in red at the top and bottom centre of every page.
 */
final class OfficialPage {

    static final float CM = 72f / 2.54f;
    static final float WIDTH = PageSize.A4.getWidth();
    static final float HEIGHT = PageSize.A4.getHeight();
    static final float LEFT = 3 * CM;
    static final float RIGHT = WIDTH - 2 * CM;
    static final float TOP = HEIGHT - 2.5f * CM;
    static final float BOTTOM = 2 * CM;
    static final float CENTRE = WIDTH / 2;
    static final float BODY = 16;
    static final float LEADING = 20;
    static final float INDENT = 2.5f * CM;
    static final Color RED = new Color(0xC0, 0x10, 0x10);

    final Font regular = new Font(PdfFonts.regular(), BODY);
    final Font bold = new Font(PdfFonts.bold(), BODY);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4);
    private final PdfWriter writer;
    private final String secrecy;
    private final UnaryOperator<String> digits;
    private float y = TOP;
    private int page = 1;

    /** A new document; {@code secrecy} is stamped on every page when not blank, page numbers printed by {@code digits}. */
    OfficialPage(String title, String secrecy, UnaryOperator<String> digits) {
        this.writer = PdfWriter.getInstance(document, out);
        this.secrecy = secrecy == null ? "" : secrecy;
        this.digits = digits;
        document.addTitle(title);
        document.open();
        writer.setPageEmpty(false);
        marks();
    }

    PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    /** The baseline of the next line. */
    float y() {
        return y;
    }

    void moveTo(float baseline) {
        y = baseline;
    }

    /** Moves the cursor down {@code by} points. */
    void down(float by) {
        y -= by;
    }

    /** Turns the page unless {@code height} more points fit above the bottom margin. */
    void room(float height) {
        if (y - height < BOTTOM) {
            document.newPage();
            writer.setPageEmpty(false);
            page++;
            y = TOP - LEADING + BODY;
            marks();
        }
    }

    /** The next line: turns the page when needed, moves down a line; its baseline. */
    float nextLine() {
        room(LEADING);
        y -= LEADING;
        return y;
    }

    void text(String text, float x, float baseline, Font font, int align) {
        ColumnText.showTextAligned(canvas(), align, new Phrase(text, font), x, baseline, 0);
    }

    /**
     * Sets {@code lines} from {@code x}, {@code width} wide, one a line. All but a paragraph's last line are justified
     * the Thai way (Thai distributed): the extra space is spread between the characters, never between a consonant
     * and its vowels and tone marks; a line that would need more than an eighth of the type size between characters
     * stays flush left.
     */
    void lines(List<ThaiLines.Line> lines, float x, float width, float firstIndent, Font font) {
        boolean first = true;
        for (ThaiLines.Line line : lines) {
            continuedBy(line);
            float baseline = nextLine();
            float from = first ? x + firstIndent : x;
            float room = first ? width - firstIndent : width;
            first = false;
            List<String> clusters = ThaiLines.clusters(line.text());
            float extra = clusters.size() > 1 ? (room - line.width()) / (clusters.size() - 1) : 0;
            if (line.last() || extra <= 0 || extra > font.getSize() / 8) {
                text(line.text(), from, baseline, font, Element.ALIGN_LEFT);
                continue;
            }
            for (String cluster : clusters) {
                text(cluster, from, baseline, font, Element.ALIGN_LEFT);
                from += font.getBaseFont().getWidthPoint(cluster, font.getSize()) + extra;
            }
        }
    }

    /**
     * When {@code next} is the first line of a new page, the page it leaves says so at its bottom right as the
     * regulation has it: a slash, the first word of the next page, and an ellipsis ("/ประสงค์...").
     */
    private void continuedBy(ThaiLines.Line next) {
        if (y - LEADING >= BOTTOM || next.pieces().isEmpty()) {
            return;
        }
        String word = next.pieces().get(0).strip();
        text("/" + word + "...", RIGHT, BOTTOM - 0.6f * CM, regular, Element.ALIGN_RIGHT);
    }

    /** {@code text} in lines centred on {@code centre}, as wide as the page allows around it. */
    void centred(String text, float centre, Font font) {
        float width = 2 * Math.min(RIGHT - centre, centre - LEFT);
        for (String paragraph :
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            for (ThaiLines.Line line : ThaiLines.lines(paragraph, font.getBaseFont(), font.getSize(), width, 0)) {
                text(line.text(), centre, nextLine(), font, Element.ALIGN_CENTER);
            }
        }
    }

    /** A red stamp (urgency, secrecy) of {@code size} points. */
    void stamp(String text, float x, float baseline, float size, int align) {
        text(text, x, baseline, new Font(PdfFonts.bold(), size, Font.NORMAL, RED), align);
    }

    /** A dotted line on the form, as the memo's printed lines are, from {@code from} to {@code to} under a baseline. */
    void dots(float from, float to, float baseline) {
        if (to - from < 2) {
            return;
        }
        PdfContentByte c = canvas();
        c.saveState();
        c.setLineWidth(0.6f);
        c.setLineDash(0.6f, 2.2f, 0);
        c.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        c.moveTo(from, baseline - 2.5f);
        c.lineTo(to, baseline - 2.5f);
        c.stroke();
        c.restoreState();
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** The page number from page 2 and the secrecy class at the top and bottom centre. */
    private void marks() {
        if (page > 1) {
            text(
                    "- " + digits.apply(Integer.toString(page)) + " -",
                    CENTRE,
                    HEIGHT - 1.8f * CM,
                    regular,
                    Element.ALIGN_CENTER);
        }
        if (!secrecy.isBlank()) {
            stamp(secrecy, CENTRE, HEIGHT - 1.0f * CM, 24, Element.ALIGN_CENTER);
            stamp(secrecy, CENTRE, 0.8f * CM, 24, Element.ALIGN_CENTER);
        }
    }
}
