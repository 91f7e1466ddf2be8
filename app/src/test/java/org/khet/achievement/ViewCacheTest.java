package org.khet.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages keep what they computed, and show a change of results, policies or schools at once; on an area of its
 * own (6597) with two schools.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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

    @Autowired
    ApplicationContext context;

    Api admin;

    @BeforeAll
    void area() {
        admin = Api.asUser(port, "admin", ADMIN_PASSWORD);
        TestArea area = TestArea.open(context, "6597");
        area.school("0001", "โรงเรียนแคชหนึ่ง");
        area.school("0002", "โรงเรียนแคชสอง");
        assertThat(upload(
                                "/api/v1/achievement/imports",
                                HEADER + "2567,ONET,P6,65970001,THAI,20,50,10\n"
                                        + "2567,ONET,P6,65970002,THAI,20,40,10\n")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aViewIsKeptUntilTheResultsChange() {
        AreaDashboard.View first = dashboard.build(selection(), "th");
        assertThat(dashboard.build(selection(), "th")).isSameAs(first);
        assertThat(thaiMeanOf(first, "65970001")).isEqualByComparingTo("50");

        assertThat(upload("/api/v1/achievement/imports", HEADER + "2567,ONET,P6,65970001,THAI,20,61.5,10\n")
                        .status())
                .isEqualTo(200);

        AreaDashboard.View after = dashboard.build(selection(), "th");
        assertThat(after).isNotSameAs(first);
        assertThat(thaiMeanOf(after, "65970001")).isEqualByComparingTo("61.5");
    }

    @Test
    void aRenamedSchoolShowsItsNewNameAtOnce() {
        String before = nameIn(dashboard.build(selection(), "th"), "65970002");
        String renamed = before.endsWith("ใหม่") ? "โรงเรียนแคชสอง" : "โรงเรียนแคชสองใหม่";
        assertThat(upload(
                                "/api/v1/schools/import",
                                SCHOOLS + "6597,65970002," + renamed + ",เครือข่ายแคช,เมือง,ตำบล,100\n")
                        .status())
                .isEqualTo(200);
        assertThat(nameIn(dashboard.build(selection(), "th"), "65970002")).isEqualTo(renamed);
    }

    @Test
    void aChangeMadeOutsideKhetIsSeenToo() {
        AreaDashboard.View first = dashboard.build(selection(), "th");
        // An operator's correction in psql: the trigger moves the revision as the app's own writes do.
        jdbc.sql("""
                        update achievement.school_result set mean = mean + 1
                        where school_id = (select id from registry.school where code = '65970002') and academic_year = 2567""").update();
        AreaDashboard.View after = dashboard.build(selection(), "th");
        assertThat(thaiMeanOf(after, "65970002"))
                .isEqualByComparingTo(thaiMeanOf(first, "65970002").add(BigDecimal.ONE));
    }

    private Selection selection() {
        Area area = areas.byCode("6597").orElseThrow();
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
