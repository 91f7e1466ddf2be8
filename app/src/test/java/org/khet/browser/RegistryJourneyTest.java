package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RegistryJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffSearchInThaiOpenASchoolAndEditIt() {
        signIn("saraban", DEMO_PASSWORD);
        page.navigate(url("/schools"));
        assertAccessible();
        assertThat(page.locator("#results tbody tr")).hasCount(50);
        page.getByLabel("ค้นหาชื่อ รหัส อำเภอ ตำบล").fill("เกาะหมาก");
        assertThat(page.locator("#results")).containsText("ทั้งหมด 5 รายการ");
        assertThat(page.locator("#results tbody tr")).hasCount(5);
        String name = jdbc.sql("select name_th from registry.school where name_th like '%เกาะหมาก'")
                .query(String.class)
                .single();
        assertThat(page.locator("#results")).containsText(name);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.locator("h1")).hasText(name);
        assertAccessible();
        screenshot("school-desktop");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("แก้ไข"))
                .click();
        page.getByLabel("ชื่อโรงเรียน (ไทย)").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึก"))
                .click();
        assertThat(page.locator("#nameTh-error")).isVisible();
        assertAccessible();
        screenshot("school-edit-error");

        page.getByLabel("ชื่อโรงเรียน (ไทย)").fill(name);
        page.getByLabel("โทรศัพท์").fill("074-699-999");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึก"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("บันทึกเรียบร้อยแล้ว");
        assertThat(page.locator("main")).containsText("074-699-999");
        assertThat(jdbc.sql("select phone from registry.school where name_th = :n")
                        .param("n", name)
                        .query(String.class)
                        .single())
                .isEqualTo("074-699-999");
    }

    @Test
    void aBadFileIsRefusedRowByRowAndAGoodOneIsReported() {
        signIn("saraban", DEMO_PASSWORD);
        page.navigate(url("/imports"));
        assertAccessible();
        String bad = "area_code,school_code,name_th,network,amphoe,tambon,students\n"
                + "9302,93029901,โรงเรียนใหม่,เครือข่ายตะโหมด,ตะโหมด,แม่ขรี,abc\n"
                + "9302,123,โรงเรียนรหัสสั้น,เครือข่ายตะโหมด,ตะโหมด,แม่ขรี,40\n";
        page.getByLabel("เลือกไฟล์")
                .first()
                .setInputFiles(new FilePayload("bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("นำเข้า"))
                .first()
                .click();
        assertThat(page.locator("#import-errors tbody tr")).hasCount(2);
        var first = page.locator("#import-errors tbody tr").nth(0).locator("td");
        assertThat(first).hasText(new String[] {"2", "students", "ต้องเป็นจำนวนเต็ม 0–20000 (พบ \"abc\")"});
        var second = page.locator("#import-errors tbody tr").nth(1).locator("td");
        assertThat(second).hasText(new String[] {"3", "school_code", "ต้องเป็นตัวเลข 8 หลัก (พบ \"123\")"});
        assertAccessible();
        screenshot("import-errors");
        assertThat(jdbc.sql("select count(*) from registry.school where code = '93029901'")
                        .query(Long.class)
                        .single())
                .isZero();

        String good = bad.replace(",abc", ",45").replace("9302,123,", "9302,93029902,");
        page.getByLabel("เลือกไฟล์")
                .first()
                .setInputFiles(new FilePayload("good.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("นำเข้า"))
                .first()
                .click();
        assertThat(page.locator("#import-report")).containsText("เพิ่มใหม่: 2");
        assertThat(jdbc.sql("select count(*) from registry.school where code in ('93029901','93029902')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void personnelRevealsANationalIdAndTheDirectorSeesTheViewInTheAuditLog() {
        signIn("personnel", DEMO_PASSWORD);
        page.navigate(url("/people?q=" + java.net.URLEncoder.encode("ครู", StandardCharsets.UTF_8)));
        page.locator("#results tbody tr a").first().click();
        String masked = page.locator("#national-id").textContent();
        assertThat(masked).contains("xxxxx");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("แสดงเลขเต็ม (ระบบจะบันทึกการเปิดดู)"))
                .click();
        assertThat(page.locator("#national-id")).not().containsText("x");
        assertThat(page.locator("#national-id"))
                .hasText(java.util.regex.Pattern.compile("\\d-\\d{4}-\\d{5}-\\d{2}-\\d"));
        screenshot("person-revealed");

        context.clearCookies();
        signIn("director", DEMO_PASSWORD);
        page.navigate(url("/audit?who=personnel&what=VIEW"));
        assertThat(page.locator("#results tbody tr").first()).containsText("person");
        assertAccessible();
    }

    @Test
    void peopleListWorksAtPhoneWidth() {
        phone();
        signIn("school.director", DEMO_PASSWORD);
        page.navigate(url("/people"));
        assertThat(page.locator("h1")).hasText("บุคลากร");
        double width = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).isLessThanOrEqualTo(PHONE_WIDTH);
        assertAccessible();
        screenshot("people-phone");
    }

    @Test
    void aSchoolDirectorOnAPhoneUpdatesStudentsPerGrade() {
        phone();
        signIn("school.director", DEMO_PASSWORD);
        long id = jdbc.sql("select id from registry.school where code = '93020001'")
                .query(Long.class)
                .single();
        int p1 = jdbc.sql(
                        "select students from registry.enrolment where school_id = :id and grade = 'P1' order by academic_year desc limit 1")
                .param("id", id)
                .query(Integer.class)
                .single();
        int total = jdbc.sql(
                        "select students from registry.school_students where school_id = :id order by academic_year desc limit 1")
                .param("id", id)
                .query(Integer.class)
                .single();
        page.navigate(url("/schools/" + id));
        assertThat(page.getByLabel("ป.1", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(String.valueOf(p1));
        page.getByLabel("ป.1", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(p1 + 5));
        page.locator("#enrolment")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("บันทึก"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("บันทึกเรียบร้อยแล้ว");
        assertThat(jdbc.sql(
                                "select students from registry.school_students where school_id = :id order by academic_year desc limit 1")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(total + 5);
        assertAccessible();
        screenshot("school-phone");
    }
}
