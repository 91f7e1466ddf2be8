package org.khet.correspondence;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import java.util.List;
import org.khet.platform.Texts;
import org.springframework.stereotype.Component;

/**
 * An external letter (หนังสือภายนอก) or a memo (บันทึกข้อความ) set in the official form of the correspondence
 * regulation and the common government typing standard. External: the Garuda 3 cm tall centred 1.5 cm from the top;
 * "ที่" at the left and the sender's name and address at the right on its line; the date from the page centre;
 * เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย; the text in paragraphs indented 2.5 cm; the closing from the page centre
 * with the signature space, the typed name in parentheses and the position centred under it; the owning unit's
 * contact at the bottom left. Memo: the Garuda 1.5 cm at the top left beside "บันทึกข้อความ" (bold 29 pt), the form's
 * dotted lines ส่วนราชการ, ที่ … วันที่ …, เรื่อง (bold 20 pt labels), then เรียน, the text and the signature.
 */
@Component
class OfficialLetterPdf {

    static final float EXTERNAL_GARUDA = 3 * OfficialPage.CM;
    static final float MEMO_GARUDA = 1.5f * OfficialPage.CM;
    static final float GARUDA_TOP = OfficialPage.HEIGHT - 1.5f * OfficialPage.CM;
    private static final float WIDTH = OfficialPage.RIGHT - OfficialPage.LEFT;
    static final float BLOCK_GAP = 6;

    private final GarudaEmblem garuda;

    OfficialLetterPdf(GarudaEmblem garuda) {
        this.garuda = garuda;
    }

    byte[] render(OfficialText letter) {
        OfficialText t = letter.printed();
        OfficialPage page = new OfficialPage(t.subject(), t.secrecy(), t::digits);
        if (t.memo()) {
            MemoHead.write(page, t, garuda);
        } else {
            externalHead(page, t);
        }
        page.down(BLOCK_GAP);
        labelled(page, word("salutation"), t.salutation(), page.regular);
        labelled(page, word("reference"), t.reference(), page.regular);
        labelled(page, word("enclosures"), t.enclosures(), page.regular);
        body(page, t);
        signature(page, t);
        if (!t.memo()) {
            contact(page, t.contact());
        }
        return page.finish();
    }

    private void externalHead(OfficialPage page, OfficialText t) {
        garuda.place(page.canvas(), OfficialPage.CENTRE, GARUDA_TOP, EXTERNAL_GARUDA);
        urgency(page, t, GARUDA_TOP - EXTERNAL_GARUDA / 2);
        page.moveTo(GARUDA_TOP - EXTERNAL_GARUDA + OfficialPage.BODY - OfficialPage.LEADING);
        float baseline = page.nextLine();
        String number = word("number") + " " + t.number();
        page.text(number, OfficialPage.LEFT, baseline, page.regular, Element.ALIGN_LEFT);
        List<String> from = lines(t.sender() + "\n" + t.address());
        float widest = 0;
        for (String line : from) {
            widest = Math.max(widest, width(page.regular, line));
        }
        // Flush with the right margin by its longest line; from the page centre at the furthest left (a long name
        // wraps there), and never closer to a long number than a centimetre.
        float x = Math.max(
                Math.max(OfficialPage.LEFT + width(page.regular, number) + OfficialPage.CM, OfficialPage.CENTRE),
                OfficialPage.RIGHT - widest);
        page.moveTo(baseline + OfficialPage.LEADING);
        for (String line : from) {
            page.lines(
                    ThaiLines.lines(line, page.regular.getBaseFont(), OfficialPage.BODY, OfficialPage.RIGHT - x, 0),
                    x,
                    OfficialPage.RIGHT - x,
                    0,
                    page.regular);
        }
        page.down(BLOCK_GAP);
        page.text(t.date(), OfficialPage.CENTRE, page.nextLine(), page.regular, Element.ALIGN_LEFT);
        page.down(BLOCK_GAP);
        labelled(page, word("subject"), t.subject(), page.regular);
    }

