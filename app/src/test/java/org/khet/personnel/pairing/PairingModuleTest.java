package org.khet.personnel.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.personnel.Enrolled;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pairing of a host and two small schools under the shipped rule (20 baht × 200 days): the pupils of the grades
 * taught elsewhere travel and make the budget; the staffing criterion of the schools before and after; a grade taught at two schools is refused and changes nothing; a school
 * already paired is refused; an approved pairing no longer changes; only the personnel group drafts (area 7170).
 */
@ModuleTest
class PairingModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Pairings pairings;

    @Autowired
    PairingRules rules;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTravellingPupilsMakeTheBudgetAndAGradeIsTaughtAtOneSchool() {
        TestArea area = TestArea.open(context, "7170");
        int year = AcademicYear.of(rules.today()).buddhistYear();
        Enrolled.schools(
                context,
                area,
                year,
                "0001,โรงเรียนหลักคู่,10,10,10,10,10,10",
                "0002,โรงเรียนเล็กหนึ่ง,5,4,0,0,0,0",
                "0003,โรงเรียนเล็กสอง,2,0,0,0,6,0",
                "0004,โรงเรียนเล็กสาม,3,3,3,3,3,3");
        long host = Enrolled.school(context, area, "0001");
        long one = Enrolled.school(context, area, "0002");
        long two = Enrolled.school(context, area, "0003");
        area.account("personnel.7170", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("plan.7170", Role.AREA_STAFF, area.unit("PLAN"));
        Accounts accounts = context.getBean(Accounts.class);
        KhetUser personnel =
                accounts.signedIn(accounts.byUsername("personnel.7170").orElseThrow());
        KhetUser plan = accounts.signedIn(accounts.byUsername("plan.7170").orElseThrow());

        assertThat(pairings.year(area(area), year, personnel).candidatesByNetwork().values().stream()
                        .flatMap(List::stream)
                        .map(Pairings.Candidate::code))
                .as("small schools (120 pupils or fewer, the shipped figure), the host with 60 among them")
                .containsExactlyInAnyOrder("71700001", "71700002", "71700003", "71700004");
        assertThatThrownBy(() -> pairings.create(area(area), year, host, List.of(one), plan))
                .isInstanceOf(ForbiddenException.class);
        long id = pairings.create(area(area), year, host, List.of(one, two), personnel);
        assertThatThrownBy(() -> pairings.create(
                        area(area), year, Enrolled.school(context, area, "0004"), List.of(two), personnel))
                .as("a school already paired this year")
                .isInstanceOf(RejectedException.class);

        assertThatThrownBy(() -> pairings.arrange(
                        id,
                        List.of(new Pairings.GradeAt("P1", host), new Pairings.GradeAt("P1", one)),
                        List.of(),
                        personnel))
                .as("P1 taught at two schools")
                .isInstanceOf(RejectedException.class);
        assertThat(pairings.one(id).grades()).isEmpty();

        pairings.arrange(
                id,
                List.of(
                        new Pairings.GradeAt("P1", host),
                        new Pairings.GradeAt("P2", host),
                        new Pairings.GradeAt("P3", host),
                        new Pairings.GradeAt("P4", one),
                        new Pairings.GradeAt("P5", one),
                        new Pairings.GradeAt("P6", one)),
                List.of(new Pairings.Route(one, new BigDecimal("4.5"), Pairing.Transport.VAN)),
                personnel);
        PairingYear.Entry entry = pairings.year(area(area), year, personnel).entry(id);
        PairingBudget budget = entry.budget();
        assertThat(budget.pupilsFrom(one)).as("P1 5 and P2 4 go to the host").isEqualTo(9);
        assertThat(budget.pupilsFrom(two))
                .as("P1 2 to the host, P5 6 to the first small school")
                .isEqualTo(8);
        assertThat(budget.pupilsFrom(host))
                .as("P4–P6, 10 each, to the first small school")
                .isEqualTo(30);
        assertThat(budget.pupils()).isEqualTo(47);
        assertThat(budget.total()).as("47 × 20 × 200").isEqualByComparingTo("188000");
        assertThat(entry.staffing())
                .as("before: 60, 9 and 8 pupils (1 + 3, 1 + 1, 1 + 1); after: the host teaches 41 (1 + 3), the"
                        + " first small school 36 (1 + 2), the second none")
                .isEqualTo(new PairingStaffing(3, 5, 2, 5));
        assertThat(entry.pairing().partners())
                .filteredOn(p -> p.school().id() == one)
                .extracting(Pairing.Partner::transportMode)
                .containsExactly("VAN");

        pairings.approve(id, personnel);
        assertThat(pairings.one(id).state()).isEqualTo(Pairing.State.APPROVED);
        assertThatThrownBy(() -> pairings.arrange(id, List.of(), List.of(), personnel))
                .isInstanceOf(RejectedException.class);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where entity_type = 'pairing'"
                                + " and entity_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .as("drafted, arranged, approved")
                .isEqualTo(3);
    }

    private Area area(TestArea area) {
        return context.getBean(Areas.class).byId(area.id()).orElseThrow();
    }
}
