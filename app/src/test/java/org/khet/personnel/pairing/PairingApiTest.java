package org.khet.personnel.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.personnel.Enrolled;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.registry.Areas;
import org.khet.registry.TestArea;
import org.khet.thai.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/personnel/pairings} and the pairing pages (area 7172): the personnel group reads each pairing
 * with its schools, grades, travelling pupils and budget; another unit's staff are refused; a bad year is refused in
 * Thai and English; the pairing's page explains the budget, and its form arranges a grade.
 */
class PairingApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Pairings pairings;

    @Test
    void thePersonnelGroupReadsThePairingsWithTheirBudgets() {
        TestArea area = TestArea.open(context, "7172");
        int year = AcademicYear.of(java.time.LocalDate.now(OfficeTime.THAILAND)).buddhistYear();
        Enrolled.schools(
                context, area, year, "0001,โรงเรียนหลัก API,10,10,10,10,10,10", "0002,โรงเรียนเล็ก API,4,4,4,4,4,4");
        long host = Enrolled.school(context, area, "0001");
        long small = Enrolled.school(context, area, "0002");
        area.account("personnel.7172", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("plan.7172", Role.AREA_STAFF, area.unit("PLAN"));
        Accounts accounts = context.getBean(Accounts.class);
        var personnel = accounts.signedIn(accounts.byUsername("personnel.7172").orElseThrow());
        var a = context.getBean(Areas.class).byId(area.id()).orElseThrow();
        long id = pairings.create(a, year, host, List.of(small), personnel);
        pairings.arrange(id, List.of(new Pairings.GradeAt("P1", host)), List.of(), personnel);
        String path = "/api/v1/personnel/pairings?area_code=7172&academic_year=" + year;

        Api.Response all = Api.asUser(port, "personnel.7172", TestArea.PASSWORD).get(path);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        JsonNode pairing = all.json().get("pairings").get(0);
        assertThat(pairing.get("state").asString()).isEqualTo("DRAFT");
        assertThat(pairing.get("host_school_code").asString()).isEqualTo("71720001");
        assertThat(pairing.get("partners").get(0).get("school_code").asString()).isEqualTo("71720002");
        assertThat(pairing.get("partners").get(0).get("pupils_travelling").asInt())
                .isEqualTo(4);
        assertThat(pairing.get("grades").get("P1").asString()).isEqualTo("71720001");
        assertThat(pairing.get("budget").asDouble()).as("4 × 20 × 200").isEqualTo(16000.0);
        assertThat(all.json().get("budget").asDouble()).isEqualTo(16000.0);
        assertThat(Api.asUser(port, "plan.7172", TestArea.PASSWORD).get(path).status())
                .isEqualTo(403);
        Api.Response badYear = Api.asUser(port, "personnel.7172", TestArea.PASSWORD)
                .get("/api/v1/personnel/pairings?area_code=7172&academic_year=2026");
        assertThat(badYear.status()).isEqualTo(422);
        assertThat(badYear.body()).contains("พุทธศักราช").contains("Buddhist Era");

        WebSession session = WebSession.signedIn(port, "personnel.7172", TestArea.PASSWORD);
        assertThat(session.get("/personnel/pairings?area=7172&year=" + year).body())
                .contains("เรียนรวมที่โรงเรียนหลัก API");
        String page = "/personnel/pairings/" + id;
        assertThat(session.get(page).body()).contains("นักเรียนเดินทาง 4 คน × 20.00 บาทต่อวัน × 200 วันเรียน");
        HttpResponse<String> arranged = session.postForm(
                page,
                page + "/arrange",
                "grade.P1=" + host + "&grade.P2=" + host + "&km." + small + "=3.5&mode." + small + "=SONGTHAEW");
        assertThat(arranged.statusCode()).isEqualTo(302);
        assertThat(session.get(page).body()).contains("นักเรียนเดินทาง 8 คน").contains("บันทึกการจัดชั้นเรียนแล้ว");
    }
}
