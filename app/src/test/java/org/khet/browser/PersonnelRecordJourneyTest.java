package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khet.platform.Role;
import org.khet.registry.PeopleImport;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The personnel group on a phone (area 6920): the retirements of fiscal year 2569 list a teacher born on 1 October
 * 1966; her record shows her national ID masked and the day she retires; a first appointment before her birth is
 * refused in Thai and kept as typed; the record is saved with her salary and level; a qualification is added. The
 * administrator's page shows the age of retirement with its law.
 */
class PersonnelRecordJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void thePersonnelGroupEditsARecordOnAPhone() {
        TestArea area = TestArea.open(spring, "6920");
        area.school("0001", "โรงเรียนบ้านประวัติ");
        String nationalId = ThaiNationalId.withCheckDigit("692000000001");
        String csv = "area_code,national_id,title,first_name_th,last_name_th,position,school_code,birth_date\n"
                + "6920," + nationalId + ",นาง,บุญมา,เกษียณสุข,TEACHER,69200001,1/10/2509\n";
        spring.getBean(PeopleImport.class).run(csv.getBytes(StandardCharsets.UTF_8), area.admin());
        area.account("personnel.6920", Role.AREA_STAFF, area.unit("PERSONNEL"));

        signIn("personnel.6920", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/retirements?year=2569"));
        assertThat(page.locator("h1")).hasText("ผู้เกษียณอายุราชการ ปีงบประมาณ 2569");
        assertThat(page.locator("#retirees tbody tr")).hasCount(1);
        assertThat(page.locator("#retirees")).containsText("30 ก.ย. 2569");
        look("personnel-retirements");

        page.getByText("นางบุญมา เกษียณสุข").click();
        assertThat(page.locator("h1")).hasText("นางบุญมา เกษียณสุข");
        assertThat(page.locator("#national-id")).not().containsText(nationalId.substring(0, 9));
        assertThat(page.locator("#retires-on")).hasText("30 ก.ย. 2569");
        page.getByLabel("วันบรรจุครั้งแรก").fill("1960-01-01");
        page.getByLabel("เงินเดือน (บาท)").fill("41250");
        page.getByLabel("อันดับ/ขั้น").fill("คศ.3");
        page.locator("#save-record").click();
        assertThat(page.locator("#appointed_on-error")).hasText("วันบรรจุต้องอยู่หลังวันเกิด");
        assertThat(page.getByLabel("เงินเดือน (บาท)")).hasValue("41250");

        page.getByLabel("วันบรรจุครั้งแรก").fill("1989-05-16");
        page.locator("#save-record").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกทะเบียนประวัติแล้ว");
        assertThat(page.getByLabel("อันดับ/ขั้น")).hasValue("คศ.3");

        page.getByLabel("วุฒิ เช่น ค.บ. ศษ.ม.").fill("ค.บ.");
        page.getByLabel("สาขาวิชา").fill("คณิตศาสตร์");
        page.getByLabel("สถาบัน").fill("วิทยาลัยครูนครราชสีมา");
        page.getByLabel("ปีที่สำเร็จ (พ.ศ.)").fill("2531");
        page.locator("#add-qualification").click();
        assertThat(page.locator(".alert-success")).hasText("เพิ่มวุฒิการศึกษาแล้ว");
        assertThat(page.locator("#qualification-list")).containsText("ค.บ. · คณิตศาสตร์");
        assertThat(page.locator("#qualification-list")).containsText("วิทยาลัยครูนครราชสีมา 2531");
        look("personnel-record");

        page.locator("#leave-kept").click();
        page.getByLabel("ประเภทการลา").selectOption("PERSONAL");
        page.getByLabel("ลาไปแล้ว (วัน)").fill("2");
        page.getByLabel("หมายเหตุ").fill("จากสมุดลงเวลา");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกยอดยกมา"))
                .click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกยอดยกมาแล้ว");
        assertThat(page.locator("#opening-rows")).containsText("จากสมุดลงเวลา");
        assertThat(page.locator("#balance-PERSONAL")).containsText("ใช้แล้ว 2 จาก");
        look("personnel-leave-opening");

        page.navigate(url("/personnel/people"));
        page.getByLabel("ชื่อหรือนามสกุล").fill("เกษียณสุข");
        page.getByLabel("ชื่อหรือนามสกุล").press("Enter");
        assertThat(page.locator("#found li")).hasCount(1);
        assertThat(page.locator("#found")).containsText("ครู · โรงเรียนบ้านประวัติ");
        look("personnel-people");

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/personnel/retirement"));
        assertThat(page.locator("#retirement-rules li").first()).containsText("60");
        assertThat(page.locator("#retirement-rules")).containsText("พ.ศ. 2494");
        look("personnel-retirement-rules");
    }
}
