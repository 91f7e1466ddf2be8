package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A teacher on a phone (390 px) records a day's training with its certificate; the school's director verifies it
 * from the queue; the teacher's verified hours go up from 0 to 6 of 20; the personnel group sees the teacher among
 * those below the target (a colleague with 20 verified hours is not), by school, and downloads the list as Excel;
 * the group enters an award for the teacher, found by name, and corrects its name; the teacher starts an Action Learning project with the colleague, records
 * a cycle, the director finishes it and the teacher's hours go to 9; the administrator sees the shipped 20 hours
 * marked as a starting figure and sets the area's own from the next fiscal year (area 7150).
 */
class DevelopmentJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTeacherRecordsTheDirectorVerifiesAndTheGroupSeesWhoIsBelow() {
        TestArea area = TestArea.open(spring, "7150");
        long school = area.school("0001", "โรงเรียนบ้านใฝ่เรียน");
        long director = area.person("715000000001", "มานะ", "ตรวจดี", "SCHOOL_DIRECTOR", school);
        long teacher = area.person("715000000002", "วันดี", "ใฝ่รู้", "TEACHER", school);
        long reached = area.person("715000000003", "ครบ", "ชั่วโมงแล้ว", "TEACHER", school);
        area.account("director.7150", Role.SCHOOL_DIRECTOR, school);
        area.link(director, "director.7150");
        area.account("teacher.7150", Role.TEACHER, school);
        area.link(teacher, "teacher.7150");
        area.account("hr.7150", Role.AREA_STAFF, area.unit("PERSONNEL"));
        jdbc.sql("""
                        insert into personnel.training_record (area_id, person_id, person_name, school_id, filed_by,
                            title, provider, kind, first_day, last_day, hours, fiscal_year, status)
                        values (:a, :p, 'นางครบ ชั่วโมงแล้ว', :s, 0, 'PLC ภาษาไทย', 'โรงเรียน', 'PLC',
                            date '2026-11-02', date '2026-11-06', 20, 2570, 'VERIFIED')""")
                .param("a", area.id())
                .param("p", reached)
                .param("s", school)
                .update();

