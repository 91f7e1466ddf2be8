package org.khet.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Through the public API: the Q&A publishes only what the staff answered, as they edited it, and takes back what
 * they set aside. On an area of its own (6570), answered by its own staff.
 */
class PublicQuestionApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Questions questions;

    @Autowired
    ApplicationContext context;

    @Test
    void aQuestionIsPublishedOnlyOnceAnsweredAndCanBeWithdrawn() {
        TestArea area = TestArea.open(context, "6570");
        var personnel = area.account("personnel.6570", Role.AREA_STAFF, area.unit());
        var teacher = area.account("teacher.6570", Role.TEACHER, area.school("0001", "โรงเรียนทดสอบถามตอบ 6570"));
        Api api = Api.anonymous(port).with("X-Forwarded-For", "198.51.100.63");
        assertThat(api.post("/api/v1/public/questions", """
                                {"area_code": "6570", "topic": "GOSSIP", "question": "x"}""").status()).isEqualTo(422);
        Api.Response asked = api.post("/api/v1/public/questions", """
                {"area_code": "6570", "topic": "TRANSFER", "question": "ครูอัตราจ้างย้ายโรงเรียนได้หรือไม่ นายสมชาย"}""");
        assertThat(asked.status()).isEqualTo(201);
        long id = asked.json().get("id").asLong();
        assertThat(api.get("/api/v1/public/questions?topic=TRANSFER").body()).doesNotContain("ครูอัตราจ้าง");

        questions.answer(
                id, 0, "ครูอัตราจ้างย้ายโรงเรียนได้หรือไม่", "ครูอัตราจ้างไม่ใช่ข้าราชการ จึงไม่มีการย้าย", personnel);
        String published =
                api.get("/api/v1/public/questions?topic=TRANSFER&q=อัตราจ้าง").body();
        assertThat(published).contains("ไม่มีการย้าย", "\"area_code\":\"6570\"").doesNotContain("นายสมชาย");
        assertThat(api.get("/api/v1/public/questions?topic=PROMOTION&q=อัตราจ้าง")
                        .json())
                .isEmpty();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> questions.reject(id, 1, teacher))
                .isInstanceOf(org.khet.shared.ForbiddenException.class);
        questions.reject(id, 1, personnel);
        assertThat(api.get("/api/v1/public/questions?q=อัตราจ้าง").json()).isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from platform.audit_event where entity_type = 'public_question' and entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }
}
