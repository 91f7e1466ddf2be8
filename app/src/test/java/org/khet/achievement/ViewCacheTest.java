package org.khet.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages keep what they computed, and show a change of results, policies or schools at once. */
class ViewCacheTest extends IntegrationTest {

    private static final String HEADER = "academic_year,exam,grade,school_code,subject,examinees,mean,sd\n";
    private static final String SCHOOLS = "area_code,school_code,name_th,network,amphoe,tambon,students\n";

    @LocalServerPort
    int port;

    @Autowired
    Areas areas;

    @Autowired
    Results results;

    @Autowired
    QualityPolicies policies;

    @Autowired
    AreaDashboard dashboard;

    @Autowired
    JdbcClient jdbc;

    Api admin;

    @BeforeEach
    void area() {
        admin = Api.asUser(port, "admin", ADMIN_PASSWORD);
        if (areas.byCode("8102").isPresent()) {
            return;
        }
        admin.post(
                "/api/v1/areas",
                "{\"code\":\"8102\",\"name_th\":\"สพป.แคช เขต 1\",\"name_en\":\"Cache Area 1\","
                        + "\"letter_prefix\":\"ศธ 04812\"}");
        assertThat(upload(
                                "/api/v1/schools/import",
                                SCHOOLS + "8102,81020001,โรงเรียนแคชหนึ่ง,เครือข่ายแคช,เมือง,ตำบล,100\n"
                                        + "8102,81020002,โรงเรียนแคชสอง,เครือข่ายแคช,เมือง,ตำบล,100\n")
                        .status())
                .isEqualTo(200);
        assertThat(upload(
                                "/api/v1/achievement/imports",
                                HEADER + "2567,ONET,P6,81020001,THAI,20,50,10\n"
                                        + "2567,ONET,P6,81020002,THAI,20,40,10\n")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aViewIsKeptUntilTheResultsChange() {
        AreaDashboard.View first = dashboard.build(selection(), "th");
        assertThat(dashboard.build(selection(), "th")).isSameAs(first);
        assertThat(thaiMeanOf(first, "81020001")).isEqualByComparingTo("50");

        assertThat(upload("/api/v1/achievement/imports", HEADER + "2567,ONET,P6,81020001,THAI,20,61.5,10\n")
                        .status())
                .isEqualTo(200);

        AreaDashboard.View after = dashboard.build(selection(), "th");
        assertThat(after).isNotSameAs(first);
        assertThat(thaiMeanOf(after, "81020001")).isEqualByComparingTo("61.5");
    }

    @Test
    void aRenamedSchoolShowsItsNewNameAtOnce() {
        String before = nameIn(dashboard.build(selection(), "th"), "81020002");
        String renamed = before.endsWith("ใหม่") ? "โรงเรียนแคชสอง" : "โรงเรียนแคชสองใหม่";
        assertThat(upload(
                                "/api/v1/schools/import",
                                SCHOOLS + "8102,81020002," + renamed + ",เครือข่ายแคช,เมือง,ตำบล,100\n")
                        .status())
                .isEqualTo(200);
        assertThat(nameIn(dashboard.build(selection(), "th"), "81020002")).isEqualTo(renamed);
    }

    @Test
    void aChangeMadeOutsideKhetIsSeenToo() {
        AreaDashboard.View first = dashboard.build(selection(), "th");
        // An operator's correction in psql: the trigger moves the revision as the app's own writes do.
        jdbc.sql("""
                        update achievement.school_result set mean = mean + 1
                        where school_id = (select id from registry.school where code = '81020002') and academic_year = 2567""").update();
        AreaDashboard.View after = dashboard.build(selection(), "th");
        assertThat(thaiMeanOf(after, "81020002"))
                .isEqualByComparingTo(thaiMeanOf(first, "81020002").add(BigDecimal.ONE));
    }

    private Selection selection() {
        Area area = areas.byCode("8102").orElseThrow();
        return Selection.of(area, "ONET-P6", 2567, "SEED", results.sittings(area.id()), policies);
    }

    private static BigDecimal thaiMeanOf(AreaDashboard.View view, String school) {
        return row(view, school).cell("THAI").mean();
    }

    private static String nameIn(AreaDashboard.View view, String school) {
        return row(view, school).name();
    }

    private static AreaDashboard.SchoolRow row(AreaDashboard.View view, String school) {
        return view.schools().stream()
                .filter(r -> r.code().equals(school))
                .findFirst()
                .orElseThrow();
    }

    private Api.Response upload(String path, String csv) {
        return admin.upload(path, "file.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
