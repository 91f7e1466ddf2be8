package org.khet.personnel.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Awards corrected and withdrawn, and the award form's recipient search (area 7203): the director who entered an award
 * corrects it while it waits, another school's director may not; once the group verified it the director is told to
 * ask the group, which corrects it; a withdrawal needs a reason, and a withdrawn award is listed nowhere; each step is
 * audited. The search finds by name at most 20, a director only their school's, and says when there are more.
 */
class AwardCorrectionTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAwardIsCorrectedByItsEntrantUntilVerifiedThenByTheGroupAndWithdrawnWithAReason() {
        TestArea area = TestArea.open(context, "7203");
        long school = area.school("0001", "โรงเรียนแก้รางวัล");
        long other = area.school("0002", "โรงเรียนข้างเคียง");
        long teacher = area.person("720300000001", "ครูแก้", "รางวัลดี", "TEACHER", school);
        KhetUser director = area.account("director.7203", Role.SCHOOL_DIRECTOR, school);
        KhetUser otherDirector = area.account("other.7203", Role.SCHOOL_DIRECTOR, other);
        KhetUser group = area.account("hr.7203", Role.AREA_STAFF, area.unit("PERSONNEL"));
        Awards awards = context.getBean(Awards.class);
        AwardCorrections corrections = context.getBean(AwardCorrections.class);
        LocalDate day = LocalDate.of(2026, 11, 16);
        long id = awards.enter(
                area.id(), new Awards.NewAward(teacher, null, "ครูดีเดน", AwardLevel.AREA, "สพป.", day, ""), director);

        corrections.correct(
                id, new AwardCorrections.Details("ครูดีเด่น", AwardLevel.AREA, "สพป.ทดสอบ", day, "สะกดใหม่"), director);
        assertThat(awards.one(id, false).name()).isEqualTo("ครูดีเด่น");
        assertThatThrownBy(() -> corrections.correct(
                        id, new AwardCorrections.Details("x", AwardLevel.AREA, "x", day, ""), otherDirector))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> corrections.correct(
                        id, new AwardCorrections.Details("", AwardLevel.AREA, "สพป.", day, ""), director))
                .isInstanceOf(RejectedException.class);

        awards.verify(id, group);
        assertThatThrownBy(() -> corrections.withdraw(id, "ผิด", director))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("กลุ่มบริหารงานบุคคล");
        corrections.correct(
                id, new AwardCorrections.Details("ครูดีเด่น", AwardLevel.REGION, "สพป.ทดสอบ", day, "สะกดใหม่"), group);
        assertThat(awards.one(id, false).level()).isEqualTo(AwardLevel.REGION);
        assertThatThrownBy(() -> corrections.withdraw(id, "  ", group))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("เหตุผล");

        WebSession hr = WebSession.signedIn(port, "hr.7203", TestArea.PASSWORD);
        String page = AwardPages.PATH + "/" + id;
        assertThat(hr.get(page).body()).contains("ครูดีเด่น").contains("ถอนรางวัลนี้");
        assertThat(hr.postForm(page, page + "/withdraw", "reason=มอบซ้ำกับปีก่อน")
                        .statusCode())
                .isEqualTo(302);
        assertThat(awards.one(id, false).status()).isEqualTo("WITHDRAWN");
        assertThat(awards.verified(area.id(), FiscalYear.of(day))).isEmpty();
        assertThat(Api.asUser(port, "hr.7203", TestArea.PASSWORD)
                        .get("/api/v1/personnel/awards?area_code=7203&year="
                                + FiscalYear.of(day).buddhistYear())
                        .json()
                        .get("awards"))
                .isEmpty();
        assertThatThrownBy(() -> corrections.withdraw(id, "อีกครั้ง", group)).isInstanceOf(RejectedException.class);
        assertThat(jdbc.sql("select action from platform.audit_event where entity_type = 'award' and entity_id = :id"
                                + " order by id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "AWARD_CORRECTED", "VERIFY", "AWARD_CORRECTED", "AWARD_WITHDRAWN");
        assertThat(jdbc.sql("select after::text from platform.audit_event where entity_type = 'award'"
                                + " and entity_id = :id and action = 'AWARD_WITHDRAWN'")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .single())
                .contains("มอบซ้ำกับปีก่อน");
    }

    @Test
    void theRecipientSearchFindsByNameAtMostTwentyAndOnlyADirectorsOwn() {
        TestArea area = TestArea.open(context, "7204");
        long school = area.school("0001", "โรงเรียนค้นหาหนึ่ง");
        long other = area.school("0002", "โรงเรียนค้นหาสอง");
        List<String> rows = new ArrayList<>();
        for (int n = 10; n < 35; n++) {
            rows.add(area.personRow("7204000000" + n, "สมหญิง" + n, "ค้นเจอ", "TEACHER", n < 13 ? school : other));
        }
        area.importPeople(rows.toArray(String[]::new));
        area.account("director.7204", Role.SCHOOL_DIRECTOR, school);
        area.account("hr.7204", Role.AREA_STAFF, area.unit("PERSONNEL"));
        area.account("teacher.7204", Role.TEACHER, school);
        String search = AwardPages.PATH + "/recipients?area=7204&q=";

        String all = WebSession.signedIn(port, "hr.7204", TestArea.PASSWORD)
                .get(search + "สมหญิง%20ค้นเจอ")
                .body();
        assertThat(count(all, "type=\"radio\"")).isEqualTo(20);
        assertThat(all).contains("แสดง 20 รายการแรก");
        String own = WebSession.signedIn(port, "director.7204", TestArea.PASSWORD)
                .get(search + "ค้นเจอ")
                .body();
        assertThat(count(own, "type=\"radio\"")).isEqualTo(3);
        assertThat(own).doesNotContain("โรงเรียนค้นหาสอง").doesNotContain("แสดง 20 รายการแรก");
        String schools = WebSession.signedIn(port, "hr.7204", TestArea.PASSWORD)
                .get(search + "ค้นหาสอง")
                .body();
        assertThat(schools).contains("value=\"S" + other + "\"");
        assertThat(WebSession.signedIn(port, "hr.7204", TestArea.PASSWORD)
                        .get(search + "100%25")
                        .body())
                .contains("ไม่พบ");
        assertThat(WebSession.signedIn(port, "teacher.7204", TestArea.PASSWORD)
                        .get(search + "ค้นเจอ")
                        .statusCode())
                .isEqualTo(403);
    }

    private static int count(String body, String what) {
        return body.split(what, -1).length - 1;
    }
}