    /** The urgency in red bold 32 pt at the top left, level with {@code baseline}. */
    private static void urgency(OfficialPage page, OfficialText t, float baseline) {
        if (!t.urgency().isBlank()) {
            page.stamp(t.urgency(), OfficialPage.LEFT, baseline, 32, Element.ALIGN_LEFT);
        }
    }

    /** A block such as "เรื่อง": its label, then its text, each of its lines hanging after the label. */
    private static void labelled(OfficialPage page, String label, String text, Font font) {
        if (text.isBlank()) {
            return;
        }
        float x = OfficialPage.LEFT + width(font, label) + width(font, "  ");
        boolean first = true;
        for (String paragraph : lines(text)) {
            List<ThaiLines.Line> lines =
                    ThaiLines.lines(paragraph, font.getBaseFont(), font.getSize(), OfficialPage.RIGHT - x, 0);
            if (first) {
                page.room(OfficialPage.LEADING);
                page.text(label, OfficialPage.LEFT, page.y() - OfficialPage.LEADING, font, Element.ALIGN_LEFT);
                first = false;
            }
            page.lines(lines, x, OfficialPage.RIGHT - x, 0, font);
        }
    }

    private static void body(OfficialPage page, OfficialText t) {
        page.down(BLOCK_GAP);
        paragraphs(page, t.body());
    }

    /** Each line of {@code text} a paragraph, its first line indented 2.5 cm, justified the Thai way. */
    static void paragraphs(OfficialPage page, String text) {
        for (String paragraph : lines(text)) {
            page.lines(
                    ThaiLines.lines(
                            paragraph, page.regular.getBaseFont(), OfficialPage.BODY, WIDTH, OfficialPage.INDENT),
                    OfficialPage.LEFT,
                    WIDTH,
                    OfficialPage.INDENT,
                    page.regular);
        }
    }

    /** The closing from the page centre; the signature space, (name) and position centred under it. */
    private static void signature(OfficialPage page, OfficialText t) {
        String closing = t.closing().isBlank() && !t.memo() ? word("closing") : t.closing();
        float centre = OfficialPage.CENTRE + Math.max(width(page.regular, closing), 3 * OfficialPage.CM) / 2;
        page.down(BLOCK_GAP);
        page.room(6 * OfficialPage.LEADING);
        if (!closing.isBlank()) {
            page.text(closing, OfficialPage.CENTRE, page.nextLine(), page.regular, Element.ALIGN_LEFT);
        }
        page.down(2.5f * OfficialPage.LEADING);
        if (!t.signatoryName().isBlank()) {
            page.centred("(" + t.signatoryName() + ")", centre, page.regular);
        }
        page.centred(t.signatoryPosition(), centre, page.regular);
        if (t.approval() != null) {
            approval(page, t.approval(), centre);
        }
    }

    /** An approved memo: the decision, the approver's typed name as signature and in parentheses, how they signed, when. */
    private static void approval(OfficialPage page, OfficialText.Approval a, float centre) {
        page.down(OfficialPage.LEADING);
        page.room(5 * OfficialPage.LEADING);
        page.centred(a.decision(), centre, page.bold);
        page.centred(a.name(), centre, page.regular);
        page.centred("(" + a.name() + ")", centre, page.regular);
        page.centred(a.lines(), centre, page.regular);
    }

    /** The owning unit, telephone and e-mail at the bottom left of the page the letter ends on. */
    private static void contact(OfficialPage page, String contact) {
        List<String> lines = lines(contact);
        if (lines.isEmpty()) {
            return;
        }
        page.room((lines.size() + 2) * OfficialPage.LEADING);
        page.moveTo(OfficialPage.BOTTOM + (lines.size() - 1) * OfficialPage.LEADING + OfficialPage.LEADING);
        for (String line : lines) {
            page.text(line, OfficialPage.LEFT, page.nextLine(), page.regular, Element.ALIGN_LEFT);
        }
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static float width(Font font, String text) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    static String word(String key) {
        return Texts.of("correspondence.official." + key).th();
    }
}
