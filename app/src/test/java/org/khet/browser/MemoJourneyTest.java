package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A memo for approval round its circuit in the browser, on an area of its own (6730): an officer of the office writes
 * it (a memo written wrong comes back with its reasons and nothing kept) and submits it to the director; the director,
 * on a phone, asks another officer's opinion; the officer gives it; the director returns it for correction (a refusal
 * without a reason and a stale form each say so and change nothing); the writer corrects and resubmits it; the
 * director approves it on behalf of the post and the page shows its number and the signature.
 */
class MemoJourneyTest extends BrowserTest {

    private static final int PHONE = 390;
    private static final int LAPTOP = 1280;
    private static final String SUBJECT = "ขออนุมัติจัดอบรมครูด้านการวัดผล";

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemoIsWrittenAskedAboutReturnedCorrectedAndApprovedIntoANumber() {
        TestArea area = TestArea.open(application, "6730");
        area.account("staff.6730", Role.AREA_STAFF, area.unit());
        KhetUser officer = area.account("officer.6730", Role.AREA_STAFF, area.unit());
        area.account("director.6730", Role.AREA_DIRECTOR, null);

        // The officer finds memos from the letters page and writes one; written wrong, nothing is kept.
        signIn("staff.6730", TestArea.PASSWORD);
        page.navigate(url("/correspondence"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("บันทึกข้อความเสนอ"))
                .click();
        assertThat(page.locator("main")).containsText("ท่านยังไม่ได้เขียนบันทึกข้อความ");
        look("memo-list-empty");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("เขียนบันทึกข้อความ"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกร่าง"))
                .click();
        assertThat(page.locator("#subject-error")).hasText("กรุณากรอกเรื่อง");
        assertThat(page.locator("#memo-errors")).isVisible();
        look("memo-write-errors");
        org.assertj.core.api.Assertions.assertThat(memos(area)).isZero();
        page.getByLabel("เรื่อง", new Page.GetByLabelOptions().setExact(true)).fill(SUBJECT);
        page.getByLabel("ข้อความ").fill("กลุ่มนิเทศฯ ขออนุมัติจัดอบรมครู 40 คน ในวันที่ 15 ธันวาคม 2569");
        page.getByLabel("ชั้นความเร็ว").selectOption("URGENT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("บันทึกร่าง"))
                .click();
        assertThat(page.locator("#memo-number")).hasText("ยังไม่ออกเลข (ออกเลขเมื่ออนุมัติ)");
        assertThat(page.locator("#memo .memo-state")).hasText("ร่าง");
        assertThat(page.locator("#to-SUBMIT option:checked")).containsText("director.6730");
        look("memo-draft");
        String memo = page.url().substring(url("").length()).replaceAll("[?#].*", "");
        // A last change typed and submitted in one tap: what was typed is what is submitted.
        page.getByLabel("ข้อความ").fill("กลุ่มนิเทศฯ ขออนุมัติจัดอบรมครู 40 คน ในวันที่ 16 ธันวาคม 2569");
        page.locator("#edit-submit").click();
        assertThat(page.locator("#memo-done")).hasText("เสนอบันทึกข้อความแล้ว");
        assertThat(page.locator("#memo-body")).containsText("16 ธันวาคม 2569");
        assertThat(page.locator("#memo-holder")).hasText("director.6730");

        // The director, on a phone, finds it waiting and asks the other officer's opinion.
        signInAgain("director.6730");
        page.setViewportSize(PHONE, 844);
        page.navigate(url("/"));
        Locator card =
                page.locator("section.card", new Page.LocatorOptions().setHasText("บันทึกข้อความรอท่านดำเนินการ"));
        assertThat(card.locator(".card-count")).hasText("1");
        card.locator("a.card-count").click();
        Locator waiting = page.locator("#memos-waiting a").first();
        assertThat(waiting).containsText(SUBJECT);
        assertThat(waiting).containsText("เสนอแล้ว รอพิจารณา");
        look("memo-waiting");
        waiting.click();
        look("memo-to-decide");
        page.locator("#step-ASK_OPINION summary").click();
        page.locator("#to-ASK_OPINION").selectOption(String.valueOf(officer.id()));
        page.getByLabel("เรื่องที่ขอความเห็น").fill("งบประมาณเพียงพอหรือไม่");
        step("ASK_OPINION");
        assertThat(page.locator("#memo-done")).hasText("ส่งขอความเห็นแล้ว");
        assertThat(page.locator("#memo-actions")).hasCount(0);

        // The officer gives it; the memo goes back to the director.
        signInAgain("officer.6730");
        page.navigate(url("/correspondence/memos"));
        page.locator("#memos-waiting a").first().click();
        page.getByLabel("ความเห็นของท่าน").fill("งบประมาณเพียงพอ ใช้งบพัฒนาครูไตรมาส 2");
        look("memo-opinion");
        step("GIVE_OPINION");
        assertThat(page.locator("#memo-holder")).hasText("director.6730");

        // The director rejects it without a reason: refused, said by the field, nothing changed.
        signInAgain("director.6730");
        page.navigate(url(memo));
        int version = version(memo);
        page.locator("#step-REJECT summary").click();
        step("REJECT");
        assertThat(page.locator("#comment-REJECT-error")).hasText("กรุณาเขียนความเห็นหรือเหตุผล");
        assertThat(page.locator("#memo .memo-state")).hasText("เสนอแล้ว รอพิจารณา");
        look("memo-reject-refused");
        org.assertj.core.api.Assertions.assertThat(version(memo)).isEqualTo(version);

        // A form read before the memo moved is refused and the page shows the memo as it is now.
        page.locator("#step-RETURN summary").click();
        page.locator("#step-RETURN input[name=version]").evaluate("e => e.value = '0'");
        page.getByLabel("สิ่งที่ต้องแก้ไข").fill("เพิ่มรายละเอียดวิทยากร");
        step("RETURN");
        assertThat(page.locator("#memo-conflict")).containsText("มีผู้ดำเนินการไปแล้ว");
        org.assertj.core.api.Assertions.assertThat(version(memo)).isEqualTo(version);
        page.locator("#step-RETURN summary").click();
        page.getByLabel("สิ่งที่ต้องแก้ไข").fill("เพิ่มรายละเอียดวิทยากร");
        step("RETURN");
        assertThat(page.locator("#memo-done")).hasText("ส่งคืนให้ผู้เขียนแก้ไขแล้ว");

        // The writer corrects it and submits it again, to the same director without choosing.
        signInAgain("staff.6730");
        page.setViewportSize(LAPTOP, 900);
        page.navigate(url(memo));
        assertThat(page.locator("#memo .memo-state")).hasText("ส่งคืนแก้ไข");
        assertThat(page.locator("#memo-returned")).hasText("director.6730 ส่งคืนให้แก้ไข: เพิ่มรายละเอียดวิทยากร");
        page.getByLabel("ข้อความ").fill("กลุ่มนิเทศฯ ขออนุมัติจัดอบรมครู 40 คน วิทยากรจากมหาวิทยาลัยราชภัฏ");
        look("memo-returned");
        page.locator("#edit-save").click();
        assertThat(page.locator("#memo-done")).hasText("บันทึกการแก้ไขแล้ว");
        assertThat(page.locator("#memo-body")).containsText("มหาวิทยาลัยราชภัฏ");
        page.locator("#edit-submit").click();
        assertThat(page.locator("#memo-holder")).hasText("director.6730");

        // The director approves it on a phone, signing on behalf of the post; the page shows the number.
        signInAgain("director.6730");
        page.setViewportSize(PHONE, 844);
        page.navigate(url(memo));
        page.getByLabel("ปฏิบัติราชการแทน").check();
        page.getByLabel("ตำแหน่งที่ลงนามแทน").fill("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา");
        step("APPROVE");
        assertThat(page.locator("#memo-done")).hasText("อนุมัติแล้ว ที่ ศธ 06730/1");
        assertThat(page.locator("#memo-number")).hasText("ศธ 06730/1");
        Locator signature = page.locator(".memo-step[data-action=APPROVE] .memo-signature");
        assertThat(signature).containsText("(ลงชื่อ) director.6730");
        assertThat(signature).containsText("ปฏิบัติราชการแทน");
        assertThat(signature).containsText("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา");
        // Written, edited and submitted, asked, answered, returned, saved, edited and submitted again, approved.
        assertThat(page.locator(".memo-step")).hasCount(9);
        look("memo-approved");

        // The writer's list shows it approved with its number, in English too.
        signInAgain("staff.6730");
        page.setViewportSize(LAPTOP, 900);
        page.navigate(url("/correspondence/memos"));
        assertThat(page.locator("#memos-mine a").first()).containsText("ศธ 06730/1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("#memos-mine a").first()).containsText("Approved");
        look("memo-list-en");
    }

    /** Presses the button of the step's form. */
    private void step(String action) {
        page.locator("#step-" + action + " button").click();
    }

    private long memos(TestArea area) {
        return jdbc.sql("select count(*) from correspondence.memo where area_id = :a")
                .param("a", area.id())
                .query(Long.class)
                .single();
    }

    private int version(String memoPath) {
        return jdbc.sql("select version from correspondence.memo where id = :id")
                .param("id", Long.parseLong(memoPath.substring(memoPath.lastIndexOf('/') + 1)))
                .query(Integer.class)
                .single();
    }
}
