package org.khet.correspondence;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import java.util.List;
import org.khet.platform.PdfFonts;

/**
 * The head of a memo (บันทึกข้อความ) as the form prints it: the Garuda 1.5 cm tall at the top left, "บันทึกข้อความ"
 * bold 29 pt centred beside it (the urgency in red at the right), then the form's dotted lines ส่วนราชการ,
 * ที่ … วันที่ …, เรื่อง with their labels bold 20 pt and the text 16 pt.
 */
final class MemoHead {

    /** The form's lines are set apart for their 20 pt labels. */
    private static final float LINE = 26;

    private MemoHead() {}

    static void write(OfficialPage page, OfficialText t, GarudaEmblem garuda) {
        float top = OfficialLetterPdf.GARUDA_TOP;
        float height = OfficialLetterPdf.MEMO_GARUDA;
        garuda.place(page.canvas(), OfficialPage.LEFT + garuda.width(height) / 2, top, height);
        float titleBaseline = top - height + 4;
        page.text(
                word("memo"), OfficialPage.CENTRE, titleBaseline, new Font(PdfFonts.bold(), 29), Element.ALIGN_CENTER);
        if (!t.urgency().isBlank()) {
            page.stamp(t.urgency(), OfficialPage.RIGHT, titleBaseline, 32, Element.ALIGN_RIGHT);
        }
        Font label = new Font(PdfFonts.bold(), 20);
        page.moveTo(titleBaseline + OfficialPage.LEADING - LINE - 6);
        dottedLine(page, label, word("office"), joined(t.sender(), t.contact()), OfficialPage.RIGHT);
        float dateLabel = OfficialPage.CENTRE - OfficialPage.CM;
        dottedLine(page, label, word("number"), t.number(), dateLabel - 6);
        float baseline = page.y();
        page.text(word("date"), dateLabel, baseline, label, Element.ALIGN_LEFT);
        float x = dateLabel + OfficialLetterPdf.width(label, word("date")) + 6;
        page.text(t.date(), x, baseline, page.regular, Element.ALIGN_LEFT);
        page.dots(x - 3, OfficialPage.RIGHT, baseline);
        dottedLine(page, label, word("subject"), t.subject(), OfficialPage.RIGHT);
    }

    /** A line of the form: a bold label, its text after it over a dotted line to {@code to}, wrapping. */
    private static void dottedLine(OfficialPage page, Font label, String name, String text, float to) {
        float x = OfficialPage.LEFT + OfficialLetterPdf.width(label, name) + 6;
        List<ThaiLines.Line> lines = ThaiLines.lines(text, page.regular.getBaseFont(), OfficialPage.BODY, to - x, 0);
        boolean first = true;
        for (ThaiLines.Line line : lines) {
            page.room(LINE);
            page.down(LINE);
            float baseline = page.y();
            if (first) {
                page.text(name, OfficialPage.LEFT, baseline, label, Element.ALIGN_LEFT);
            }
            page.text(line.text(), x, baseline, page.regular, Element.ALIGN_LEFT);
            page.dots(first ? x - 3 : OfficialPage.LEFT, to, baseline);
            first = false;
        }
    }

    /** The sending unit and its contact on the one line ส่วนราชการ has. */
    private static String joined(String unit, String contact) {
        return contact == null || contact.isBlank()
                ? unit
                : unit + " "
                        + String.join(" ", contact.lines().map(String::strip).toList());
    }

    private static String word(String key) {
        return OfficialLetterPdf.word(key);
    }
}
