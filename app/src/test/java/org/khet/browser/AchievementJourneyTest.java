package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AchievementJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDirectorReadsTheDashboardSwitchesPolicyAndOpensASchool() {
        signIn("director", DEMO_PASSWORD);
        page.navigate(url("/achievement"));
        assertThat(page.locator("h1")).hasText("ผลสัมฤทธิ์ทางการเรียน");
        assertThat(page.locator("main h2").first()).containsText("O-NET ป.6 ปีการศึกษา 2568");
        assertThat(page.locator("#schools tbody tr")).hasCount(schoolsWithOnetP6());
        // Every canvas was drawn by Chart.js (it sizes the canvas it takes over).
        page.waitForFunction("() => [...document.querySelectorAll('canvas[data-chart]')].every(c => c.dataset.drawn)");
        assertThat(page.locator("#distribution")).containsText("สีเขียว");
        assertNothingBelowTheFooter();
        long otherArea = jdbc.sql("""
                        insert into registry.area (code, name_th, name_en, letter_prefix)
                        values ('9399', 'สพป.ทดสอบขอบเขต', 'Scope test area', 'ศธ 09399')
                        on conflict (code) do update set code = excluded.code returning id""").query(Long.class).single();
        assertThat(page.request().get(url("/achievement?area=" + otherArea)).status())
                .as("another area's dashboard")
                .isEqualTo(404);
        assertAccessible();
        screenshot("achievement-dashboard");

        page.getByLabel("วิธีจัดกลุ่มสีคุณภาพ").selectOption(new SelectOption().setValue("FIXED_BANDS"));
        page.waitForURL(Pattern.compile(".*policy=FIXED_BANDS.*"));
        assertThat(page.locator("#distribution")).containsText("50 ขึ้นไป");
        assertThat(page.locator("#schools td.qg-FIXED_BANDS-FROM_50").first()).isVisible();

        String best = page.locator("#schools tbody tr th a").first().textContent();
        exportsCarryTheSameFigures("โรงเรียน", best, schoolsWithOnetP6(), 2);
        page.locator("#schools tbody tr th a").first().click();
        assertThat(page.locator("h1")).hasText(best);
        assertThat(page.locator("#gaps tbody tr")).hasCount(5);
        int years = jdbc.sql("""
                        select count(distinct academic_year) from achievement.school_result r join registry.school s on s.id = r.school_id
                        where s.name_th = :n and exam = 'ONET' and grade = 'P6'""").param("n", best).query(Integer.class).single();
        assertThat(page.locator("#group-history tbody tr")).hasCount(years);
        assertNothingBelowTheFooter();
        assertAccessible();
        screenshot("achievement-school");
    }

    private int schoolsWithOnetP6() {
        return jdbc.sql("""
                        select count(distinct r.school_id) from achievement.school_result r join registry.area a on a.id = r.area_id
                        where a.code = '9302' and r.exam = 'ONET' and r.grade = 'P6'""").query(Integer.class).single();
    }

    @Test
    void aSupervisorOnAPhoneImportsResultsAndSeesEveryBadRow() {
        phone();
        signIn("supervisor", DEMO_PASSWORD);
        page.navigate(url("/achievement/imports"));
        assertAccessible();
        String school = "93020003";
        BigDecimal before = thaiMean(school);
        String bad = "academic_year,exam,grade,school_code,subject,examinees,mean,sd\n"
                + "2567,ONET,P6," + school + ",THAI,20,61.5,10\n"
                + "2567,ONET,P6," + school + ",THAI,20,101,10\n"
                + "2567,ONET,P6,12345678,MATH,20,40,10\n";
        page.getByLabel("เลือกไฟล์").setInputFiles(new FilePayload("bad.csv", "text/csv", bytes(bad)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("นำเข้า"))
                .click();
        assertThat(page.locator("#import-errors tbody tr")).hasCount(2);
        assertThat(page.locator("#import-errors")).containsText("ไม่พบโรงเรียนรหัส \"12345678\"");
        assertThat(page.locator("#import-errors")).containsText("ต้องเป็นตัวเลข 0–100");
        assertThat(thaiMean(school)).isEqualByComparingTo(before);
        screenshot("achievement-import-errors-phone");

        String good = "academic_year,exam,grade,school_code,subject,examinees,mean,sd\n" + "2567,ONET,P6," + school
                + ",THAI,20,61.5,10\n";
        page.getByLabel("เลือกไฟล์").setInputFiles(new FilePayload("good.csv", "text/csv", bytes(good)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("นำเข้า"))
                .click();
        assertThat(page.locator("#import-report")).containsText("แทนที่ผลเดิม: 1");
        assertThat(thaiMean(school)).isEqualByComparingTo("61.5");
    }

    private BigDecimal thaiMean(String school) {
        return jdbc.sql("""
                        select mean from achievement.school_result r join registry.school s on s.id = r.school_id
                        where s.code = :c and academic_year = 2567 and exam = 'ONET' and grade = 'P6'
                          and subject = 'THAI'""").param("c", school).query(BigDecimal.class).single();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theDirectorSetsATargetAndSeesWhoMeetsIt() {
        signIn("director", DEMO_PASSWORD);
        page.navigate(url("/achievement/progress"));
        assertNothingBelowTheFooter();
        assertAccessible();
        var mathRow = page.locator("#targets tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("คณิตศาสตร์"));
        page.getByLabel("ตั้งเป้าหมายของวิชา").selectOption(new SelectOption().setValue("MATH"));
        page.getByLabel("เป้าหมาย", new Page.GetByLabelOptions().setExact(true)).fill("30");
        page.getByLabel("ตั้งแต่ปีการศึกษา").fill("2568");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกเป้าหมาย"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
        assertThat(mathRow.locator("td").first()).hasText("30.00");
        int meeting = jdbc.sql("""
                        select count(*) from achievement.school_result r join registry.area a on a.id = r.area_id
                        where a.code = '9302' and academic_year = 2568 and exam = 'ONET' and grade = 'P6'
                          and subject = 'MATH' and round(mean, 2) >= 30""").query(Integer.class).single();
        assertThat(mathRow.locator("td").last()).containsText(meeting + " / ");

        page.getByLabel("เป้าหมาย", new Page.GetByLabelOptions().setExact(true)).fill("สูงมาก");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกเป้าหมาย"))
                .click();
        assertThat(page.locator(".alert-danger")).containsText("เป้าหมายต้องเป็นตัวเลข 0–100");
        assertThat(mathRow.locator("td").first()).hasText("30.00");
        screenshot("achievement-progress");

        page.navigate(url("/achievement/rewards"));
        assertThat(page.locator("main")).containsText("เลี้ยงขนมจีน ณ สำนักงานเขตพื้นที่");
        assertAccessible();

        page.locator("details")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("เปลี่ยนรางวัล"))
                .last()
                .locator("summary")
                .click();
        page.getByLabel("รางวัล (ภาษาไทย)").last().fill("เลี้ยงก๋วยเตี๋ยว ณ สำนักงานเขตพื้นที่");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึก"))
                .last()
                .click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
        assertThat(page.locator("main")).containsText("เลี้ยงก๋วยเตี๋ยว ณ สำนักงานเขตพื้นที่");
        screenshot("achievement-rewards");
        assertThat(jdbc.sql(
                                "select name_th from achievement.quality_reward where area_id is null and group_code = 'RED'")
                        .query(String.class)
                        .single())
                .as("the default for other areas stays")
                .isEqualTo("เลี้ยงขนมจีน ณ สำนักงานเขตพื้นที่");

        var progressExcel = page.request().get(url("/achievement/progress/export.xlsx"));
        assertThat(progressExcel.status()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(progressExcel.body()))) {
            assertThat(book.getSheetAt(0).getRow(5).getCell(1).getNumericCellValue())
                    .as("the saved target of คณิตศาสตร์, the second subject, is in the export")
                    .isEqualTo(30.0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var rewardsPdf = page.request().get(url("/achievement/rewards/export.pdf"));
        assertThat(rewardsPdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(page.request().get(url("/achievement/nothing/export.pdf")).status())
                .isEqualTo(404);
    }

    @Test
    void theAdministratorEditsAPolicyAndBadParametersChangeNothing() {
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/achievement/policies"));
        assertAccessible();
        long id = jdbc.sql("select id from achievement.quality_policy where code = 'FIXED_BANDS'")
                .query(Long.class)
                .single();
        page.navigate(url("/achievement/policies/" + id));
        assertThat(page.getByLabel("รหัสกลุ่ม 1", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("FROM_50");
        assertAccessible();
        // A band that is not a number, and a band pointing at a group removed in the same edit: refused whole.
        page.getByLabel("ค่าอย่างน้อย 1", new Page.GetByLabelOptions().setExact(true))
                .fill("ห้าสิบ");
        page.getByLabel("รหัสกลุ่ม 4", new Page.GetByLabelOptions().setExact(true))
                .fill("");
        page.getByLabel("ชื่อภาษาไทย 4", new Page.GetByLabelOptions().setExact(true))
                .fill("");
        page.getByLabel("ชื่อภาษาอังกฤษ 4", new Page.GetByLabelOptions().setExact(true))
                .fill("");
        save();
        assertThat(page.locator("#policy-errors")).containsText("\"ห้าสิบ\" ไม่ใช่ตัวเลข (แถว 1)");
        page.getByLabel("ค่าอย่างน้อย 1", new Page.GetByLabelOptions().setExact(true))
                .fill("50");
        save();
        assertThat(page.locator("#policy-errors")).containsText("แต่ละช่วงต้องเลือกกลุ่มที่มีอยู่");
        assertThat(jdbc.sql("select jsonb_array_length(groups) from achievement.quality_policy where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        screenshot("policy-edit");

        page.navigate(url("/achievement/policies/" + id));
        page.getByLabel("ค่าอย่างน้อย 1", new Page.GetByLabelOptions().setExact(true))
                .fill("55");
        page.getByLabel("ชื่อภาษาไทย 1", new Page.GetByLabelOptions().setExact(true))
                .fill("55 ขึ้นไป");
        save();
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
        assertThat(page.locator("main")).containsText("55 ขึ้นไป: ≥ 55");
        assertThat(jdbc.sql("select params->'bands'->0->>'min' from achievement.quality_policy where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("55");
        assertThat(jdbc.sql("select count(*) from platform.audit_event where entity_type = 'quality_policy'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private void save() {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("บันทึก").setExact(true))
                .click();
    }

    @Test
    void theAdministratorAddsASubjectAndCannotCutOffYearsThatHaveResults() {
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/achievement/exams"));
        assertThat(page.locator("#exam-ONET")).containsText("คณิตศาสตร์");
        assertAccessible();
        long before = subjectRows();

        page.locator("#exam-LAS summary").click();
        page.locator("#add-LAS-code").fill("ALL");
        page.locator("#add-LAS-th").fill("วิทยาศาสตร์");
        page.locator("#add-LAS-en").fill("Science");
        page.locator("#add-LAS-first").fill("2569");
        page.locator("#add-LAS-last").fill("2560");
        page.locator("#exam-LAS")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("เพิ่ม"))
                .click();
        assertThat(page.locator("#subject-errors")).containsText("ไม่ใช่ ALL");
        assertThat(page.locator("#subject-errors")).containsText("ปีสุดท้ายต้องไม่ก่อนปีเริ่ม");
        assertThat(page.locator("#add-LAS-th")).hasValue("วิทยาศาสตร์");
        assertThat(subjectRows()).isEqualTo(before);

        // LAS has had SCI for every grade since 2550: a second SCI from 2569 would overlap it.
        page.locator("#add-LAS-code").fill("SCI");
        page.locator("#add-LAS-last").fill("");
        page.locator("#exam-LAS")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("เพิ่ม"))
                .click();
        assertThat(page.locator("#subject-errors")).containsText("วิชานี้มีอยู่แล้วในปี 2550–");
        assertThat(subjectRows()).isEqualTo(before);

        page.locator("#add-LAS-code").fill("READ");
        page.locator("#add-LAS-th").fill("การอ่านจับใจความ");
        page.locator("#add-LAS-en").fill("Reading comprehension");
        page.locator("#exam-LAS")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("เพิ่ม"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
        assertThat(page.locator("#exam-LAS tbody")).containsText("การอ่านจับใจความ");
        assertThat(subjectRows()).isEqualTo(before + 1);
        screenshot("achievement-exams");

        // O-NET P6 Thai has results up to 2568: its years may not end before them.
        long thai = jdbc.sql("""
                        select id from achievement.exam_subject
                        where exam = 'ONET' and grade = 'P6' and code = 'THAI' and first_year = 2562""").query(Long.class).single();
        page.navigate(url("/achievement/exams/subjects/" + thai));
        assertAccessible();
        page.getByLabel("ถึงปีการศึกษา (ว่าง = ปัจจุบัน)").fill("2565");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึก"))
                .click();
        assertThat(page.locator("#subject-errors")).containsText("2566");
        assertThat(jdbc.sql("select last_year is null from achievement.exam_subject where id = :id")
                        .param("id", thai)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theDirectorComparesTheAreaWithOtherAreas() {
        signIn("director", DEMO_PASSWORD);
        page.navigate(url("/achievement"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("เทียบเขตพื้นที่"))
                .click();
        assertThat(page.locator("h1")).hasText("เทียบเขตพื้นที่");
        int areas = jdbc.sql("""
                        select count(distinct scope) from achievement.reference_result
                        where scope like 'AREA:%' and exam = 'ONET' and grade = 'P6' and academic_year = 2568""").query(Integer.class).single();
        assertThat(page.locator("#areas tbody tr")).hasCount(areas);
        assertThat(page.locator("#own-area")).containsText("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2");
        assertThat(page.locator("#own-area")).containsText("จาก " + areas + " เขต");
        // The lower-limit rule needs each student's score, which area rows do not have: it is not offered here.
        assertThat(page.locator("#f-policy option[value=ONESQA_LOWER_LIMIT]")).hasCount(0);
        assertAccessible();
        screenshot("achievement-among-areas");

        page.getByLabel("วิธีจัดกลุ่มสีคุณภาพ").selectOption(new SelectOption().setValue("FIXED_BANDS"));
        page.waitForURL(Pattern.compile(".*policy=FIXED_BANDS.*"));
        assertThat(page.locator("#areas td[class^=qg-FIXED_BANDS-]").first()).isVisible();
        String top = page.locator("#areas tbody tr th span").first().textContent();
        exportsCarryTheSameFigures("เขตพื้นที่", top, areas, 1);
        assertThat(page.request()
                        .get(url("/achievement/among-areas/export.pdf?policy=FIXED_BANDS"))
                        .status())
                .isEqualTo(200);
    }

    private long subjectRows() {
        return jdbc.sql("select count(*) from achievement.exam_subject")
                .query(Long.class)
                .single();
    }

    /**
     * The Excel download has the page's table (its first column headed {@code heading}, {@code first} on top, one row
     * per row of the page) with group colours; the PDF is Thai text a reader can extract, of at least
     * {@code pages} pages.
     */
    private void exportsCarryTheSameFigures(String heading, String first, int rows, int pages) {
        var download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ดาวน์โหลด Excel"))
                        .click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.createReadStream())) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(heading);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo(first);
            assertThat(sheet.getLastRowNum() - 3).isEqualTo(rows);
            var fill = sheet.getRow(4).getCell(2).getCellStyle().getFillForegroundColorColor();
            assertThat(fill).as("cells are filled with the group colour").isNotNull();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var pdf = page.request()
                .get(
                        page.locator("#downloads a").nth(1).getAttribute("href").startsWith("/")
                                ? url(page.locator("#downloads a").nth(1).getAttribute("href"))
                                : page.locator("#downloads a").nth(1).getAttribute("href"));
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        try {
            var reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text.replace("\u200b", "")).contains(first);
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(pages);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
