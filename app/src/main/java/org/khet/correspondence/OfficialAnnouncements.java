package org.khet.correspondence;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
import org.springframework.stereotype.Component;

/**
 * An official announcement (ประกาศ) as a PDF in the form of the correspondence regulation, for any module that
 * announces (procurement's invitations and winners): the Garuda 3 cm tall centred 1.5 cm from the top; the heading
 * and "เรื่อง …" in bold, centred, over a short rule; the text in paragraphs indented 2.5 cm; the date line from left
 * of the page centre; the signature space, the typed name in parentheses (dots when none) and the position centred
 * under it.
 */
@Component
public class OfficialAnnouncements {

    private static final float RULE = 4 * OfficialPage.CM;

    private final GarudaEmblem garuda;

    OfficialAnnouncements(GarudaEmblem garuda) {
        this.garuda = garuda;
    }

    /** {@code announcement} on A4 pages. */
    public byte[] pdf(Announcement announcement) {
        OfficialPage page = new OfficialPage(announcement.subject(), "", s -> s);
        garuda.place(
                page.canvas(), OfficialPage.CENTRE, OfficialLetterPdf.GARUDA_TOP, OfficialLetterPdf.EXTERNAL_GARUDA);
        page.moveTo(OfficialLetterPdf.GARUDA_TOP - OfficialLetterPdf.EXTERNAL_GARUDA - OfficialLetterPdf.BLOCK_GAP);
        page.centred(announcement.heading(), OfficialPage.CENTRE, page.bold);
        page.centred(OfficialLetterPdf.word("subject") + " " + announcement.subject(), OfficialPage.CENTRE, page.bold);
        rule(page);
        OfficialLetterPdf.paragraphs(page, String.join("\n", announcement.paragraphs()));
        page.down(2 * OfficialLetterPdf.BLOCK_GAP);
        page.room(7 * OfficialPage.LEADING);
        page.text(
                announcement.dateLine(),
                OfficialPage.CENTRE - 2 * OfficialPage.CM,
                page.nextLine(),
                page.regular,
                Element.ALIGN_LEFT);
        signature(page, announcement);
        return page.finish();
    }

    /** The short centred rule under the subject, as announcements print it. */
    private static void rule(OfficialPage page) {
        // Below the subject's lower vowels (which hang some 5 points under the baseline).
        float y = page.y() - 2 * OfficialLetterPdf.BLOCK_GAP;
        PdfContentByte c = page.canvas();
        c.saveState();
        c.setLineWidth(0.6f);
        c.moveTo(OfficialPage.CENTRE - RULE / 2, y);
        c.lineTo(OfficialPage.CENTRE + RULE / 2, y);
        c.stroke();
        c.restoreState();
        page.down(3 * OfficialLetterPdf.BLOCK_GAP);
    }

    private static void signature(OfficialPage page, Announcement a) {
        float centre = OfficialPage.CENTRE + 2 * OfficialPage.CM;
        page.down(3 * OfficialPage.LEADING);
        String name = a.signatoryName().isBlank() ? ".".repeat(40) : a.signatoryName();
        page.centred("(" + name + ")", centre, page.regular);
        page.centred(a.signatoryPosition(), centre, page.regular);
    }
}
