package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.ModuleTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * Leave on an area of its own (6960): days counted from the calendar, the fiscal year's balance at its edges
 * (exhausted, first year, first six months, carry-over ceilings), routing to the approver the rules name, decisions
 * and cancellation, sensitive types kept to those who need them.
 */
@ModuleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaveModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    LeaveFiling filing;

    @Autowired
    LeaveDecisions decisions;

    @Autowired
    LeaveRequests requests;

    @Autowired
    LeaveView view;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LeaveRules rules;

    @Autowired
    LeaveApprovers approvers;

    @Autowired
    LeaveAttachments attachments;

    TestArea area;
    long school;
    KhetUser director;
    KhetUser areaDirector;
    KhetUser teacher;
    KhetUser newTeacher;
    KhetUser colleague;

    @BeforeAll
    void anAreaWithASchoolAndAnOffice() {
        area = TestArea.open(context, "6960");
        school = area.school("0001", "โรงเรียนวันลา");
        director = linked("director.6960", Role.SCHOOL_DIRECTOR, school, "696000000001", "SCHOOL_DIRECTOR", null);
        teacher = linked("teacher.6960", Role.TEACHER, school, "696000000002", "TEACHER", LocalDate.of(2005, 5, 16));
        newTeacher = linked("new.6960", Role.TEACHER, school, "696000000003", "TEACHER", LocalDate.of(2026, 10, 15));
        colleague = linked("colleague.6960", Role.TEACHER, school, "696000000004", "TEACHER", null);
        areaDirector = area.account("ad.6960", Role.AREA_DIRECTOR, null);
    }

    private KhetUser linked(String user, Role role, long school, String seed, String position, LocalDate appointed) {
        long person = area.person(seed, "ลา", user, position, school);
        KhetUser account = area.account(user, user + "@example.test", role, school);
        area.link(person, user);
        employment(person, appointed);
        return account;
    }

    private KhetUser office(String user, String seed, LocalDate appointed) {
        long unit = area.unit();
        long person = area.unitPerson(seed, "ลา", user, "EDUCATION_OFFICER", unit);
        KhetUser account = area.account(user, Role.AREA_STAFF, unit);
        area.link(person, user);
        employment(person, appointed);
        return account;
    }

    private void employment(long person, LocalDate appointed) {
        if (appointed != null) {
            jdbc.sql("insert into personnel.employment (person_id, appointed_on) values (:p, :a)")
                    .param("p", person)
                    .param("a", appointed)
                    .update();
        }
    }

    private long file(KhetUser who, String type, LocalDate first, LocalDate last) {
        return filing.file(new LeaveFiling.NewLeave(type, first, last, false, "ธุระ", "081"), who);
    }

    @Test
    void aHolidayInsideTheRangeIsNotCounted() {
        // 7–11 December 2026: five weekdays, of which the 7th (Father's Day, substitute) and the 10th (Constitution
        // Day) are national holidays.
        long id = file(teacher, "PERSONAL", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 11));

        LeaveRequest r = requests.readable(id, teacher);
        assertThat(r.days()).isEqualByComparingTo("3");
        assertThat(r.fiscalYear()).isEqualTo(2570);
        assertThat(r.approver()).isEqualTo("SCHOOL_DIRECTOR");

        long half = filing.file(
                new LeaveFiling.NewLeave(
                        "PERSONAL", LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 14), true, "", ""),
                teacher);
        assertThat(requests.readable(half, teacher).days()).isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> file(teacher, "PERSONAL", LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 13)))
                .as("a weekend only")
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void anExhaustedBalanceIsRefusedInBothLanguagesAndChangesNothing() {
        // Appointed in fiscal year 2570: personal business 15 working days in the first year, not 45.
        file(newTeacher, "PERSONAL", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15));
        long before = count(newTeacher);

        assertThatThrownBy(() -> file(newTeacher, "PERSONAL", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 8)))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.reason().th()).contains("ขอลา 6 วัน").contains("เหลือ 5 วันจากสิทธิ 15 วัน");
                    assertThat(e.reason().en()).contains("6 days asked, 5 left of the 15 days of fiscal year 2570");
                });
        assertThat(count(newTeacher)).isEqualTo(before);

        // Exactly what is left still goes through.
        file(newTeacher, "PERSONAL", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5));
        assertThat(view.of(newTeacher).orElseThrow().balances())
                .filteredOn(b -> b.type() == LeaveType.PERSONAL)
                .singleElement()
                .satisfies(b -> assertThat(b.left()).isEqualByComparingTo("0"));
    }

    @Test
    void sickLeaveBeyondTheYearGoesToTheAreaDirectorUpToTheExtension() {
        KhetUser ill = linked("ill.6960", Role.TEACHER, school, "696000000009", "TEACHER", LocalDate.of(2005, 5, 16));
        long person = area.personId("696000000009");
        approvedSick(person, LocalDate.of(2027, 10, 4), LocalDate.of(2027, 12, 24), 58);

        // Two of the year's 60 days are left: three of these five lie beyond, for the area director to extend.
        long id = file(ill, "SICK", LocalDate.of(2028, 1, 10), LocalDate.of(2028, 1, 14));
        LeaveRequest r = requests.readable(id, ill);
        assertThat(r.days()).isEqualByComparingTo("5");
        assertThat(r.beyondDays()).isEqualByComparingTo("3");
        assertThat(r.approver()).isEqualTo("AREA_DIRECTOR");
        LeaveBalances.Balance b = view.balanceFor(r).orElseThrow();
        assertThat(b.remaining()).isEqualByComparingTo("0");
        assertThat(b.extended()).isEqualByComparingTo("3");

        // 58 + 5 + 55 taken or waiting: 58 of the 60 more days used, so five more are refused and two go through.
        approvedSick(person, LocalDate.of(2028, 2, 1), LocalDate.of(2028, 4, 28), 55);
        long before = count(ill);
        assertThatThrownBy(() -> file(ill, "SICK", LocalDate.of(2028, 6, 12), LocalDate.of(2028, 6, 16)))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.reason().th()).contains("ขอลา 5 วัน").contains("ขยายเพิ่มได้อีก 2 วัน");
                    assertThat(e.reason().en()).contains("and 2 more may be approved");
                });
        assertThat(count(ill)).isEqualTo(before);
        long last = file(ill, "SICK", LocalDate.of(2028, 6, 12), LocalDate.of(2028, 6, 13));
        assertThat(requests.readable(last, ill).beyondDays()).isEqualByComparingTo("2");
    }

    @Test
    void officialTravelIsApprovedByItsOwnDatedRules() {
        LocalDate from = LocalDate.of(2031, 10, 1);
        BigDecimal three = new BigDecimal("3");
        assertThat(approvers.travelApproverFor("SCHOOL", code -> false, three, from))
                .isEqualTo("SCHOOL_DIRECTOR");
        assertThat(approvers.travelApproverFor("SCHOOL", "SCHOOL_DIRECTOR"::equals, three, from))
                .isEqualTo("AREA_DIRECTOR");
        assertThat(approvers.travelApproverFor("OFFICE", code -> false, three, from))
                .isEqualTo("UNIT_HEAD");
        // From 1 October 2031 a school's director approves trips of up to two days only; longer ones the area director.
        approvers.add(
                new LeaveApprovers.ApproverRule(
                        0,
                        LeaveApprovers.TRAVEL,
                        null,
                        "SCHOOL",
                        "",
                        new BigDecimal("2"),
                        "SCHOOL_DIRECTOR",
                        from,
                        null,
                        "คำสั่งมอบอำนาจ 6960/2574",
                        false),
                area.admin());
        long longer = approvers.all().stream()
                .filter(r -> r.appliesTo().equals("TRAVEL")
                        && r.place().equals("SCHOOL")
                        && r.applicantPosition() == null
                        && r.upToDays() == null)
                .findFirst()
                .orElseThrow()
                .id();
        approvers.end(longer, from, area.admin());
        approvers.add(
                new LeaveApprovers.ApproverRule(
                        0, "TRAVEL", null, "SCHOOL", "", null, "AREA_DIRECTOR", from, null, "คำสั่ง 6960/2574", false),
                area.admin());
        assertThat(approvers.travelApproverFor("SCHOOL", code -> false, new BigDecimal("2"), from))
                .isEqualTo("SCHOOL_DIRECTOR");
        assertThat(approvers.travelApproverFor("SCHOOL", code -> false, three, from))
                .isEqualTo("AREA_DIRECTOR");
        assertThat(approvers.travelApproverFor("SCHOOL", code -> false, three, from.minusDays(1)))
                .as("the day before, the old rule")
                .isEqualTo("SCHOOL_DIRECTOR");
        assertThat(approvers.approverFor(LeaveType.PERSONAL, "SCHOOL", code -> false, three, from))
                .as("leave keeps its own rules")
                .isEqualTo("SCHOOL_DIRECTOR");
        assertThatThrownBy(() -> approvers.add(
                        new LeaveApprovers.ApproverRule(
                                0,
                                "TRAVEL",
                                LeaveType.SICK,
                                "SCHOOL",
                                "",
                                null,
                                "AREA_DIRECTOR",
                                from,
                                null,
                                "x",
                                false),
                        area.admin()))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void longSickLeaveIsApprovedOnlyWithACertificateThatIsWhatItsNameSays() {
        KhetUser ill = linked("cert.6960", Role.TEACHER, school, "696000000010", "TEACHER", LocalDate.of(2005, 5, 16));
        long id = file(ill, "SICK", LocalDate.of(2028, 11, 1), LocalDate.of(2028, 12, 15));
        LeaveRequest r = requests.readable(id, ill);
        assertThat(r.days()).isGreaterThanOrEqualTo(new BigDecimal("30"));
        assertThat(r.needsCertificate()).isTrue();
        assertThatThrownBy(() -> decisions.approve(id, director))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.reason().th()).contains("ใบรับรองแพทย์"));

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertThatThrownBy(() -> attachments.attach(id, "ใบรับรองแพทย์.pdf", png, ill))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> attachments.attach(id, "x.pdf", "%PDF-1.4 x".getBytes(), colleague))
                .isInstanceOf(ForbiddenException.class);
        byte[] pdf = org.khet.TestFiles.pdfBy("Dr. Wichai Rakdee");
        long file = attachments.attach(id, "C:\\scans\\ใบรับรองแพทย์.pdf", pdf, ill);

        decisions.approve(id, director);
        assertThat(requests.readable(id, ill).status()).isEqualTo("APPROVED");
        LeaveAttachments.Content read = attachments.read(id, file, director);
        assertThat(new String(read.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("kept without its author")
                .startsWith("%PDF-")
                .doesNotContain("Wichai");
        assertThat(read.attachment().fileName()).isEqualTo("ใบรับรองแพทย์.pdf");
        assertThatThrownBy(() -> attachments.read(id, file, colleague)).isInstanceOf(NotFoundException.class);
    }

    /** Sick leave the person took earlier in the year, as Khet holds it once approved. */
    private void approvedSick(long person, LocalDate first, LocalDate last, int days) {
        jdbc.sql("""
                        insert into personnel.leave_request (area_id, person_id, filed_by, leave_type, first_day,
                            last_day, days, fiscal_year, school_id, approver, status)
                        values (:a, :p, 0, 'SICK', :first, :last, :days, :y, :s, 'SCHOOL_DIRECTOR', 'APPROVED')""")
                .param("a", area.id())
                .param("p", person)
                .param("first", first)
                .param("last", last)
                .param("days", days)
                .param("y", FiscalYear.of(first).buddhistYear())
                .param("s", school)
                .update();
    }

    @Test
    void schoolTeachersHaveNoVacationAndNobodyInTheirFirstSixMonths() {
        assertThatThrownBy(() -> file(teacher, "VACATION", LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 21)))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.reason().en()).contains("no vacation leave"));
        KhetUser recruit = office("recruit.6960", "696000000011", LocalDate.of(2026, 9, 1));
        assertThatThrownBy(() -> file(recruit, "VACATION", LocalDate.of(2027, 2, 26), LocalDate.of(2027, 2, 26)))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.reason().en()).contains("at least 6 months of service"));
        long id = file(recruit, "VACATION", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1));
        assertThat(requests.readable(id, recruit).approver())
                .as("an office unit without a head: the area director")
                .isEqualTo("AREA_DIRECTOR");
    }

    @Test
    void vacationCarriesOverUpToTwentyOrThirtyAfterTenYears() {
        KhetUser senior = office("senior.6960", "696000000012", LocalDate.of(2010, 6, 1));
        KhetUser junior = office("junior.6960", "696000000013", LocalDate.of(2020, 6, 1));
        for (KhetUser u : java.util.List.of(senior, junior)) {
            // One day taken in fiscal year 2568; none in 2569: 9 carried into 2569, 19 unused at its end.
            long id = file(u, "VACATION", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3));
            decisions.approve(id, areaDirector);
        }
        assertThat(vacation(senior).allowed()).isEqualByComparingTo("29");
        assertThat(vacation(senior).carried()).isEqualByComparingTo("19");
        assertThat(vacation(junior).allowed()).as("the ceiling of 20").isEqualByComparingTo("20");
    }

    @Test
    void aSchoolDirectorsLeaveGoesToTheAreaDirectorWhoDecides(AssertablePublishedEvents events) {
        long id = file(director, "PERSONAL", LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 9));
        assertThat(requests.readable(id, director).approver()).isEqualTo("AREA_DIRECTOR");
        assertThatThrownBy(() -> decisions.approve(id, director)).isInstanceOf(ForbiddenException.class);
        assertThat(requests.waitingFor(areaDirector))
                .extracting(LeaveRequest::id)
                .contains(id);

        decisions.approve(id, areaDirector);

        assertThat(requests.readable(id, director).status()).isEqualTo("APPROVED");
        assertThat(events.ofType(LeaveDecided.class).matching(e -> e.requestId() == id))
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("APPROVED"));
        assertThatThrownBy(() -> decisions.approve(id, areaDirector)).isInstanceOf(RejectedException.class);
    }

    @Test
    void aRefusalNeedsAReasonAndAnApprovedLeaveIsCancelledByTheApprover(AssertablePublishedEvents events) {
        long refused = file(colleague, "PERSONAL", LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 19));
        assertThatThrownBy(() -> decisions.refuse(refused, " ", director)).isInstanceOf(RejectedException.class);
        decisions.refuse(refused, "ช่วงสอบปลายภาค", director);
        assertThat(requests.readable(refused, colleague).decisionReason()).isEqualTo("ช่วงสอบปลายภาค");

        long id = file(colleague, "PERSONAL", LocalDate.of(2027, 4, 20), LocalDate.of(2027, 4, 21));
        decisions.approve(id, director);
        assertThatThrownBy(() -> decisions.cancel(id, director)).isInstanceOf(ForbiddenException.class);
        decisions.cancel(id, colleague);
        assertThat(requests.readable(id, colleague).status()).isEqualTo("CANCEL_REQUESTED");
        decisions.approve(id, director);

        assertThat(requests.readable(id, colleague).status()).isEqualTo("CANCELLED");
        assertThat(events.ofType(LeaveDecided.class).matching(e -> e.requestId() == id))
                .extracting(LeaveDecided::outcome)
                .containsExactly("APPROVED", "CANCELLED");
        assertThat(jdbc.sql("select count(*) from notifications.delivery where module = 'personnel'"
                                + " and about = 'leave request ' || :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("the director was told of the request and of its cancellation")
                .isEqualTo(2);
    }

    @Test
    void aSensitiveRequestIsKeptToThoseWhoNeedItAndTheirReadsAreAudited() {
        long id = file(colleague, "SICK", LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4));
        KhetUser clerk = area.account("clerk.6960", Role.SCHOOL_CLERK, school);

        assertThat(requests.readable(id, colleague).leaveType()).isEqualTo(LeaveType.SICK);
        assertThat(views(id)).as("the person's own read").isZero();
        assertThat(requests.readable(id, director).leaveType()).isEqualTo(LeaveType.SICK);
        assertThat(views(id)).isEqualTo(1);
        assertThatThrownBy(() -> requests.readable(id, clerk)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.readable(id, teacher)).isInstanceOf(NotFoundException.class);

        KhetUser personnelStaff = area.account("hr.6960", Role.AREA_STAFF, area.unit("PERSONNEL"));
        KhetUser planStaff = area.account("plan.6960", Role.AREA_STAFF, area.unit("PLAN"));
        assertThat(requests.ofAreas(personnelStaff, 2570))
                .extracting(LeaveRequest::id)
                .contains(id);
        assertThat(views(id)).as("the personnel group's read is audited too").isEqualTo(2);
        assertThat(requests.ofAreas(planStaff, 2570)).isEmpty();
        assertThatThrownBy(() -> requests.readable(id, planStaff)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAdministratorChangesARuleFromADayWithoutTouchingThePast() {
        LocalDate from = LocalDate.of(2030, 10, 1);
        var rule = rules.of(LeaveType.PERSONAL, from).orElseThrow();
        var fifty = new LeaveRules.LeaveRule(
                0,
                LeaveType.PERSONAL,
                "WORKING",
                new BigDecimal("50"),
                new BigDecimal("15"),
                null,
                null,
                null,
                null,
                0,
                false,
                true,
                from,
                null,
                "ว 1/2573",
                false,
                null,
                null,
                null);
        assertThatThrownBy(() -> rules.set(fifty, teacher)).isInstanceOf(ForbiddenException.class);
        var past = new LeaveRules.LeaveRule(
                0,
                LeaveType.PERSONAL,
                "WORKING",
                new BigDecimal("50"),
                null,
                null,
                null,
                null,
                null,
                0,
                false,
                true,
                rules.today().minusDays(1),
                null,
                "ว 1/2573",
                false,
                null,
                null,
                null);
        assertThatThrownBy(() -> rules.set(past, area.admin())).isInstanceOf(RejectedException.class);

        rules.set(fifty, area.admin());

        assertThat(rules.of(LeaveType.PERSONAL, from).orElseThrow().daysPerYear())
                .isEqualByComparingTo("50");
        var before = rules.of(LeaveType.PERSONAL, from.minusDays(1)).orElseThrow();
        assertThat(before.id()).isEqualTo(rule.id());
        assertThat(before.validUntil()).isEqualTo(from);
        assertThat(before.daysPerYear()).isEqualByComparingTo("45");
    }

    @Test
    void anApproverRuleRoutesFromItsDayUntilItEnds() {
        LocalDate from = LocalDate.of(2030, 10, 1);
        BigDecimal days = new BigDecimal("80");
        assertThat(approvers.approverFor(LeaveType.SICK, "SCHOOL", code -> false, days, from))
                .isEqualTo("AREA_DIRECTOR");
        long id = approvers.add(
                new LeaveApprovers.ApproverRule(
                        0,
                        LeaveApprovers.LEAVE,
                        LeaveType.SICK,
                        "SCHOOL",
                        "",
                        new BigDecimal("100"),
                        "SCHOOL_DIRECTOR",
                        from,
                        null,
                        "ว 2/2573",
                        false),
                area.admin());
        assertThat(approvers.approverFor(LeaveType.SICK, "SCHOOL", code -> false, days, from))
                .isEqualTo("SCHOOL_DIRECTOR");
        assertThat(approvers.approverFor(LeaveType.SICK, "SCHOOL", code -> false, days, from.minusDays(1)))
                .isEqualTo("AREA_DIRECTOR");
        assertThat(approvers.approverFor(LeaveType.SICK, "SCHOOL", "SCHOOL_DIRECTOR"::equals, days, from))
                .as("a director's own leave still goes up")
                .isEqualTo("AREA_DIRECTOR");

        approvers.end(id, LocalDate.of(2031, 1, 1), area.admin());

        assertThat(approvers.approverFor(LeaveType.SICK, "SCHOOL", code -> false, days, LocalDate.of(2031, 1, 1)))
                .isEqualTo("AREA_DIRECTOR");
        assertThatThrownBy(() -> approvers.end(id, LocalDate.of(2031, 1, 1), area.admin()))
                .isInstanceOf(RejectedException.class);
    }

    private LeaveBalances.Balance vacation(KhetUser u) {
        var mine = view.of(u).orElseThrow();
        assertThat(mine.year()).isEqualTo(FiscalYear.ofBuddhistYear(2570));
        return mine.balances().stream()
                .filter(b -> b.type() == LeaveType.VACATION)
                .findFirst()
                .orElseThrow();
    }

    private long count(KhetUser u) {
        return jdbc.sql("select count(*) from personnel.leave_request where filed_by = :u")
                .param("u", u.id())
                .query(Long.class)
                .single();
    }

    private long views(long id) {
        return jdbc.sql("select count(*) from platform.audit_event where entity_type = 'leave_request'"
                        + " and entity_id = :id and action = 'VIEW'")
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single();
    }
}
