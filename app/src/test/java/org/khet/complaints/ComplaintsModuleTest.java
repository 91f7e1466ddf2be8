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
import org.khet.registry.SchoolMerged;
import org.khet.registry.TestArea;
import org.khet.registry.Units;
import org.khet.shared.ConflictException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

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
        TestArea area = TestArea.open(context, "8701");
        KhetUser legal = account("legal.8701", new RoleGrant(Role.LEGAL_OFFICER, area.id(), null, null));
        long unit = units.inArea(area.id()).get(0).id();
        KhetUser officer = account("officer.8701", new RoleGrant(Role.AREA_STAFF, area.id(), unit, null));
        long id = file(area, false, "0810008301", "th");

        steps.accept(id, version(id), ComplaintCase.Notes.NONE, legal);
        steps.assign(id, version(id), unit, officer.id(), new ComplaintCase.Notes(null, "ตรวจสอบเอกสาร"), legal);
        steps.investigate(id, version(id), ComplaintCase.Notes.NONE, officer);
        steps.answer(id, version(id), "โรงเรียนชี้แจงแล้ว", ComplaintCase.Notes.NONE, officer);
        steps.close(id, version(id), ComplaintCase.Notes.NONE, legal);

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
        TestArea area = TestArea.open(context, "8702");
        KhetUser legal = account("legal.8702", new RoleGrant(Role.LEGAL_OFFICER, area.id(), null, null));
        long id = file(area, true, null, null);

        assertThatThrownBy(() -> steps.close(id, version(id), ComplaintCase.Notes.NONE, legal))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> steps.decline(id, version(id), ComplaintCase.Notes.NONE, legal))
                .as("declined without telling the complainant where to go")
                .isInstanceOf(RejectedException.class);

        assertThat(events.ofType(CaseEvent.class).matching(e -> e.complaintId() == id))
                .isEmpty();
        assertThat(column(id, "status")).isEqualTo("RECEIVED");
    }

    @Test
    void anOverdueCaseIsRaisedOnceAndTheRaiseIsPublished(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8703");
        KhetUser legal = account("legal.8703", new RoleGrant(Role.LEGAL_OFFICER, area.id(), null, null));
        long id = file(area, true, null, null);
        steps.accept(id, version(id), ComplaintCase.Notes.NONE, legal);
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
        TestArea area = TestArea.open(context, "8704");
        String english = code(file(area, false, "0810008704", "en"));
        String thai = code(file(area, false, "0820008704", "th"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(TestPeers.sms())
                    .anyMatch(s -> s.contains("0810008704") && s.contains("case " + english + " Received"));
            assertThat(TestPeers.sms())
                    .anyMatch(s -> s.contains("0820008704") && s.contains("เรื่อง " + thai + " รับเรื่องแล้ว"));
        });
    }

    @Test
    void theOpenCasesOfAMergedSchoolMoveToTheSchoolThatTookItOverAndClosedOnesStay(Scenario scenario) {
        TestArea area = TestArea.open(context, "8705");
        KhetUser legal = account("legal.8705", new RoleGrant(Role.LEGAL_OFFICER, area.id(), null, null));
        long small = area.school("0001", "โรงเรียนบ้านเล็ก 8705");
        long receiving = area.school("0002", "โรงเรียนบ้านใหญ่ 8705");
        long third = area.school("0003", "โรงเรียนบ้านไกล 8705");
        long open = file(area, true, null, null, "87050001");
        long closed = file(area, true, null, null, "87050001");
        long elsewhere = file(area, true, null, null, "87050003");
        steps.decline(closed, version(closed), new ComplaintCase.Notes("ติดต่อสำนักงานเขตอื่น", null), legal);

        scenario.publish(new SchoolMerged(
                        small, receiving, area.id(), area.admin().id()))
                .andWaitForStateChange(() -> column(open, "school_id"), v -> v.equals(Long.toString(receiving)))
                .andVerify(v -> {
                    assertThat(column(closed, "school_id")).isEqualTo(Long.toString(small));
                    assertThat(column(elsewhere, "school_id"))
                            .as("a case about a school the merge is not about")
                            .isEqualTo(Long.toString(third));
                    assertThat(jdbc.sql("""
                                    select count(*) from platform.audit_event
                                    where entity_type = 'complaint' and entity_id = :id and after ->> 'school_id' = :into""")
                                    .param("id", Long.toString(open))
                                    .param("into", Long.toString(receiving))
                                    .query(Long.class)
                                    .single())
                            .isEqualTo(1);
                });
    }

    @Test
    void aMergeReAimedAtAnotherSchoolTakesTheCasesThatCameWithItAndLeavesTheFirstSchoolsOwn(Scenario scenario) {
        TestArea area = TestArea.open(context, "8706");
        long small = area.school("0001", "โรงเรียนบ้านเล็ก 8706");
        long first = area.school("0002", "โรงเรียนบ้านรับครั้งแรก 8706");
        long second = area.school("0003", "โรงเรียนบ้านรับจริง 8706");
        long cameWithMerge = file(area, true, null, null, "87060001");
        long firstSchoolsOwn = file(area, true, null, null, "87060002");
        scenario.publish(new SchoolMerged(small, first, area.id(), area.admin().id()))
                .andWaitForStateChange(() -> column(cameWithMerge, "school_id"), v -> v.equals(Long.toString(first)));

        scenario.publish(new SchoolMerged(small, second, area.id(), area.admin().id()))
                .andWaitForStateChange(() -> column(cameWithMerge, "school_id"), v -> v.equals(Long.toString(second)))
                .andVerify(v -> {
                    assertThat(column(cameWithMerge, "merged_from_school_id")).isEqualTo(Long.toString(small));
                    assertThat(column(firstSchoolsOwn, "school_id")).isEqualTo(Long.toString(first));
                    assertThat(column(firstSchoolsOwn, "coalesce(merged_from_school_id, 0)"))
                            .as("no merge moved it")
                            .isEqualTo("0");
                    assertThat(jdbc.sql("""
                                    select before ->> 'school_id' from platform.audit_event
                                    where entity_type = 'complaint' and entity_id = :id order by id""")
                                    .param("id", Long.toString(cameWithMerge))
                                    .query(String.class)
                                    .list())
                            .as("each move audited from where the case was")
                            .containsSubsequence(Long.toString(small), Long.toString(first));
                });
    }

    @Test
    void aStepFormLeftOpenWhileOthersClosedAndReopenedTheCaseChangesNothing(AssertablePublishedEvents events) {
        TestArea area = TestArea.open(context, "8707");
        KhetUser legal = account("legal.8707", new RoleGrant(Role.LEGAL_OFFICER, area.id(), null, null));
        long unit = units.inArea(area.id()).get(0).id();
        KhetUser officer = account("officer.8707", new RoleGrant(Role.AREA_STAFF, area.id(), unit, null));
        long id = file(area, true, null, null);
        ComplaintCase.Agency agency = new ComplaintCase.Agency("อบต. ทดสอบ", null, java.time.LocalDate.now());
        steps.accept(id, version(id), ComplaintCase.Notes.NONE, legal);
        steps.forward(id, version(id), agency, ComplaintCase.Notes.NONE, legal);
        steps.close(id, version(id), ComplaintCase.Notes.NONE, legal);
        steps.reopen(id, version(id), ComplaintCase.Notes.NONE, legal);
        int shown = version(id);
        // Meanwhile, on another page, the case goes round again to where the first page saw it.
        steps.forward(id, shown, agency, ComplaintCase.Notes.NONE, legal);
        steps.close(id, version(id), ComplaintCase.Notes.NONE, legal);
        steps.reopen(id, version(id), ComplaintCase.Notes.NONE, legal);
        int before = version(id);

        assertThatThrownBy(() -> steps.assign(id, shown, unit, officer.id(), ComplaintCase.Notes.NONE, legal))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.reason().en()).contains("Someone else changed this first"));
        assertThatThrownBy(() -> steps.assign(id, null, unit, officer.id(), ComplaintCase.Notes.NONE, legal))
                .as("a form that posts no version")
                .isInstanceOf(ConflictException.class);

        assertThat(version(id)).as("the case was not written").isEqualTo(before);
        assertThat(column(id, "status")).isEqualTo("REOPENED");
        assertThat(events.ofType(CaseEvent.Assigned.class).matching(e -> e.complaintId() == id))
                .isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from complaints.complaint_step where complaint_id = :id and step = 'ASSIGNED'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();

        steps.assign(id, version(id), unit, officer.id(), ComplaintCase.Notes.NONE, legal);
        assertThat(column(id, "officer_id")).isEqualTo(Long.toString(officer.id()));
    }

    private long file(TestArea area, boolean anonymous, String phone, String language) {
        return file(area, anonymous, phone, language, null);
    }

    private long file(TestArea area, boolean anonymous, String phone, String language, String schoolCode) {
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
                        schoolCode,
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

    /** The case's version now, as a page showing it would post it. */
    private int version(long id) {
        return Integer.parseInt(column(id, "version"));
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
