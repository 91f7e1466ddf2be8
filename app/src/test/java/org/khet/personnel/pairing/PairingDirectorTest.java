package org.khet.personnel.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.personnel.Enrolled;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.AcademicYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What a school director reads of the pairings, deleting a draft, and the database's one pairing per school a year
 * (area 7201): the director of a partner school reads only the pairing their school is in, on the page (no forms) and
 * through the API, and may not arrange it; a director of an unpaired school reads none; a second pairing with a paired
 * school is refused with the friendly message and the database refuses it too; the group deletes a draft (audited)
 * but not an approved pairing, and the deleted draft's schools are free again.
 */
class PairingDirectorTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Pairings pairings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDirectorReadsTheirSchoolsPairingAndTheGroupDeletesADraft() {
        TestArea area = TestArea.open(context, "7201");
        int year = AcademicYear.of(java.time.LocalDate.now(OfficeTime.THAILAND)).buddhistYear();
        Enrolled.schools(
                context,
                area,
                year,
                "0001,โรงเรียนหลักหนึ่ง,10,10,10,10,10,10",
                "0002,โรงเรียนเล็กสอง,4,4,4,4,4,4",
                "0003,โรงเรียนหลักสาม,10,10,10,10,10,10",
                "0004,โรงเรียนเล็กสี่,3,3,3,3,3,3",
                "0005,โรงเรียนเดี่ยวห้า,5,5,5,5,5,5");
        long one = Enrolled.school(context, area, "0001");
        long two = Enrolled.school(context, area, "0002");
        long three = Enrolled.school(context, area, "0003");
        long four = Enrolled.school(context, area, "0004");
        long five = Enrolled.school(context, area, "0005");
        KhetUser group = area.account("personnel.7201", Role.AREA_STAFF, area.unit("PERSONNEL"));
        KhetUser director = area.account("d2.7201", Role.SCHOOL_DIRECTOR, two);
        area.account("d5.7201", Role.SCHOOL_DIRECTOR, five);
        Area a = context.getBean(Areas.class).byId(area.id()).orElseThrow();
        long first = pairings.create(a, year, one, List.of(two), group);
        pairings.arrange(first, List.of(new Pairings.GradeAt("P1", one)), List.of(), group);
        long second = pairings.create(a, year, three, List.of(four), group);

        String api = "/api/v1/personnel/pairings?area_code=7201&academic_year=" + year;
        Api.Response read = Api.asUser(port, "d2.7201", TestArea.PASSWORD).get(api);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode listed = read.json().get("pairings");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(first);
        assertThat(Api.asUser(port, "d5.7201", TestArea.PASSWORD)
                        .get(api)
                        .json()
                        .get("pairings"))
                .isEmpty();
        WebSession d2 = WebSession.signedIn(port, "d2.7201", TestArea.PASSWORD);
        String list = d2.get("/personnel/pairings?area=7201&year=" + year).body();
        assertThat(list)
                .contains("โรงเรียนหลักหนึ่ง")
                .doesNotContain("โรงเรียนหลักสาม")
                .doesNotContain("new-pairing");
        String page = d2.get("/personnel/pairings/" + first).body();
        assertThat(page).contains("นักเรียนเดินทาง 4 คน").doesNotContain("id=\"approve\"");
        assertThat(d2.get("/personnel/pairings/" + second).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> pairings.arrange(first, List.of(), List.of(), director))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> pairings.delete(second, director)).isInstanceOf(ForbiddenException.class);

        assertThatThrownBy(() -> pairings.create(a, year, five, List.of(two), group))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("โรงเรียนเล็กสอง");
        assertThatThrownBy(() -> jdbc.sql("insert into personnel.pairing_school (academic_year, school_id, pairing_id)"
                                + " values (:y, :s, :p)")
                        .param("y", year)
                        .param("s", two)
                        .param("p", second)
                        .update())
                .as("the database holds one pairing per school a year")
                .isInstanceOf(DuplicateKeyException.class);

        pairings.approve(first, group);
        assertThat(Api.asUser(port, "personnel.7201", TestArea.PASSWORD)
                        .delete("/api/v1/personnel/pairings/" + first)
                        .status())
                .isEqualTo(422);
        WebSession personnel = WebSession.signedIn(port, "personnel.7201", TestArea.PASSWORD);
        HttpResponse<String> deleted =
                personnel.postForm("/personnel/pairings/" + second, "/personnel/pairings/" + second + "/delete", "");
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(personnel.get("/personnel/pairings/" + second).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where entity_type = 'pairing'"
                                + " and entity_id = :id and action = 'PAIRING_DELETED'")
                        .param("id", String.valueOf(second))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(pairings.create(a, year, four, List.of(three, five), group))
                .as("the deleted draft's schools are free again")
                .isPositive();
    }
}
