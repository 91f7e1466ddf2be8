package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.personnel.Enrolled;
import org.khet.personnel.common.OfficeTime;
import org.khet.personnel.transfer.TransferMovesDue;
import org.khet.personnel.transfer.TransferSchools;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.BuddhistDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A teacher transfer round end to end on a phone (area 7110): the personnel group creates a round, takes the
 * vacancies from the workforce plan and opens it; a teacher asks to move to the short school; their director agrees;
 * the group closes, scores (a score beyond the maximum refused), publishes the ranking, proposes and confirms the
 * result; the move waits for the round's effective day (the round and the teacher's page say when), the day's job
 * moves the teacher, who then sees where they went, and the registry shows their new school. The administrator's rules page
 * shows the starting figures.
 */
class TransferJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    java.time.Clock clock;

    @Test
    void aTeacherAsksToMoveOnAPhoneAndTheGroupDecides() {
        TestArea area = TestArea.open(spring, "7110");
        TransferSchools.schools(spring, area, 2569);
        LocalDate today = OfficeTime.today(clock);
        long from = Enrolled.school(spring, area, "0001");
        long teacher = TransferSchools.teacher(
                spring, area, "01", "กานดา", "0001", LocalDate.parse("2009-05-16"), today.minusYears(3));
        area.account("teacher.7110", Role.TEACHER, from);
        area.link(teacher, "teacher.7110");
        area.account("director.7110", Role.SCHOOL_DIRECTOR, from);
        area.account("personnel.7110", Role.AREA_STAFF, area.unit("PERSONNEL"));

        signIn("personnel.7110", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/transfers"));
        page.getByLabel("ปีการศึกษา (พ.ศ.)").fill("2569");
        page.getByLabel("วันเปิดรับคำร้อง").fill(today.toString());
        page.getByLabel("วันปิดรับคำร้อง").fill(today.plusDays(14).toString());
        page.getByLabel("วันที่ย้ายมีผล").fill(today.plusDays(30).toString());
        page.locator("#new-round button").click();
        assertThat(page.locator("#round-state")).hasText("ร่าง");
        page.locator("#propose-vacancies").click();
        assertThat(page.locator("#vacancy-71100002")).containsText("5 อัตรา");
        assertThat(page.locator("#vacancy-71100003")).containsText("3 อัตรา");
        page.getByLabel("รหัสโรงเรียน").fill("71100003");
        page.getByLabel("จำนวนอัตรา").fill("1");
        page.getByLabel("กลุ่มสาระการเรียนรู้ที่ต้องการ").selectOption("MATHEMATICS");
        page.getByLabel("วิชาเอกที่ต้องการ").fill("คณิตศาสตร์");
        look("transfer-round-draft");
        page.locator("#vacancy-form button").click();
        assertThat(page.locator("#vacancy-71100003")).containsText("วิชาเอกที่ต้องการ: คณิตศาสตร์");
        assertThat(page.locator("#vacancy-71100003 .wanted-area"))
                .hasText("ต้องการกลุ่มสาระคณิตศาสตร์: จัดให้เฉพาะผู้ที่วิชาเอกแรกอยู่ในกลุ่มสาระนี้");
        page.locator("#open-round").click();
        assertThat(page.locator("#round-state")).hasText("เปิดรับคำร้อง");
        look("transfer-round-open");
        String round = page.url();

        as("teacher.7110");
        phone();
        page.navigate(url("/personnel/transfers"));
        page.locator("#transfer-rounds a").first().click();
        page.getByLabel("ลำดับที่ 1").selectOption("71100002");
        page.getByLabel("ลำดับที่ 2").selectOption("71100003");
        page.getByLabel("เหตุผลการขอย้าย").selectOption("PARENTS");
        page.getByLabel("รายละเอียดเหตุผล").fill("ดูแลมารดาที่ป่วย");
        page.getByLabel("ระยะทางจากภูมิลำเนาถึงโรงเรียนปัจจุบัน (กม.)").fill("85");
        look("transfer-request-form");
        page.locator("#file-request").click();
        assertThat(page.locator(".alert-success")).hasText("ส่งคำร้องขอย้ายแล้ว");
        assertThat(page.locator("#my-request")).containsText("โรงเรียนขาดครูหนึ่ง");
        assertThat(page.locator("#my-opinion")).hasText("รอความเห็นของผู้อำนวยการโรงเรียน");
        look("transfer-request-filed");

        as("director.7110");
        phone();
        page.navigate(round);
        assertThat(page.locator("#for-opinion")).containsText("กานดา");
        page.locator("#for-opinion button").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกความเห็นแล้ว");

        as("personnel.7110");
        phone();
        page.navigate(round);
        page.locator("#close-round").click();
        assertThat(page.locator("#round-state")).hasText("ปิดรับคำร้อง กำลังพิจารณา");
        assertThat(page.locator("#requests")).containsText("เห็นควรให้ย้าย");
        String[] points = {"18", "7", "8", "5", "32", "6"};
        var inputs = page.locator("#requests .card").first().locator("input[type=number]");
        for (int i = 0; i < points.length; i++) {
            inputs.nth(i).fill(points[i]);
        }
        page.locator("#requests .card .save-scores").first().click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกคะแนนแล้ว");
        assertThat(page.locator("#requests .total").first()).hasText("รวม 76.00 คะแนน");
        look("transfer-scoring");
        page.locator("#publish").click();
        assertThat(page.locator("#round-state")).hasText("ประกาศผลการจัดลำดับแล้ว");
        page.locator("#propose").click();
        assertThat(page.locator("#requests .proposed")).hasText("ผลที่เสนอ: ย้ายไป โรงเรียนขาดครูหนึ่ง");
        page.locator("#decide").click();
        assertThat(page.locator("#round-state")).hasText("ยืนยันผลแล้ว รอวันที่ย้ายมีผล");
        // The round takes effect in 30 days: the move waits for that day.
        String movesOn = "จะย้ายไป โรงเรียนขาดครูหนึ่ง วันที่ " + BuddhistDates.abbreviated(today.plusDays(30));
        assertThat(page.locator("#requests .proposed")).hasText(movesOn);
        assertThat(page.locator("#ranking-71100002")).containsText("กานดา");
        look("transfer-decided");

        as("teacher.7110");
        phone();
        page.navigate(url("/personnel/transfers"));
        assertThat(page.locator("#my-requests .result")).hasText(movesOn);
        look("transfer-mine-pending");

        org.assertj.core.api.Assertions.assertThat(
                        spring.getBean(TransferMovesDue.class).runOn(today.plusDays(30)))
                .isEqualTo(1);
        page.reload();
        assertThat(page.locator("#my-requests .result")).hasText("ผลการย้าย: ย้ายไป โรงเรียนขาดครูหนึ่ง");
        assertThat(page.locator("#my-requests .badge")).hasText("ย้ายแล้ว");
        look("transfer-mine-result");

        as("personnel.7110");
        page.navigate(url("/people/" + teacher));
        assertThat(page.locator("main")).containsText("โรงเรียนขาดครูหนึ่ง");

        context.clearCookies();
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/personnel/transfer"));
        assertThat(page.locator("#transfer-criteria")).containsText("ตัวเลขตั้งต้น");
        assertThat(page.locator("#transfer-rules")).containsText("อย่างน้อย 24 เดือน");
        look("transfer-rules");
    }

    @Test
    void twoTeachersSwapOnAPhoneOnceTheDirectorsAgree() {
        TestArea area = TestArea.open(spring, "7111");
        TransferSchools.schools(spring, area, 2569);
        LocalDate today = OfficeTime.today(clock);
        long one = Enrolled.school(spring, area, "0001");
        long two = Enrolled.school(spring, area, "0002");
        long ann = TransferSchools.teacher(
                spring, area, "01", "อัญชลี", "0001", LocalDate.parse("2010-05-16"), today.minusYears(4));
        long bee = TransferSchools.teacher(
                spring, area, "02", "เบญจา", "0002", LocalDate.parse("2011-05-16"), today.minusYears(3));
        area.account("ann.7111", Role.TEACHER, one);
        area.link(ann, "ann.7111");
        area.account("bee.7111", Role.TEACHER, two);
        area.link(bee, "bee.7111");
        area.account("d1.7111", Role.SCHOOL_DIRECTOR, one);
        area.account("d2.7111", Role.SCHOOL_DIRECTOR, two);
        area.account("personnel.7111", Role.AREA_STAFF, area.unit("PERSONNEL"));

        signIn("ann.7111", TestArea.PASSWORD);
        phone();
        page.navigate(url("/personnel/transfers"));
        page.locator("#swaps-link").click();
        page.getByLabel("ค้นหาครูที่จะขอสับเปลี่ยน ด้วยชื่อหรือชื่อโรงเรียน").pressSequentially("ขาดครูหนึ่ง");
        page.getByLabel("เบญจา ย้าย7111 · โรงเรียนขาดครูหนึ่ง").check();
        page.getByLabel("รายละเอียดเหตุผล").fill("ต่างคนต่างใกล้บ้าน");
        look("transfer-swap-ask");
        page.locator("#ask-swap button").click();
        assertThat(page.locator(".alert-success")).hasText("ส่งคำขอสับเปลี่ยนแล้ว");
        assertThat(page.locator("#swaps .swap-state")).hasText("รอความเห็นชอบ");
        for (String user : new String[] {"bee.7111", "d1.7111", "d2.7111"}) {
            as(user);
            phone();
            page.navigate(url("/personnel/transfers/swaps"));
            page.locator("#swaps .agree").click();
            assertThat(page.locator(".alert-success")).hasText("บันทึกความยินยอมแล้ว");
        }
        as("personnel.7111");
        phone();
        page.navigate(url("/personnel/transfers/swaps"));
        assertThat(page.locator("#swaps")).containsText("✓ ผู้อำนวยการโรงเรียนขาดครูหนึ่ง เห็นชอบแล้ว");
        look("transfer-swap-agreed");
        page.locator("#swaps .approve").click();
        assertThat(page.locator(".alert-success")).hasText("อนุมัติแล้ว ทะเบียนย้ายทั้งสองคนแล้ว");
        assertThat(page.locator("#swaps .swap-state")).hasText("อนุมัติแล้ว");
        page.navigate(url("/people/" + ann));
        assertThat(page.locator("main")).containsText("โรงเรียนขาดครูหนึ่ง");
    }
}
