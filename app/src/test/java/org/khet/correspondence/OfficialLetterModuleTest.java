package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.BuddhistDates;
import org.khet.thai.ThaiDigits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The official PDF of external letters and memos (area codes 6670–6679): the number, the Buddhist-Era date in words,
 * Thai digits when asked for (and then no Arabic digit anywhere), A4, the Garuda 3 cm and 1.5 cm tall where the form
 * puts it, a long text running onto a numbered second page, an approved memo signed by its approver's typed name;
 * and the templates an organisation starts from and who keeps them.
 */
@ModuleTest
class OfficialLetterModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    OfficialLetters official;

    @Autowired
    OfficialLetterPdf pdf;

    @Autowired
    OfficialForm form;

    @Autowired
    LetterTemplates templates;

    @Autowired
    Memos memos;

    private static final OfficialBlocks BLOCKS = new OfficialBlocks(
            "ผู้อำนวยการโรงเรียนทุกโรง",
            "หนังสือที่ ศธ 04139/ว 88 ลงวันที่ 1 พฤศจิกายน 2569",
            "1. กำหนดการ จำนวน 1 ฉบับ\n2. แบบตอบรับ จำนวน 1 ฉบับ",
            "",
            "นายทดสอบ ลงนาม",
            "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
            "ถนนราชดำเนิน อำเภอเมือง\nจังหวัดพัทลุง 93000",
            "กลุ่มอำนวยการ\nโทร. 0 7461 2345",
            false);

    @Test
    void anExternalLetterPrintsItsNumberTheDateInWordsInTheBuddhistEraAndItsBlocksOnA4() throws IOException {
        Office o = new Office("6670");
        long id = sent(o, "EXTERNAL", "ขอเชิญประชุมผู้บริหาร", "ขอเชิญประชุม ณ ห้องประชุม", BLOCKS);
        Letter letter = letters.byId(id).orElseThrow();
        PdfReader reader = new PdfReader(pdf.render(official.text(letter)));

        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(595.3f, within(0.5f));
        assertThat(reader.getPageSize(1).getHeight()).isCloseTo(841.9f, within(0.5f));
        String text = text(reader, 1);
        LocalDate sentOn = LocalDate.ofInstant(letter.sentAt(), Registers.THAILAND);
        assertThat(text)
                .contains(squeezed(letter.number()))
                .contains(squeezed(BuddhistDates.full(sentOn)))
                .contains(Integer.toString(sentOn.getYear() + 543))
                .contains("ผู้อำนวยการโรงเรียนทุกโรง", "แบบตอบรับ", "ขอแสดงความนับถือ", "(นายทดสอบลงนาม)")
                .contains("โทร.074612345");
    }

    @Test
    void withThaiDigitsEveryDigitOfThePdfIsThaiAndNoArabicDigitIsLeft() throws IOException {
        Office o = new Office("6671");
        OfficialBlocks thai = new OfficialBlocks(
                BLOCKS.salutation(),
                BLOCKS.reference(),
                BLOCKS.enclosures(),
                "",
                BLOCKS.signatoryName(),
                BLOCKS.signatoryPosition(),
                BLOCKS.address(),
                BLOCKS.contact(),
                true);
        long id = sent(o, "EXTERNAL", "ประชุมครั้งที่ 12/2569", long2Pages(), thai);
        Letter letter = letters.byId(id).orElseThrow();
        PdfReader reader = new PdfReader(pdf.render(official.text(letter)));

        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String all = text(reader, 1) + text(reader, 2);
        assertThat(all).doesNotContainPattern("[0-9]");
        assertThat(all)
                .contains(squeezed(ThaiDigits.toThai(letter.number())))
                .contains(squeezed(BuddhistDates.full(LocalDate.ofInstant(letter.sentAt(), Registers.THAILAND), true)))
                .contains("๑๒/๒๕๖๙");
        assertThat(text(reader, 2)).startsWith("-๒-");
        assertThat(text(reader, 1)).doesNotContain("-๑-");
    }

    @Test
    void theGarudaIsThreeCentimetresTallCentredOnAnExternalLetterAndOneAndAHalfAtAMemosTopLeft() throws IOException {
        float[] box = GarudaShape.box();
        assertThat(box[1] - box[0]).isEqualTo(GarudaShape.HEIGHT);
        Office o = new Office("6672");
        long external = sent(o, "EXTERNAL", "ทดสอบครุฑ", "ข้อความ", OfficialBlocks.none());
        float[] e = pathBox(pdf.render(official.text(letters.byId(external).orElseThrow())), OfficialPage.HEIGHT / 2);
        float cm = OfficialPage.CM;
        assertThat(e[3] - e[1]).isCloseTo(3 * cm, within(0.01f));
        assertThat(OfficialPage.HEIGHT - e[3]).isCloseTo(1.5f * cm, within(0.01f));
        assertThat((e[0] + e[2]) / 2).isCloseTo(OfficialPage.WIDTH / 2, within(0.01f));

        long memo = sent(o, "MEMO", "ทดสอบบันทึก", "ข้อความ", OfficialBlocks.none());
        // The memo's dotted lines are paths too: the Garuda is what lies above the title's baseline.
        float[] m =
                pathBox(pdf.render(official.text(letters.byId(memo).orElseThrow())), OfficialPage.HEIGHT - 3.1f * cm);
        assertThat(m[3] - m[1]).isCloseTo(1.5f * cm, within(0.01f));
        assertThat(OfficialPage.HEIGHT - m[3]).isCloseTo(1.5f * cm, within(0.01f));
        assertThat(m[0]).isCloseTo(OfficialPage.LEFT, within(0.01f));
    }

    @Test
    void anApprovedMemoIsPrintedAsAMemoSignedByItsApproversTypedName() throws IOException {
        Office o = new Office("6673");
        long id = memos.create(
                o.code, new Memos.Text("ขออนุมัติจัดซื้อวัสดุ", "เพื่อโปรดพิจารณาอนุมัติ", null, null), o.staff);
        memos.act(id, MemoAction.SUBMIT, new Memos.Request(0, o.director.id(), "", null, null, null), o.staff);
        memos.act(id, MemoAction.APPROVE, new Memos.Request(1, null, "อนุมัติ", "SELF", null, null), o.director);
        long letterId = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select letter_id from correspondence.memo where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        Letter letter = letters.byId(letterId).orElseThrow();
        String text = text(new PdfReader(pdf.render(official.text(letter))), 1);

        assertThat(text)
                .contains("บันทึกข้อความ", "ส่วนราชการ", "เรื่อง", "ขออนุมัติจัดซื้อวัสดุ")
                .contains(squeezed(letter.number()))
                .contains("อนุมัติ")
                .as("written in the circuit without a เรียน line: to the head of its organisation")
                .contains(squeezed("ผู้อำนวยการ" + o.org.nameTh()))
                .contains(squeezed("(" + o.director.displayName() + ")"))
                .contains(squeezed("(" + o.staff.displayName() + ")"));

        // From the memo's page, for those who took part in its circuit; anyone else is told it does not exist.
        assertThat(official.memo(id, o.staff).getBody()).startsWith("%PDF".getBytes());
        Office other = new Office("6677");
        assertThatThrownBy(() -> official.memo(id, other.director))
                .isInstanceOf(org.khet.shared.NotFoundException.class);
    }

    @Test
    void aSecretLetterIsRefusedToWhoMayNotReadItsTextAndOnlyExternalLettersAndMemosArePrinted() {
        Office o = new Office("6674");
        long secret = letters.draft(o.org, draft("EXTERNAL", "เรื่องลับ", "ข้อความลับ", "SECRET"), o.director);
        assertThatThrownBy(() -> official.download(secret, o.code, o.staff)).isInstanceOf(ForbiddenException.class);
        assertThat(official.download(secret, o.code, o.director).getBody()).startsWith("%PDF".getBytes());

        long order = letters.draft(
                o.org,
                new LetterDraft(
                        "DIRECTIVE",
                        "ORDER",
                        "คำสั่ง",
                        "ข้อความ",
                        null,
                        null,
                        null,
                        false,
                        false,
                        true,
                        null,
                        null,
                        null),
                o.staff);
        assertThatThrownBy(() -> official.download(order, o.code, o.staff)).isInstanceOf(RejectedException.class);
    }

    @Test
    void templatesAreTheShippedOnesAndTheOrganisationsOwnKeptByItsDirector() {
        Office o = new Office("6675");
        assertThat(templates.of(o.org))
                .extracting(LetterTemplate::name)
                .contains("หนังสือนำส่ง", "ขอความอนุเคราะห์", "เชิญประชุม", "บันทึกขออนุมัติ");
        LetterTemplate own = new LetterTemplate(
                null,
                false,
                "แจ้งผลการประชุม 6675",
                "EXTERNAL",
                "แจ้งผลการประชุม",
                "ด้วย{ส่วนราชการ}ขอแจ้ง",
                "เรียน",
                "ขอแสดงความนับถือ");
        assertThatThrownBy(() -> templates.save(o.org, own, o.staff)).isInstanceOf(ForbiddenException.class);
        long id = templates.save(o.org, own, o.director);

        LetterForm started = form.start(o.org, id, new org.springframework.ui.ExtendedModelMap());
        assertThat(started.subject()).isEqualTo("แจ้งผลการประชุม");
        assertThat(started.body()).isEqualTo("ด้วย" + o.org.nameTh() + "ขอแจ้ง");
        Office other = new Office("6676");
        assertThat(templates.usable(other.org, id)).isEmpty();
        assertThatThrownBy(() -> templates.save(o.org, LetterTemplate.blank(), o.director))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(org.khet.shared.FieldError::field)
                        .containsExactly("name"));
    }

    // --- helpers

    private long sent(Office o, String kind, String subject, String body, OfficialBlocks blocks) {
        long id = letters.draft(o.org, draft(kind, subject, body, "NONE"), o.staff);
        form.keep(id, blocks);
        letters.send(id, o.staff);
        return id;
    }

    private static LetterDraft draft(String kind, String subject, String body, String secrecy) {
        return new LetterDraft(kind, null, subject, body, null, null, secrecy, false, false, true, null, null, null);
    }

    private static String long2Pages() {
        String paragraph = "ข้อ 1 สถานศึกษาทุกแห่งต้องจัดทำแผนพัฒนาคุณภาพการศึกษาที่สอดคล้องกับมาตรฐานการศึกษาของชาติ"
                + " ให้ผู้เรียนได้รับการพัฒนาเต็มศักยภาพ ทั้งด้านความรู้ ทักษะ และคุณลักษณะอันพึงประสงค์\n";
        return paragraph.repeat(9);
    }

    /**
     * Page {@code page}'s text as extracted. The extractor reads glyphs: ำ comes out as its two shaped parts (ํ and า),
     * and bold Thai with spaces between a consonant and its marks, so ำ is put back and spaces are dropped.
     */
    private static String text(PdfReader reader, int page) throws IOException {
        return new PdfTextExtractor(reader)
                .getTextFromPage(page)
                .replace("\u200b", "")
                .replace("\u0e4d\u0e32", "\u0e33")
                .replaceAll("\\s+", "");
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The box (left, bottom, right, top) of the points of page 1's moveto/lineto path operations above {@code low}. */
    private static float[] pathBox(byte[] bytes, float low) throws IOException {
        PdfReader reader = new PdfReader(bytes);
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(1)));
        float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        List<PdfObject> operands = new ArrayList<>();
        while (!parser.parse(operands).isEmpty()) {
            String op = operands.get(operands.size() - 1).toString();
            if ((op.equals("m") || op.equals("l")) && operands.get(0) instanceof PdfNumber) {
                float x = ((PdfNumber) operands.get(0)).floatValue();
                float y = ((PdfNumber) operands.get(1)).floatValue();
                if (y >= low) {
                    box = new float[] {
                        Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)
                    };
                }
            }
            assertThat(operands.get(operands.size() - 1)).isInstanceOf(PdfLiteral.class);
        }
        return box;
    }

    private final class Office {
        final String code;
        final Organisation org;
        final KhetUser staff;
        final KhetUser director;

        Office(String code) {
            TestArea area = TestArea.open(context, code);
            this.code = code;
            this.org = organisations.byCode(code).orElseThrow();
            this.staff = area.account("staff." + code, Role.AREA_STAFF, area.unit());
            this.director = area.account("director." + code, Role.AREA_DIRECTOR, null);
            area.school("0001", "โรงเรียนทดสอบ " + code);
        }
    }
}
