package org.khet.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Reference means are every area's yardstick: an area's director, unit staff and supervisors import only their
 * own area's AREA row; national, OBEC, province rows and other areas' rows are the administrator's. The area's
 * people are the test's own (areas 6590–6592).
 */
class ReferenceScopeTest extends IntegrationTest {

    private static final String HEADER = "academic_year,exam,grade,scope,subject,examinees,mean,sd\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void anAreasStaffImportOnlyTheirOwnAreasReferenceRows() {
        TestArea area = TestArea.open(context, "6590");
        area.account("director.6590", Role.AREA_DIRECTOR, null);
        area.account("supervisor.6590", Role.SUPERVISOR, null);
        area.account("staff.6590", Role.AREA_STAFF, area.unit());
        String otherArea = "AREA:" + TestArea.open(context, "6592").code();
        for (String user : List.of("director.6590", "supervisor.6590", "staff.6590")) {
            Api api = Api.asUser(port, user, TestArea.PASSWORD);
            for (String scope : List.of("NATIONAL", "OBEC", "PROVINCE:พัทลุง", otherArea, "AREA:7799")) {
                Api.Response answer = importRow(api, scope, "12.345");
                assertThat(answer.status()).as(user + " " + scope).isEqualTo(422);
                assertThat(answer.body())
                        .contains("คุณไม่มีสิทธิ์นำเข้าผลอ้างอิงขอบเขต " + scope)
                        .contains("you may not import reference results of scope " + scope);
            }
            // A refused row refuses the whole file, its good rows included.
            Api.Response mixed = upload(api, HEADER + row("AREA:6590", "12.345") + row("NATIONAL", "12.345"));
            assertThat(mixed.status()).isEqualTo(422);
        }
        assertThat(jdbc.sql("select count(*) from achievement.reference_result where mean = 12.345")
                        .query(Long.class)
                        .single())
                .isZero();

        Api director = Api.asUser(port, "director.6590", TestArea.PASSWORD);
        assertThat(importRow(director, "AREA:6590", "23.456").status()).isEqualTo(200);
        assertThat(scopesWithMean("23.456")).containsExactly("AREA:6590");
    }

    @Test
    void theAdministratorImportsEveryScope() {
        Api admin = Api.asUser(port, "admin", ADMIN_PASSWORD);
        for (String scope : List.of("NATIONAL", "OBEC", "PROVINCE:พัทลุง", "AREA:7799")) {
            assertThat(importRow(admin, scope, "34.567").status()).as(scope).isEqualTo(200);
        }
        assertThat(scopesWithMean("34.567"))
                .containsExactlyInAnyOrder("NATIONAL", "OBEC", "PROVINCE:พัทลุง", "AREA:7799");
    }

    @Test
    void whoMayNotImportResultsAtAllIsForbidden() {
        TestArea area = TestArea.open(context, "6591");
        area.account("teacher.6591", Role.TEACHER, area.school("0001", "โรงเรียนทดสอบผลอ้างอิง 6591"));
        Api teacher = Api.asUser(port, "teacher.6591", TestArea.PASSWORD);
        assertThat(importRow(teacher, "NATIONAL", "45.678").status()).isEqualTo(403);
        assertThat(scopesWithMean("45.678")).isEmpty();
    }

    private Api.Response importRow(Api api, String scope, String mean) {
        return upload(api, HEADER + row(scope, mean));
    }

    private static String row(String scope, String mean) {
        return "2560,ONET,M3," + scope + ",MATH,1000," + mean + ",10\n";
    }

    private static Api.Response upload(Api api, String csv) {
        return api.upload("/api/v1/achievement/imports", "references.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> scopesWithMean(String mean) {
        return jdbc.sql("select scope from achievement.reference_result where mean = cast(:m as numeric)")
                .param("m", mean)
                .query(String.class)
                .list();
    }
}