        signIn("teacher.7150", TestArea.PASSWORD);
        page.setViewportSize(390, 844);
        page.navigate(url("/personnel/development"));
        assertThat(page.locator("#verified-hours")).hasText("0 จาก 20 ชั่วโมง");
        page.getByLabel("หลักสูตร/เรื่อง").fill("การจัดการเรียนรู้เชิงรุก (Active Learning)");
        page.getByLabel("หน่วยงานที่จัด").fill("สพป.ทดสอบ 7150");
        page.getByLabel("ประเภท").selectOption("TRAINING");
        page.getByLabel("ตั้งแต่วันที่").fill("2026-11-27");
        page.getByLabel("ถึงวันที่").fill("2026-11-27");
        page.getByLabel("จำนวนชั่วโมง").fill("6");
        page.getByLabel("เกียรติบัตร/หลักฐาน (ถ้ามี)")
                .setInputFiles(new FilePayload(
                        "เกียรติบัตร.pdf", "application/pdf", org.khet.TestFiles.pdfBy("Wandee Fairu")));
        look("development-form");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("บันทึก").setExact(true))
                .click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกการพัฒนาแล้ว รอตรวจสอบ");
        assertThat(page.locator("#pending-hours")).hasText("รอตรวจสอบ 6 ชั่วโมง");
        assertThat(page.locator("#verified-hours")).hasText("0 จาก 20 ชั่วโมง");
        assertThat(page.locator("#records")).containsText("รอตรวจสอบ");
        look("development-recorded");

        as("director.7150");
        page.setViewportSize(390, 844);
        page.navigate(url("/personnel/development/queue"));
        assertThat(page.locator("#queue")).containsText("นางวันดี ใฝ่รู้");
        look("development-queue");
        page.locator("#queue a")
                .filter(new Locator.FilterOptions().setHasText("Active Learning"))
                .click();
        assertThat(page.locator("#certificate")).hasText("เกียรติบัตร.pdf");
        look("development-record");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ตรวจสอบแล้ว ถูกต้อง"))
                .click();
        assertThat(page.locator("#status")).hasText("ตรวจสอบแล้ว");
        page.navigate(url("/personnel/development/people"));
        assertThat(page.locator("#person-" + teacher + " .hours")).hasText("6 / 20 ชม.");
        look("development-school");

        as("teacher.7150");
        page.setViewportSize(390, 844);
        page.navigate(url("/personnel/development"));
        assertThat(page.locator("#verified-hours")).hasText("6 จาก 20 ชั่วโมง");
        assertThat(page.locator("#target-state")).hasText("ยังขาดอีก 14 ชั่วโมง");
        look("development-mine");

        as("hr.7150");
        page.setViewportSize(390, 844);
        page.navigate(url("/personnel/development/people?area=7150&year=2570"));
        assertThat(page.locator("#people-heading")).hasText("ยังไม่ถึงเกณฑ์ 2 คน");
        assertThat(page.locator("#people")).containsText("นางวันดี ใฝ่รู้");
        assertThat(page.locator("#people")).containsText("นางมานะ ตรวจดี");
        assertThat(page.locator("#people")).not().containsText("ชั่วโมงแล้ว");
        assertThat(page.locator("#place-71500001")).containsText("โรงเรียนบ้านใฝ่เรียน");
        look("development-area");
        var download = page.waitForDownload(() -> page.locator("#people-files a")
                .filter(new Locator.FilterOptions().setHasText("Excel"))
                .click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("development-7150-2570-below.xlsx");

        // The group enters an award for the teacher; everyone of the area sees it.
        page.navigate(url("/personnel/development/awards?area=7150"));
        page.getByLabel("ค้นหาด้วยชื่อโรงเรียนหรือชื่อ-นามสกุล").fill("วันดี");
        page.locator("#r-P" + teacher).check();
        page.getByLabel("ชื่อรางวัล").fill("ครูดีเด่นด้านการจัดการเรียนรู้");
        page.getByLabel("ระดับ").selectOption("AREA");
        page.getByLabel("วันที่ได้รับ").fill("2026-11-16");
        page.getByLabel("หน่วยงานที่มอบ").fill("สพป.ทดสอบ 7150");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกรางวัล"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกรางวัลแล้ว");
        assertThat(page.locator("#awards")).containsText("ครูดีเด่นด้านการจัดการเรียนรู้");
        assertThat(page.locator("#awards")).containsText("นางวันดี ใฝ่รู้");
        look("development-awards");
        page.getByLabel("ค้นหาด้วยชื่อโรงเรียนหรือชื่อ-นามสกุล").fill("ใฝ่");
        assertThat(page.locator("#a-recipients .form-check").first()).isVisible();
        look("development-award-search");
        page.locator("#awards a").first().click();
        page.getByLabel("ชื่อรางวัล").fill("ครูดีเด่นด้านการจัดการเรียนรู้ ประจำปี 2569");
        look("development-award-correct");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกการแก้ไข"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("แก้ไขรางวัลแล้ว");
        assertThat(page.locator("#awards")).containsText("ประจำปี 2569");

        // The teacher starts an Action Learning project with a colleague; the director finishes it after a cycle.
        as("teacher.7150");
        page.setViewportSize(390, 844);
        page.navigate(url("/personnel/development/action-learning"));
        page.getByLabel("ชื่อโครงการ").fill("ฝึกอ่านคล่อง ป.2");
        page.getByLabel("ปัญหา").fill("นักเรียน ป.2 อ่านไม่คล่อง 6 คน");
        page.getByLabel("เป้าหมาย").fill("อ่านคล่องทุกคนภายในภาคเรียน");
        page.getByLabel("สมาชิกทีม").selectOption(new String[] {String.valueOf(reached)});
        look("development-action-learning");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เริ่มโครงการ"))
                .click();
        assertThat(page.locator("#members")).containsText("นางครบ ชั่วโมงแล้ว");
        for (String[] step : new String[][] {
            {"PLAN", "2026-11-23", "ฝึกอ่านวันละ 15 นาที"}, {"REFLECT", "2026-11-30", "อ่านดีขึ้น 5 จาก 6 คน"}
        }) {
            page.getByLabel("ขั้นตอน").selectOption(step[0]);
            page.getByLabel("วันที่", new Page.GetByLabelOptions().setExact(true))
                    .fill(step[1]);
            page.getByLabel("สิ่งที่ทำ/พบ").fill(step[2]);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกขั้นตอน"))
                    .click();
            assertThat(page.locator(".alert-success")).hasText("บันทึกขั้นตอนแล้ว");
        }
        assertThat(page.locator("#status")).hasText("กำลังดำเนินการ");
        String project = page.url();
        as("director.7150");
        page.setViewportSize(390, 844);
        page.navigate(project);
        look("development-action-learning-project");
        page.getByLabel("ผลที่เกิดขึ้น").fill("นักเรียนอ่านคล่อง 5 จาก 6 คน");
        page.getByLabel("ชั่วโมงพัฒนาของสมาชิกแต่ละคน").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ปิดโครงการ"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("ปิดโครงการแล้ว สมาชิกได้รับชั่วโมงพัฒนา");
        assertThat(page.locator("#status")).hasText("เสร็จสิ้น");
        assertThat(page.locator("#al-hours")).hasText("คนละ 3 ชั่วโมง");
        as("teacher.7150");
        page.navigate(url("/personnel/development"));
        assertThat(page.locator("#verified-hours")).hasText("9 จาก 20 ชั่วโมง");

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/personnel/development"));
        assertThat(page.locator("#development-rules")).containsText("ครู · 20 ชม. · ทุกเขต");
        assertThat(page.locator("#development-rules")).containsText("ตัวเลขเริ่มต้น");
        assertThat(page.locator("#check-circular")).containsText("ก.ค.ศ.");
        page.getByLabel("กลุ่มตำแหน่ง").selectOption("TEACHER");
        page.getByLabel("ชั่วโมงต่อปีงบประมาณ").fill("24");
        page.getByLabel("มีผลตั้งแต่").fill("2027-10-01");
        page.getByLabel("รหัสเขตพื้นที่ (เว้นว่าง = ทุกเขต)").fill("7150");
        page.getByLabel("ตามหนังสือ/ประกาศ").fill("ประกาศ สพท. เรื่องการพัฒนาครู");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกเกณฑ์"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกเกณฑ์ชั่วโมงพัฒนาแล้ว");
        assertThat(page.locator("#development-rules")).containsText("ครู · 24 ชม. · 7150");
        look("development-rules");
    }
}
