package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.TestPeers;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.khet.registry.Units;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * The complaint centre alone (with the platform, registry, calendar and notifications it stands on), on an area,
 * accounts and cases it makes for itself: the event each step of a case publishes, none for a refused step or an
 * anonymous filing, and the complainant written to in the language they filed in.
 */
@ModuleTest
class ComplaintsModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Complaints complaints;

    @Autowired
    CaseSteps steps;

    @Autowired
    Escalations escalations;

    @Autowired
    Accounts accounts;

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseTakenFromReceivedToClosedPublishesAnEventForEachStep(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8301");
        KhetUser legal = account("legal.8301", new RoleGrant(Role.LEGAL_OFFICER, area.id(), null, null));
        long unit = units.inArea(area.id()).get(0).id();
        KhetUser officer = account("officer.8301", new RoleGrant(Role.AREA_STAFF, area.id(), unit, null));
        long id = file(area, false, "0810008301", "th");

        steps.accept(id, ComplaintCase.Notes.NONE, legal);
        steps.assign(id, unit, officer.id(), new ComplaintCase.Notes(null, "ตรวจสอบเอกสาร"), legal);
        steps.investigate(id, ComplaintCase.Notes.NONE, officer);
        steps.answer(id, "โรงเรียนชี้แจงแล้ว", ComplaintCase.Notes.NONE, officer);
        steps.close(id, ComplaintCase.Notes.NONE, legal);

        assertThat(events.ofType(CaseEvent.Moved.class).matching(e -> e.complaintId() == id))
                .extracting(CaseEvent.Moved::status)
                .containsExactly(
                        CaseStatus.RECEIVED,
                        CaseStatus.ACCEPTED,
                        CaseStatus.ASSIGNED,
                        CaseStatus.INVESTIGATING,
                        CaseStatus.RESOLVED,
                        CaseStatus.CLOSED);
        assertThat(events)
                .contains(CaseEvent.Assigned.class)
                .matching(e -> e.complaintId() == id && e.unitId() == unit && e.officerId() == officer.id());
        assertThat(column(id, "status")).isEqualTo("CLOSED");
        assertThat(column(id, "outcome")).isEqualTo("โรงเรียนชี้แจงแล้ว");
    }

    @Test
    void aRefusedStepAndAnAnonymousFilingPublishNothing(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8302");
        KhetUser legal = account("legal.8302", new RoleGrant(Role.LEGAL_OFFICER, area.id(), null, null));
        long id = file(area, true, null, null);

        assertThatThrownBy(() -> steps.close(id, ComplaintCase.Notes.NONE, legal))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> steps.decline(id, ComplaintCase.Notes.NONE, legal))
                .as("declined without telling the complainant where to go")
                .isInstanceOf(RejectedException.class);

        assertThat(events.ofType(CaseEvent.class).matching(e -> e.complaintId() == id))
                .isEmpty();
        assertThat(column(id, "status")).isEqualTo("RECEIVED");
    }

    @Test
    void anOverdueCaseIsRaisedOnceAndTheRaiseIsPublished(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8303");
        KhetUser legal = account("legal.8303", new RoleGrant(Role.LEGAL_OFFICER, area.id(), null, null));
        long id = file(area, true, null, null);
        steps.accept(id, ComplaintCase.Notes.NONE, legal);
        jdbc.sql("update complaints.complaint set due_on = current_date - 1 where id = :id")
                .param("id", id)
                .update();

        escalations.runNow();
        escalations.runNow();

        assertThat(events.ofType(CaseEvent.Escalated.class).matching(e -> e.complaintId() == id))
                .containsExactly(new CaseEvent.Escalated(id, 1));
        assertThat(column(id, "escalation")).isEqualTo("1");
    }

    @Test
    void aComplainantWhoFiledInEnglishIsToldInEnglishAndOneWhoFiledInThaiInThai() {
        TestArea area = TestArea.open(context, "8304");
        String english = code(file(area, false, "0810008304", "en"));
        String thai = code(file(area, false, "0820008304", "th"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(TestPeers.sms())
                    .anyMatch(s -> s.contains("0810008304") && s.contains("case " + english + " Received"));
            assertThat(TestPeers.sms())
                    .anyMatch(s -> s.contains("0820008304") && s.contains("เรื่อง " + thai + " รับเรื่องแล้ว"));
        });
    }

    private long file(TestArea area, boolean anonymous, String phone, String language) {
        Complaints.Receipt receipt = complaints.file(
                new Complaints.NewComplaint(
                        area.code(),
                        "HELP",
                        "ขอเอกสารรับรอง " + area.code(),
                        "ทดสอบโมดูลเรื่องร้องเรียน",
                        anonymous,
                        anonymous ? null : "นางทดสอบ โมดูล",
                        phone,
                        null,
                        phone == null ? List.of() : List.of("SMS"),
                        null,
                        language),
                Channel.WEB);
        return jdbc.sql("select id from complaints.complaint where tracking_code = :c")
                .param("c", receipt.trackingCode())
                .query(Long.class)
                .single();
    }

    private KhetUser account(String username, RoleGrant grant) {
        long id = accounts.create(username, username, null, "module-test-" + username, List.of(grant));
        return accounts.signedIn(accounts.byId(id).orElseThrow());
    }

    private String code(long id) {
        return column(id, "tracking_code");
    }

    private String column(long id, String column) {
        return jdbc.sql("select " + column + "::text from complaints.complaint where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
