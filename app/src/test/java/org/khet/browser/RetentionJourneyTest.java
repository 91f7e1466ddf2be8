package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.correspondence.BackDatedRegister;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * After the end of 2568 the office's staff member opens the retention page from the registers page, finds the letters due for
 * destruction, makes one of 2548 permanent on a phone (it leaves the list for the twenty-year transfer list), keeps
 * another longer, shortens a third by its register number so that it joins the list, is refused a committee of two, records a committee of three and downloads the destruction list as a
 * PDF, and records the handover of the twenty-year records to the National Archives (area 6691).
 */
class RetentionJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void theStaffMakeTheDestructionListOfAYearEndWithItsCommitteeOnAPhone() throws Exception {
        TestArea area = TestArea.open(spring, "6691");
        area.school("0001", "โรงเรียนบ้านทดสอบการเก็บหนังสือ");
        area.account("staff.6691", Role.AREA_STAFF, area.unit());
        Api staff = Api.asUser(port, "staff.6691", TestArea.PASSWORD);
        BackDatedRegister old = BackDatedRegister.of(spring, "6691", sent(staff));
        long due = old.enteredOn(LocalDate.of(2015, 6, 15), "ขอเชิญประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน ปี 2558");
        long overdue = old.enteredOn(LocalDate.of(2014, 9, 1), "รายงานผลการใช้จ่ายงบประมาณโครงการอาหารกลางวัน ปี 2557");
        long notYet = old.enteredOn(LocalDate.of(2017, 2, 20), "แจ้งปฏิทินการสอบปลายภาค ปี 2560");
        long archived = old.enteredOn(LocalDate.of(2005, 4, 1), "ประกาศจัดตั้งกลุ่มโรงเรียน ปี 2548");

