package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A letter in the official form, in the browser (area 6761): the director adds a template of the office's own, starts
 * an external letter from a shipped one (its subject, text and salutation filled in, the form's blocks shown only
 * for the types printed in the form), sends it in Thai digits, and downloads its PDF from the letter page, which is
 * rendered to PNG.
 */
class OfficialLetterJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext application;

    @Test
    void theDirectorComposesFromATemplateSendsAndDownloadsTheOfficialPdf() throws Exception {
        TestArea area = TestArea.open(application, "6761");
        area.school("0001", "โรงเรียนบ้านนาทดสอบ");
        area.account("director.6761", Role.AREA_DIRECTOR, null);

        signIn("director.6761", TestArea.PASSWORD);
        page.navigate(url("/correspondence"));
        page.locator("#letter-templates").click();
        assertThat(page.locator("#template-list")).containsText("หนังสือนำส่ง");
        page.locator("#template-add").click();
        page.getByLabel("ชื่อแบบ").fill("แจ้งกำหนดการนิเทศ 6761");
        page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true)).fill("แจ้งกำหนดการนิเทศ");
        page.getByLabel("ข้อความ").fill("ด้วย{ส่วนราชการ}กำหนดนิเทศติดตาม");
        look("official-template-edit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกแบบ"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("บันทึกแบบหนังสือแล้ว");
        assertThat(page.locator("#template-list")).containsText("แจ้งกำหนดการนิเทศ 6761");
        look("official-templates");

        page.navigate(url("/correspondence/new?org=6761"));
        page.getByLabel("เริ่มจากแบบ")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("เชิญประชุม"));
        page.locator("#template-chooser button").click();
        assertThat(page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("ขอเชิญประชุม{ชื่อการประชุม}");
        assertThat(page.getByLabel("ข้อความ")).containsText("ด้วยสพป.ทดสอบ 6761กำหนดจัดประชุม");
        assertThat(page.locator("#salutation")).hasValue("ผู้อำนวยการ{ผู้รับ}");
        assertThat(page.locator("#closing")).hasValue("ขอแสดงความนับถือ");
        page.getByLabel("ประเภทหนังสือ").selectOption("DIRECTIVE");
        assertThat(page.locator("#salutation")).isHidden();
        page.getByLabel("ประเภทหนังสือ").selectOption("EXTERNAL");
        assertThat(page.locator("#salutation")).isVisible();

        page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true))
                .fill("ขอเชิญประชุมผู้บริหาร ครั้งที่ 12/2569");
        page.getByLabel("ข้อความ")
                .fill("ด้วยสำนักงานเขตพื้นที่การศึกษากำหนดจัดประชุมผู้บริหารสถานศึกษา ในวันที่ 16 ธันวาคม 2569"
                        + " เวลา 09.00 น.\nจึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุม");
        page.locator("#salutation").fill("ผู้อำนวยการโรงเรียนบ้านนาทดสอบ");
        page.locator("#signatoryName").fill("นายสมชาย ใจดี");
        page.locator("#signatoryPosition").fill("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา");
        page.locator("#contact").fill("กลุ่มอำนวยการ\nโทร. 0 7461 2345");
        page.locator("#thaiDigits").check();
        page.getByText("เลือกโรงเรียน (เลือกแล้ว 0 แห่ง)").click();
        page.locator("#school-67610001").check();
        look("official-compose");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ส่งหนังสือ"))
                .click();
        assertThat(page.locator("#sent-number")).containsText("ศธ 06761/1");

        String href = page.locator("#official-pdf").getAttribute("href");
        APIResponse pdf = page.request().get(url(href));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        Path shots = Files.createDirectories(Path.of("target", "pdf-shots"));
        Path file = shots.resolve("journey-external.pdf");
        Files.write(file, pdf.body());
        assertThat(render(file, shots.resolve("journey-external"))).isGreaterThan(10_000L);
    }

    /** Renders page 1 of {@code pdf} at 110 dpi with pdftoppm; the PNG's size in bytes. */
    private static long render(Path pdf, Path prefix) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        "pdftoppm",
                        "-r",
                        "110",
                        "-png",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        pdf.toString(),
                        prefix.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor())
                .as(new String(p.getInputStream().readAllBytes()))
                .isZero();
        return Files.size(Path.of(prefix + ".png"));
    }
}
