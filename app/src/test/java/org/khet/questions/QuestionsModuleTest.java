package org.khet.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public Q&A alone, with the platform and registry it stands on and without the complaint centre, on two area
 * offices it opens for itself: a question keeps nothing of its asker, only its own area's staff answer it, and the
 * public sees it only between publishing and setting aside.
 */
@ModuleTest
class QuestionsModuleTest {

    private static final String PASSWORD = "Questions-module-test-2569";

    @Autowired
    ApplicationContext context;

    @Autowired
    Questions questions;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQuestionIsAnsweredOnlyByItsAreasStaffAndShownOnlyWhilePublished() {
        TestArea area = TestArea.open(context, "8611");
        KhetUser staff = legalOfficer("questions-legal-8611", area);
        KhetUser elsewhere = legalOfficer("questions-legal-8612", TestArea.open(context, "8612"));

        long id = questions.ask(area.code(), "PROMOTION", "นางทดสอบ ถามว่าเลื่อนวิทยฐานะ qmod8611 ได้เมื่อใด");
        assertThat(questions.published("", "qmod8611", 100)).isEmpty();
        assertThat(questions.desk(staff)).extracting(Questions.Question::id).contains(id);
        assertThat(questions.desk(elsewhere)).extracting(Questions.Question::id).doesNotContain(id);

        assertThatThrownBy(() -> questions.answer(id, 0, "ถาม", "ตอบ", elsewhere))
                .isInstanceOf(ForbiddenException.class);
        String edited = "ครูเลื่อนวิทยฐานะ qmod8611 ได้เมื่อใด";
        questions.answer(id, 0, edited, "ยื่นได้เมื่อครบคุณสมบัติตามหลักเกณฑ์ ก.ค.ศ.", staff);
        assertThat(questions.published("PROMOTION", "qmod8611", 100))
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.question()).isEqualTo(edited);
                    assertThat(q.areaId()).isEqualTo(area.id());
                    assertThat(q.status()).isEqualTo("PUBLISHED");
                });
        assertThat(questions.published("TRANSFER", "qmod8611", 100)).isEmpty();

        assertThatThrownBy(() -> questions.reject(id, 0, staff))
                .as("a change made on a stale copy")
                .isInstanceOf(ConflictException.class);
        questions.reject(id, 1, staff);
        assertThat(questions.published("", "qmod8611", 100)).isEmpty();
    }

    @Test
    void aQuestionKeepsNothingOfItsAskerAndBadInputStoresNothing() {
        TestArea area = TestArea.open(context, "8613");
        long id = questions.ask(area.code(), "TRANSFER", "ย้ายกรณีพิเศษ qmod8613 ต้องใช้เอกสารใด");
        assertThat(jdbc.sql("""
                        select count(*) from questions.public_question
                        where id = :id and date_trunc('hour', asked_at) = asked_at and answered_by is null""").param("id", id).query(Long.class).single())
                .as("asked to the hour, by nobody")
                .isOne();
        assertThat(jdbc.sql("""
                        select count(*) from platform.audit_event where entity_type = 'public_question'
                        and entity_id = :id and action = 'CREATE' and user_id is null and username = 'anonymous'""")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isOne();

        long before = asked(area);
        assertThatThrownBy(() -> questions.ask(area.code(), "GOSSIP", "  "))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("topic", "question"));
        assertThat(asked(area)).isEqualTo(before);
    }

    private KhetUser legalOfficer(String username, TestArea area) {
        long id = accounts.create(
                username,
                "นิติกร " + area.code(),
                null,
                PASSWORD,
                List.of(new RoleGrant(Role.LEGAL_OFFICER, area.id(), null, null)));
        return accounts.signedIn(accounts.byId(id).orElseThrow());
    }

    private long asked(TestArea area) {
        return jdbc.sql("select count(*) from questions.public_question where area_id = :a")
                .param("a", area.id())
                .query(Long.class)
                .single();
    }
}
