package org.khet.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public Q&A page's form: a robot that fills in the trap field is refused in the Q&A's own words. */
class PublicQuestionPagesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
}
