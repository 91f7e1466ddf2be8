package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.thai.ThaiNationalId;

/**
 * An area director of an area of this test's own gives its schools' directors and clerks accounts, prints and
 * downloads the slips, and one of the new accounts signs in and is made to set its own password.
 */
class AreaAccountsJourneyTest extends BrowserTest {

    private static final String AREA = "8623";

    @Test
    void aDirectorGivesTheSchoolsAccountsAndANewAccountSetsItsOwnPassword() throws Exception {
        areaWithTwoSchools();
        signIn("dir8623", "director-8623-pw");
        page.navigate(url("/accounts/area"));
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ดูรายชื่อก่อนสร้าง"))
                .click();
        assertThat(page.locator("#preview-result")).containsText("จะสร้างบัญชีใหม่ 4 บัญชี ข้าม 0 คน");
        assertAccessible();
        screenshot("area-accounts-preview");
        onAPhoneThePreviewIsOneCardPerPerson();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("สร้าง 4 บัญชี"))
                .click();
        assertThat(page.locator("#batch-summary")).containsText("สร้างบัญชีแล้ว 4 บัญชี");
        assertThat(page.locator(".slip")).hasCount(4);
        assertAccessible();
        screenshot("area-accounts-sheet");
        String username = page.locator(".slip-username").first().textContent().strip();
        String password = page.locator(".slip-password").first().textContent().strip();
        assertThat(username).isEqualTo("86230001.clerk");
        assertThat(password).matches("[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}");

        page.evaluate("() => { window.printedSlips = false; window.print = () => { window.printedSlips = true; }; }");
        page.locator("#print-sheet").click();
        assertThat((Boolean) page.evaluate("() => window.printedSlips")).isTrue();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        screenshot("area-accounts-print");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        Download pdf = page.waitForDownload(() -> page.locator("#download-pdf").click());
        Path file = Path.of("target", "screenshots", "area-accounts-slips.pdf");
        pdf.saveAs(file);
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(text(file)).contains(username).contains(password).contains("เปลี่ยน");

        context.clearCookies();
        signIn(username, password);
        assertThat(page).hasURL(url("/password/change"));
        page.navigate(url("/schools"));
        assertThat(page).hasURL(url("/password/change"));
        assertAccessible();
        screenshot("password-change");
        page.getByLabel("รหัสผ่านใหม่", new Page.GetByLabelOptions().setExact(true))
                .fill("clerk-own-password");
        page.getByLabel("รหัสผ่านใหม่อีกครั้ง").fill("clerk-own-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เปลี่ยนรหัสผ่าน"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("เปลี่ยนรหัสผ่านเรียบร้อยแล้ว");
        signIn(username, "clerk-own-password");
        page.navigate(url("/schools"));
        assertThat(page).hasURL(url("/schools"));
        assertThat(page.locator("main")).containsText("86230001");
    }

    /**
     * At 390 px the preview is one block per person, each value under its column's name, and nothing of it hides
     * off the screen's right edge (the table's region would otherwise scroll sideways).
     */
    private void onAPhoneThePreviewIsOneCardPerPerson() {
        page.setViewportSize(390, 844);
        screenshot("area-accounts-preview-phone");
        page.locator("#preview-result")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", "area-accounts-preview-phone-list.png")));
        var rows = page.locator("#preview-result tbody tr");
        assertThat(rows).hasCount(4);
        assertThat(rows.first()).hasCSS("display", "block");
        assertThat(((Number) page.evaluate(
                                "() => document.querySelector('#preview-result thead').getBoundingClientRect().height"))
                        .doubleValue())
                .as("the column heads, read out but not shown")
                .isLessThanOrEqualTo(1);
        assertThat(rows.first().locator("td[data-label]")).hasCount(4);
        assertThat(((Number) page.evaluate(
                                "() => { const r = document.querySelector('#preview-result .table-responsive');"
                                        + " return r.scrollWidth - r.clientWidth; }"))
                        .doubleValue())
                .as("the preview's sideways scroll on a phone")
                .isLessThanOrEqualTo(0);
        assertThat(((Number) page.evaluate("() => document.querySelector('#preview-result tbody tr').offsetWidth"))
                        .doubleValue())
                .as("one person's block fills the screen's width")
                .isGreaterThan(300);
        assertAccessible();
        page.setViewportSize(1280, 900);
    }

    /** pdftotext (poppler-utils, which the CI installs) reads the text back as a person would copy it. */
    private static String text(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private void areaWithTwoSchools() {
        Api admin = Api.asUser(port, "admin", ADMIN_PASSWORD);
        admin.post("/api/v1/areas", """
                {"code":"%s","name_th":"สพป.บัญชีทั้งเขต เขต 3","name_en":"Whole Area Accounts 3","letter_prefix":"ศธ 08623"}""".formatted(AREA));
        admin.upload("/api/v1/schools/import", "schools.csv", """
                area_code,school_code,name_th,network,amphoe,tambon,students
                8623,86230001,โรงเรียนบ้านทดสอบบัญชี,เครือข่ายบัญชี,เมือง,นาทอง,150
                8623,86230002,โรงเรียนวัดทดสอบบัญชี,เครือข่ายบัญชี,เมือง,เขาแดง,210
                """.getBytes(StandardCharsets.UTF_8));
        StringBuilder people = new StringBuilder(
                "area_code,national_id,title,first_name_th,last_name_th,position,academic_standing,school_code,unit_code,phone\n");
        String[][] rows = {
            {"นาย", "สมบัติ", "ผู้นำ", "SCHOOL_DIRECTOR", "86230001"},
            {"นางสาว", "สุภา", "ธุรการดี", "GENERAL_OFFICER", "86230001"},
            {"นาง", "วันดี", "บริหาร", "SCHOOL_DIRECTOR", "86230002"},
            {"นาย", "ชาญ", "เอกสาร", "GENERAL_OFFICER", "86230002"},
            {"นาง", "ครูใจ", "สอนดี", "TEACHER", "86230002"}
        };
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i];
            people.append(String.join(
                            ",",
                            AREA,
                            ThaiNationalId.withCheckDigit("38623000000" + i),
                            r[0],
                            r[1],
                            r[2],
                            r[3],
                            "",
                            r[4],
                            "",
                            ""))
                    .append('\n');
        }
        var imported = admin.upload(
                "/api/v1/people/import", "people.csv", people.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var director = admin.post("/api/v1/users", """
                {"username":"dir8623","password":"director-8623-pw","display_name":"ผอ.เขต บัญชี",
                 "grants":[{"role":"AREA_DIRECTOR","area_code":"%s"}]}""".formatted(AREA));
        assertThat(director.status()).as(director.body()).isEqualTo(201);
    }
}
