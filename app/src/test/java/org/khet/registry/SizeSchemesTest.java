package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.platform.Accounts;
import org.khet.platform.Role;
import org.khet.shared.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The size bands of schools, and an area's choice of scheme, on area 6411 of the test's own with its director. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SizeSchemesTest extends IntegrationTest {

    private static final String PASSWORD = "size-schemes-test-password";

    @LocalServerPort
    int port;

    @Autowired
    SizeSchemes schemes;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    TestArea area;

    @BeforeAll
    void ownArea() {
        area = TestArea.open(context, "6411");
        area.account("director.6411", PASSWORD, area.areaRole(Role.AREA_DIRECTOR));
    }

    @Test
    void aNewVersionOfABandTakesEffectOnItsDateAndNotBefore() {
        var admin = accounts.signedIn(accounts.byUsername("admin").orElseThrow());
        LocalDate from = LocalDate.of(2600, 5, 16);
        schemes.newVersion("SUPERVISION", from, admin);
        long smallClass = jdbc.sql("""
                        select c.id from registry.size_class c join registry.size_scheme s on s.id = c.scheme_id
                        where s.code = 'SUPERVISION' and s.effective_from = :from and c.ordinal = 1""").param("from", from).query(Long.class).single();
        schemes.updateClass(smallClass, "โรงเรียนขนาดเล็ก", "Small", 1, 149, admin);
        long medium = jdbc.sql("""
                        select c.id from registry.size_class c join registry.size_scheme s on s.id = c.scheme_id
                        where s.code = 'SUPERVISION' and s.effective_from = :from and c.ordinal = 2""").param("from", from).query(Long.class).single();
        schemes.updateClass(medium, "โรงเรียนขนาดกลาง", "Medium", 150, 299, admin);

        assertThat(sizeOf(130, LocalDate.of(2599, 12, 31))).isEqualTo("โรงเรียนขนาดกลาง");
        assertThat(sizeOf(130, from)).isEqualTo("โรงเรียนขนาดเล็ก");
        assertThat(sizeOf(130, LocalDate.now())).isEqualTo("โรงเรียนขนาดกลาง");
    }

    @Test
    void anUnknownSchemeForAnAreaIsRefusedInTheReadersLanguageAndChangesNothing() {
        long area = this.area.id();
        String before = schemeOf(area);
        WebSession web = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);

        HttpResponse<String> refused =
                web.postForm("/areas/" + area, "/areas/" + area + "/size-scheme", "scheme=NO_SUCH_SCHEME");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(web.get("/areas/" + area).body())
                .contains("ไม่รู้จักเกณฑ์ขนาดโรงเรียนนี้")
                .doesNotContain("Unknown scheme");
        assertThat(schemeOf(area)).isEqualTo(before);
    }

    private String schemeOf(long area) {
        return jdbc.sql("select size_scheme from registry.area where id = :a")
                .param("a", area)
                .query(String.class)
                .single();
    }

    @Test
    void onlyTheAdministratorEditsBands() {
        var director = accounts.signedIn(accounts.byUsername("director.6411").orElseThrow());
        assertThatThrownBy(() -> schemes.newVersion("OBEC4", LocalDate.of(2650, 1, 1), director))
                .isInstanceOf(ForbiddenException.class);
    }

    private String sizeOf(int students, LocalDate on) {
        return jdbc.sql(
                        "select name_th from registry.size_class where id = registry.size_class_of('SUPERVISION', :n, :on)")
                .param("n", students)
                .param("on", on)
                .query(String.class)
                .single();
    }
}
