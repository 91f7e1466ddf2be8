package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A letter that came on paper, in the browser, in an area of its own (6710): the office's clerk registers the scan
 * on a phone and sees its receipt number (a form sent empty says what each field needs and keeps nothing), passes
 * it to the director; the director endorses it on a phone with an instruction, passing it to an officer with a
 * reply-by date; the officer finds it among the letters they hold and marks it done; the letter's page shows the
 * three steps with the director's typed-name signature and gives the stamped PDF; the inbox's search finds it by a
 * Thai word of its subject. Someone who is not the director signs "ปฏิบัติราชการแทน" with the post (6711), and a
 * draft's files are attached from its page and sealed when it is sent. Every page accessible and never wider than a
 * phone.
 */
class PaperLetterJourneyTest extends BrowserTest {

    private static final String SUBJECT = "ขอความร่วมมือจัดทำแผนพัฒนาการศึกษาขั้นพื้นฐาน";
    private static final String INSTRUCTION = "ทราบ มอบกลุ่มนโยบายและแผนดำเนินการ";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bangkok"));

    @Autowired
    ApplicationContext application;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScannedLetterIsRegisteredEndorsedByTheDirectorAndDoneByAnOfficer() throws Exception {
        TestArea area = TestArea.open(application, "6710");
        person("clerk.6710", "นางสาวมาลี สารบรรณ", area.unitRole(Role.AREA_STAFF, "ADMIN"));
        long director = person("director.6710", "นายวิชัย รักการศึกษา", area.areaRole(Role.AREA_DIRECTOR));
        long officer = person("officer.6710", "นางสุดา วางแผน", area.unitRole(Role.AREA_STAFF, "PLAN"));

        // The clerk, on a phone, registers the scan from the inbox; sent empty first, nothing is kept.
        signIn("clerk.6710", TestArea.PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(url("/correspondence"));
        look("paper-inbox");
        page.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("ลงรับหนังสือกระดาษ"))
                .click();
        assertThat(page.locator("#file")).hasAttribute("accept", "application/pdf,image/*");
        // No "capture": on a phone it would open the camera only, and a clerk could not pick a scanned PDF.
        assertThat(page.locator("#file[capture]")).hasCount(0);
        register();
        assertThat(page.locator("#paper-errors")).containsText("ยังลงรับหนังสือไม่ได้ กรุณาแก้ไขตามที่แจ้ง");
        assertThat(page.locator("#number-error")).containsText("กรุณากรอกเลขที่หนังสือ");
        assertThat(page.locator("#from-error")).containsText("กรุณากรอกหน่วยงานผู้ส่ง");
        assertThat(page.locator("#subject-error")).containsText("กรุณากรอกเรื่อง");
        assertThat(page.locator("#dated-error")).containsText("กรุณากรอกวันที่ของหนังสือ");
        assertThat(page.locator("#file-error")).isVisible();
        look("paper-errors");
        org.assertj.core.api.Assertions.assertThat(letters(area)).isZero();

        fillPaper("ศธ 0236/4567", SUBJECT);
        page.getByLabel("ชั้นความเร็ว").selectOption("URGENT");
        look("paper-form");
        register();
        assertThat(page.locator("#receipt-given")).hasText("ลงรับแล้ว เลขรับ 1");
        assertThat(page.locator("#letter-number")).hasText("ศธ 0236/4567");
        assertThat(page.locator("#letter")).containsText("สำนักงานศึกษาธิการจังหวัดพัทลุง");
        assertThat(page.locator("#file-list li")).hasCount(2);
        assertThat(page.locator("#seal")).hasText("ไม่มีการแก้ไขตั้งแต่ลงรับ");
        assertThat(page.locator("#holder")).hasText("ยังไม่ได้เสนอหรือส่งต่อ");
        look("paper-registered");
        String letterPath = page.url().substring(url("").length()).replaceAll("#.*", "");

        // She passes it to the director.
        page.locator("#pass-to").selectOption(String.valueOf(director));
        page.locator("#pass button").click();
        assertThat(page.locator("#holder")).containsText("อยู่ที่ นายวิชัย รักการศึกษา ตั้งแต่");
        assertThat(page.locator("#pass")).hasCount(0);

        // The director, on a phone, endorses it and passes it to an officer with a reply-by date.
        as("director.6710");
        page.setViewportSize(390, 844);
        page.navigate(url(letterPath));
        assertThat(page.locator("#endorse[open] #endorse-instruction")).isVisible();
        tap("ลงนามเกษียน");
        assertThat(page.locator("#endorse-instruction-error")).hasText("กรุณาเขียนข้อสั่งการ");
        page.getByLabel("ข้อสั่งการ").fill(INSTRUCTION);
        assertThat(page.getByLabel("ในนามตนเอง (ผู้อำนวยการ)")).isChecked();
        page.locator("#endorse-to").selectOption(String.valueOf(officer));
        page.getByLabel("กำหนดตอบ (ถ้ามี)").fill(TODAY.plusDays(7).toString());
        look("paper-endorse");
        tap("ลงนามเกษียน");
        assertThat(page.locator(".alert-success")).hasText("ลงนามเกษียนแล้ว");
        assertThat(page.locator("#holder")).containsText("อยู่ที่ นางสุดา วางแผน ตั้งแต่");

        // The officer finds it among the letters she holds, with its reply-by date, and marks it done.
        as("officer.6710");
        page.setViewportSize(390, 844);
        page.navigate(url("/correspondence"));
        page.locator("#held-link").click();
        Locator held = page.locator("#held a").first();
        assertThat(held).containsText(SUBJECT);
        assertThat(held).containsText("กำหนดตอบ");
        assertThat(held).containsText(INSTRUCTION);
        look("paper-held");
        held.click();
        tap("บันทึกว่าดำเนินการเสร็จ");
        assertThat(page.locator("#holder")).hasText("ดำเนินการเสร็จแล้ว");
        assertThat(page.locator("#steps li")).hasCount(3);
        Locator endorsed = page.locator("#steps li[data-kind='ENDORSE']");
        assertThat(endorsed).containsText(INSTRUCTION);
        assertThat(endorsed.locator(".signature")).hasText("(นายวิชัย รักการศึกษา)");
        assertThat(page.locator("#steps li").first()).containsText("นางสาวมาลี สารบรรณ ถึง นายวิชัย รักการศึกษา");
        assertThat(page.locator("#pass")).hasCount(0);
        look("paper-done");

        // The stamped scan downloads as a PDF.
        Download download = page.waitForDownload(() -> page.locator("#file-list a")
                .filter(new Locator.FilterOptions().setHasText("ประทับตรารับ"))
                .click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("scan (ประทับตรารับ).pdf");
        org.assertj.core.api.Assertions.assertThat(new String(Files.readAllBytes(download.path()), 0, 5))
                .isEqualTo("%PDF-");

        // The inbox's search finds it by a Thai word of its subject.
        page.navigate(url("/correspondence"));
        page.getByLabel("คำที่ค้นหา").fill("ร่วมมือ");
        tap("ค้นหา");
        assertThat(page.locator("#found a")).hasCount(1);
        assertThat(page.locator("#found a")).containsText(SUBJECT);
        assertThat(page.locator("#found a")).containsText("ศธ 0236/4567");
        look("paper-search");
        page.getByLabel("คำที่ค้นหา").fill("ไม่มีคำนี้ในหนังสือใด");
        tap("ค้นหา");
        assertThat(page.locator("#found-none")).isVisible();
    }

    @Test
    void aDeputySignsOnBehalfOfTheDirectorWithThePostAndADraftCarriesItsFilesSealedWhenSent() {
        TestArea area = TestArea.open(application, "6711");
        area.school("0001", "โรงเรียนบ้านทดสอบ 6711");
        person("clerk.6711", "นางสาวสมศรี ธุรการ", area.unitRole(Role.AREA_STAFF, "ADMIN"));
        long deputy = person("deputy.6711", "นายประสิทธิ์ แทนการ", area.unitRole(Role.AREA_STAFF, "PLAN"));

        // A scanned letter registered on a laptop and passed to the deputy.
        signIn("clerk.6711", TestArea.PASSWORD);
        page.navigate(url("/correspondence/paper"));
        fillPaper("ศธ 0236/9876", "ขอเชิญประชุมคณะทำงานจัดสอบ");
        register();
        String letterPath = page.url().substring(url("").length()).replaceAll("#.*", "");
        page.locator("#pass-to").selectOption(String.valueOf(deputy));
        page.locator("#pass button").click();

        // The deputy is no director: signing as himself is not offered; signing for the director asks the post.
        as("deputy.6711");
        page.setViewportSize(390, 844);
        page.navigate(url(letterPath));
        page.locator("#endorse summary").click();
        assertThat(page.getByLabel("ในนามตนเอง (ผู้อำนวยการ)")).hasCount(0);
        page.getByLabel("ข้อสั่งการ").fill("ทราบ แจ้งกลุ่มงานเข้าร่วมประชุม");
        page.getByLabel("ปฏิบัติราชการแทน").check();
        tap("ลงนามเกษียน");
        assertThat(page.locator("#endorse-post-error")).hasText("ระบุตำแหน่งที่ลงนามแทน (ไม่เกิน 300 ตัวอักษร)");
        assertThat(page.getByLabel("ข้อสั่งการ")).hasValue("ทราบ แจ้งกลุ่มงานเข้าร่วมประชุม");
        assertThat(page.getByLabel("ปฏิบัติราชการแทน")).isChecked();
        page.locator("#endorse-post").fill("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา");
        look("paper-on-behalf");
        tap("ลงนามเกษียน");
        Locator signature = page.locator("#steps li[data-kind='ENDORSE'] .signature div");
        assertThat(signature)
                .hasText(new String[] {"(นายประสิทธิ์ แทนการ)", "ปฏิบัติราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"
                });
        assertThat(page.locator("#holder")).containsText("อยู่ที่ นายประสิทธิ์ แทนการ");

        // The clerk writes a draft, attaches its files (a wrong one is refused), sends it: sealed and unchanged.
        as("clerk.6711");
        page.navigate(url("/correspondence/new"));
        page.getByLabel("เรื่อง", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("แจ้งกำหนดการสอบ");
        page.getByLabel("โรงเรียนในสังกัดทุกแห่ง (1 แห่ง)").check();
        tap("บันทึกร่าง");
        page.getByLabel("แนบไฟล์")
                .setInputFiles(
                        new FilePayload("program.exe", "application/octet-stream", new byte[] {0x4D, 0x5A, 0, 0}));
        tap("แนบ");
        assertThat(page.locator("#attach-error")).containsText("program.exe");
        page.getByLabel("แนบไฟล์").setInputFiles(new FilePayload("กำหนดการ.pdf", "application/pdf", scan()));
        tap("แนบ");
        assertThat(page.locator("#file-list li")).hasCount(1);
        assertThat(page.locator("#file-list li")).containsText("กำหนดการ.pdf");
        look("letter-draft-files");
        tap("ส่งหนังสือ");
        assertThat(page.locator("#seal")).hasText("ไม่มีการแก้ไขตั้งแต่ส่ง");
        assertThat(page.getByLabel("แนบไฟล์")).hasCount(0);
    }

    /** An account of the area named as people are, with the test password. */
    private long person(String username, String name, org.khet.platform.RoleGrant role) {
        return accounts.create(username, name, null, TestArea.PASSWORD, List.of(role));
    }

    /** Fills the paper letter form with a scan dated two days ago from the provincial office. */
    private void fillPaper(String number, String subject) {
        page.locator("#file").setInputFiles(new FilePayload("scan.pdf", "application/pdf", scan()));
        page.getByLabel("เลขที่หนังสือ").fill(number);
        page.getByLabel("ลงวันที่").fill(TODAY.minusDays(2).toString());
        page.getByLabel("จาก (หน่วยงานผู้ส่ง)").fill("สำนักงานศึกษาธิการจังหวัดพัทลุง");
        page.getByLabel("เรื่อง", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill(subject);
    }

    private void register() {
        tap("ลงทะเบียนรับ");
    }

    /** Taps the button named exactly {@code name}. */
    private void tap(String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName(name)
                                .setExact(true))
                .click();
    }

    private long letters(TestArea area) {
        return jdbc.sql("select count(*) from correspondence.letter where area_id = :a")
                .param("a", area.id())
                .query(Long.class)
                .single();
    }

    /** A one-page PDF, as a scanner would make it. */
    private static byte[] scan() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Letter from the provincial education office"));
        document.close();
        return out.toByteArray();
    }
}
