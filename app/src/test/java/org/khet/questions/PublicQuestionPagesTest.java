package org.khet.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Q&A's pages: a robot that fills in the public form's trap field is refused in the Q&A's own words; the staff's
 * desk shows each question's status in its own colour with the steps that suit it.
 */
class PublicQuestionPagesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Questions questions;

    @Autowired
    Accounts accounts;

    @Test
    void aFormWithItsTrapFieldFilledIsRefusedAsAQuestionAndStoresNothing() {
        WebSession robot = new WebSession(port, "198.51.100.181");
        String text = "คำถามจากโปรแกรมอัตโนมัติ " + System.nanoTime();
        String form = "areaCode=9302&topic=OTHER&homepage=" + WebSession.enc("https://spam.example") + "&question="
                + WebSession.enc(text);

        HttpResponse<String> refused = robot.postForm("/public/questions", "/public/questions", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("ส่งคำถามไม่สำเร็จ")
                .doesNotContain("ส่งเรื่องไม่สำเร็จ")
                .contains("<form");
        assertThat(jdbc.sql("select count(*) from questions.public_question where question = :q")
                        .param("q", text)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theDeskShowsEachStatusInItsColourWithTheStepsThatSuitIt() {
        KhetUser personnel = accounts.signedIn(accounts.byUsername("personnel").orElseThrow());
        String tag = " desk" + System.nanoTime();
        long waiting = questions.ask("9302", "OTHER", "คำถามรอตอบ" + tag);
        long published = questions.ask("9302", "OTHER", "คำถามเผยแพร่" + tag);
        questions.answer(published, 0, "คำถามเผยแพร่" + tag, "คำตอบที่เผยแพร่", personnel);
        long setAside = questions.ask("9302", "OTHER", "คำถามไม่เผยแพร่" + tag);
        questions.reject(setAside, 0, personnel);
        WebSession staff = new WebSession(port, "198.51.100.182");
        staff.signIn("personnel", DEMO_PASSWORD);

        String desk = staff.get(QuestionDesk.PATH).body();

        assertThat(card(desk, waiting)).contains("badge text-bg-warning\">รอตอบ<", ">ตอบและเผยแพร่<", ">ไม่เผยแพร่<");
        assertThat(card(desk, published))
                .contains("badge text-bg-success\">เผยแพร่แล้ว<", ">แก้ไขคำตอบที่เผยแพร่<", ">ถอนการเผยแพร่<");
        assertThat(card(desk, setAside))
                .contains("badge text-bg-secondary\">ไม่เผยแพร่<", ">ตอบและเผยแพร่<")
                .as("what is already set aside cannot be set aside again")
                .doesNotContain("/reject");
    }

    private static String card(String page, long id) {
        int start = page.indexOf("id=\"question-" + id + "\"");
        assertThat(start).as("the desk shows question %d", id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }
}
