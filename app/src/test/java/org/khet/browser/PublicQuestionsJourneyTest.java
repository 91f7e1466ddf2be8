package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A teacher asks on a phone about a transfer without saying who they are; the personnel officer takes the name
 * out, answers and publishes; the answer is then on the public page for everyone, found by topic and word.
 */
class PublicQuestionsJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQuestionIsAskedAnsweredAndPublished() {
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.73"));
        phone();
        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ถาม-ตอบ การย้าย การเลื่อน การแต่งตั้ง"))
                .click();
        assertThat(page.locator("h1")).hasText("ถาม-ตอบ การย้าย การเลื่อน การแต่งตั้ง");
        assertAccessible();

        Locator ask = page.locator("#ask");
        chooseDemoAreaToAsk();
        ask.getByLabel("หัวข้อ").selectOption("TRANSFER");
        long before = questions();
        // An empty question is refused and nothing is stored (the browser's own check is bypassed to reach the
        // server's).
        ask.locator("#ask-question").evaluate("e => e.removeAttribute('required')");
        expectAnswer(422, "/public/questions#ask");
        send(ask);
        assertThat(page.locator("#question-errors")).containsText("กรุณากรอกคำถาม");
        assertThat(questions()).isEqualTo(before);
        assertAccessible();

        String asked = "ครูนายสมหมาย ขอย้ายข้ามเขตระหว่างปีการศึกษาได้หรือไม่";
        chooseDemoAreaToAsk();
        ask.getByLabel("หัวข้อ").selectOption("TRANSFER");
        ask.getByLabel("คำถาม", new Locator.GetByLabelOptions().setExact(true)).fill(asked);
        send(ask);
        assertThat(page.locator("#question-asked")).containsText("ได้รับคำถามแล้ว");
        assertThat(questions()).isEqualTo(before + 1);
        assertThat(page.locator("#answers")).not().containsText("ขอย้ายข้ามเขตระหว่างปีการศึกษา");
        screenshot("questions-asked-phone");

        page.setViewportSize(1280, 900);
        signIn("personnel", DEMO_PASSWORD);
        long waiting = jdbc.sql(
                        "select count(*) from questions.public_question q join registry.area a on a.id = q.area_id"
                                + " where a.code = '9302' and q.status = 'PENDING'")
                .query(Long.class)
                .single();
        assertThat(page.locator("section.card", new Page.LocatorOptions().setHasText("คำถามจากประชาชนที่รอตอบ"))
                        .locator(".card-count"))
                .hasText(String.valueOf(waiting));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("ถาม-ตอบ").setExact(true))
                .click();
        Locator card = page.locator(".desk-question", new Page.LocatorOptions().setHasText("รอตอบ"))
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(
                                "textarea", new Page.LocatorOptions().setHasText("ขอย้ายข้ามเขตระหว่างปีการศึกษา"))));
        card.getByLabel("คำถาม (แก้ไขก่อนเผยแพร่ได้)").fill("ครูขอย้ายข้ามเขตระหว่างปีการศึกษาได้หรือไม่");
        card.getByLabel("คำตอบ").fill("ยื่นคำร้องขอย้ายได้ตามรอบที่ ก.ค.ศ. กำหนด ระหว่างปีการศึกษาไม่มีรอบย้ายปกติ");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ตอบและเผยแพร่"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("บันทึกเรียบร้อยแล้ว");
        assertAccessible();
        screenshot("questions-desk");

        page.context().clearCookies();
        phone();
        page.navigate(url("/public/questions"));
        page.getByLabel("หัวข้อ").first().selectOption("TRANSFER");
        page.getByLabel("คำค้น").fill("ข้ามเขต");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ค้นหา"))
                .click();
        assertThat(page.locator("#answers .question")).hasCount(1);
        assertThat(page.locator("#answers")).containsText("ระหว่างปีการศึกษาไม่มีรอบย้ายปกติ");
        assertThat(page.locator("#answers")).not().containsText("นายสมหมาย");
        // With more than one area office served, each answer says whose it is.
        jdbc.sql("""
                        insert into registry.area (code, name_th, name_en, letter_prefix)
                        values ('9398', 'สพป.ทดสอบถาม-ตอบ', 'Q&A test area', 'ศธ 09398')
                        on conflict (code) do nothing""").update();
        page.reload();
        assertThat(page.locator("#answers .question .question-area"))
                .hasText("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุง เขต 2");
        assertAccessible();
        screenshot("questions-public-phone");
    }

    private static void send(Locator form) {
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("ส่งคำถาม"))
                .click();
    }

    private long questions() {
        return jdbc.sql("select count(*) from questions.public_question")
                .query(Long.class)
                .single();
    }
}