        signIn("staff.6691", TestArea.PASSWORD);
        page.navigate(url("/correspondence/registers"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("การเก็บและทำลายหนังสือ"))
                .first()
                .click();
        page.waitForURL(u -> u.contains("/correspondence/retention"));
        page.locator("#k-year").selectOption("2568");
        page.waitForURL(u -> u.contains("year=2568"));
        assertThat(page.locator("h2#destruction-heading")).containsText("บัญชีหนังสือขอทำลาย สิ้นปี พ.ศ. 2568");
        assertThat(page.locator("#destruction-rows tbody tr")).hasCount(3);
        assertThat(page.locator("#entry-" + overdue)).containsText("รายงานผลการใช้จ่ายงบประมาณ");
        assertThat(page.locator("#entry-" + due)).containsText("ขอเชิญประชุม");
        assertThat(page.locator("#entry-" + archived)).containsText("ประกาศจัดตั้งกลุ่มโรงเรียน");
        assertThat(page.locator("#entry-" + notYet)).hasCount(0); // 2560 + 10 = 2570
        Api.Response asked = staff.get("/api/v1/correspondence/registers/6691/DISPATCH/2560/1/retention");
        assertThat(asked.body()).contains("\"retention\":\"TEN_YEARS\"", "\"due_year_end\":2570");
        assertThat(page.locator("#transfer-rows li")).hasCount(0);
        assertAccessible();
        screenshot("correspondence-retention");

        phone();
        page.locator("#entry-" + archived + " summary").click();
        page.locator("#class-" + archived).selectOption("PERMANENT");
        page.locator("#entry-" + archived + " form button").click();
        assertThat(page.locator(".alert-success")).containsText("เปลี่ยนอายุการเก็บแล้ว");
        assertThat(page.locator("#entry-" + archived)).hasCount(0);
        assertThat(page.locator("#destruction-rows tbody tr")).hasCount(2);

        // The letter of 2560 is the first of its year's dispatch register; kept five years it is due (2565).
        page.locator("#by-number summary").click();
        page.locator("#n-register").selectOption("DISPATCH");
        page.locator("#n-year").fill("2560");
        page.locator("#n-sequence").fill("1");
        page.locator("#n-class").selectOption("FIVE_YEARS");
        page.locator("#by-number button").click();
        assertThat(page.locator(".alert-success")).containsText("เปลี่ยนอายุการเก็บแล้ว");
        assertThat(page.locator("#entry-" + notYet)).containsText("แจ้งปฏิทินการสอบปลายภาค");
        assertThat(page.locator("#destruction-rows tbody tr")).hasCount(3);

        assertThat(page.locator("#destruction-due")).containsText("ภายใน 1 มีนาคม 2569");
        assertThat(page.locator("#destruction-due")).containsText("เลยกำหนดแล้ว");
        page.locator("#keep-" + overdue).fill("2573");
        page.locator("#chair").fill("นายประธาน รักษ์เอกสาร");
        page.locator("#member-1").fill("นางสาวกรรมการ หนึ่ง");
        page.locator("#decide button").click();
        assertThat(page.locator(".alert-danger")).containsText("อย่างน้อย 2 คน");
        assertThat(page.locator("#entry-" + overdue + " .decision .badge")).hasCount(0);

        page.locator("#keep-" + overdue).fill("2573");
        page.locator("#chair").fill("นายประธาน รักษ์เอกสาร");
        page.locator("#member-1").fill("นางสาวกรรมการ หนึ่ง");
        page.locator("#member-2").fill("นายกรรมการ สอง");
        page.locator("#decide button").click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกคณะกรรมการและผลการพิจารณาแล้ว");
        assertThat(page.locator("#entry-" + overdue + " .decision .badge")).hasText("เก็บต่อถึง พ.ศ. 2573");
        assertThat(page.locator("#member-2")).hasValue("นายกรรมการ สอง");
        assertThat(page.locator("#entry-" + due + " .decision .badge")).hasText("ทำลาย");
        assertThat(page.locator("#entry-" + notYet + " .decision .badge")).hasText("ทำลาย");
        assertThat(page.locator("#transfer-rows li")).hasCount(1);
        assertThat(page.locator("#transfer-rows")).containsText("ประกาศจัดตั้งกลุ่มโรงเรียน");
        assertAccessible();
        assertNothingBelowTheFooter();
        screenshot("correspondence-retention-phone");

        var download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("ดาวน์โหลด PDF").setExact(true))
                .click());
        Path pdf = Path.of("target", "screenshots", "correspondence-destruction-list.pdf");
        download.saveAs(pdf);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        var transfer = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ดาวน์โหลดบัญชีส่งมอบ PDF"))
                        .click());
        transfer.saveAs(Path.of("target", "screenshots", "correspondence-transfer-list.pdf"));
        var excel = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("ดาวน์โหลด Excel").setExact(true))
                .click());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(excel.createReadStream())) {
            String cells = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(book).getText();
            assertThat(cells).contains("บัญชีหนังสือขอทำลาย ประจำปี พ.ศ. 2568", "การพิจารณา", "เก็บต่อถึง พ.ศ. 2573");
        }

        // The twenty-year records handed to the National Archives: recorded once, then gone from the next year's list.
        assertThat(page.locator("#transfer-due")).containsText("ภายใน 31 มกราคม 2569");
        page.locator("#covering").fill("ศธ 06691/77");
        page.locator("#received-by").fill("นางสาวรับมอบ จดหมายเหตุ");
        page.locator("#handover button").click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกการส่งมอบแล้ว");
        assertThat(page.locator("#handover-done")).containsText("1 รายการ ผู้รับมอบ นางสาวรับมอบ จดหมายเหตุ");
        assertThat(page.locator("#handover-done")).containsText("หนังสือนำส่งที่ ศธ 06691/77");
        assertThat(page.locator("#handover")).hasCount(0);
        screenshot("correspondence-retention-handover-phone");
        page.navigate(url("/correspondence/retention?org=6691&year=2569"));
        assertThat(page.locator("#transfer-rows")).hasCount(0);

        Api.Response refused = staff.put(
                "/api/v1/correspondence/registers/6691/DISPATCH/2558/1/retention", "{\"retention\": \"FOREVER\"}");
        assertThat(refused.status()).isEqualTo(422);
        Api.Response changed = staff.put(
                "/api/v1/correspondence/registers/6691/DISPATCH/2558/1/retention", "{\"retention\": \"PERMANENT\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"retention\":\"PERMANENT\"", "\"due_year_end\":null");
    }

    @Test
    void theAdministratorAddsAClassFromALaterDayAndIsToldWhatIsWrong() {
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/retention-classes"));
        assertThat(page.locator("h1")).hasText("อายุการเก็บหนังสือ");
        assertThat(page.locator("#class-TEN_YEARS-1983-06-01")).containsText("เก็บไว้ 10 ปี");
        assertThat(page.locator("#defaults")).containsText("TEN_YEARS");

        page.locator("#d-code").fill("SEVEN_YEARS_6691");
        page.locator("#d-years").fill("7");
        page.locator("#d-th").fill("เก็บไว้ 7 ปี");
        page.locator("#d-en").fill("Kept 7 years");
        page.locator("#d-from").fill("2100-01-01");
        page.locator("#define button").click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกแล้ว");
        assertThat(page.locator("#class-SEVEN_YEARS_6691-2100-01-01")).containsText("เก็บไว้ 7 ปี");

        page.locator("#m-code").selectOption("SEVEN_YEARS_6691");
        page.locator("#m-from").fill("2099-12-31");
        page.locator("#make-default button").click();
        assertThat(page.locator(".alert-danger"))
                .containsText("ชั้น SEVEN_YEARS_6691 ไม่ได้ให้เลือกในวันที่ 2099-12-31");

        assertThat(page.locator("#deadlines")).containsText("บัญชีขอทำลายภายใน 60 วัน · ส่งมอบภายใน 31 วัน");
        page.locator("#t-destruction").fill("90");
        page.locator("#t-source").fill("หนังสือสั่งการทดสอบ 6691");
        page.locator("#t-from").fill("2101-01-01");
        page.locator("#deadline button").click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกแล้ว");
        assertThat(page.locator("#deadlines")).containsText("ตั้งแต่ 2101-01-01: บัญชีขอทำลายภายใน 90 วัน");
        assertThat(page.locator("#deadlines")).containsText("หนังสือสั่งการทดสอบ 6691");
        assertAccessible();
        screenshot("correspondence-retention-classes");
        phone();
        assertNothingBelowTheFooter();
        screenshot("correspondence-retention-classes-phone");
    }

    /** A letter sent today, which the back-dated register entries name. */
    private static long sent(Api staff) {
        Api.Response written = staff.post("/api/v1/correspondence/letters", """
                {"from": "6691", "kind": "EXTERNAL", "subject": "หนังสือต้นแบบ", "to": {"schools": ["66910001"]}}""");
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long id = written.json().get("id").asLong();
        assertThat(staff.post("/api/v1/correspondence/letters/" + id + "/send", "")
                        .status())
                .isEqualTo(200);
        return id;
    }
}
