package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.registry.TestArea;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The web door as a browser meets it: headers, CSRF, redirects, sign-in; signed in as a supervisor or an office
 * clerk of area 6418, which the test opens for itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSecurityTest extends IntegrationTest {

    private static final String PASSWORD = "web-security-test-password";

    @LocalServerPort
    int port;

    WebSession browser;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    ApplicationContext context;

    TestArea area;

    @BeforeAll
    void ownArea() {
        area = TestArea.open(context, "6418");
        area.account("saraban.6418", PASSWORD, area.unitRole(Role.AREA_STAFF, "ADMIN"));
        area.account("supervisor.6418", PASSWORD, area.areaRole(Role.SUPERVISOR));
    }

    @BeforeEach
    void newBrowser() {
        browser = new WebSession(port, null);
    }

    @Test
    void pagesSendAStrictContentSecurityPolicyAndRefuseFraming() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        signIn("saraban.6418");
        HttpResponse<String> r = post("/areas/" + area.id() + "/networks", "nameTh=" + enc("เครือข่ายปลอม"));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void theLanguageSwitchOnlyRedirectsWithinKhet() throws Exception {
        for (String back : new String[] {"//evil.example/", "/\\evil.example", "https://evil.example/"}) {
            HttpResponse<String> r = browser.postForm("/login", "/language", "lang=en&back=" + enc(back));
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("localhost:" + port + "/");
        }
    }

    @Test
    void signingInRedirectsHomeAndAWrongPasswordBackToTheForm() throws Exception {
        assertThat(signIn("supervisor.6418").headers().firstValue("Location").orElseThrow())
                .endsWith("/");
        newBrowser();
        HttpResponse<String> wrong = browser.signIn("supervisor.6418", "wrong-one");
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void assetsCarryTheirContentHashAreKeptForAYearAndLeaveTheSessionAlone() throws Exception {
        signIn("supervisor.6418");
        String home = get("/").body();
        Matcher links = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"")
                .matcher(home);
        java.util.List<String> assets = new java.util.ArrayList<>();
        while (links.find()) {
            assets.add(links.group(1));
        }
        assertThat(assets).hasSizeGreaterThanOrEqualTo(6);
        assertThat(assets).allMatch(a -> a.matches(".*-[0-9a-f]{32}\\.\\w+"), "fingerprinted");
        long before = lastAccess();
        // Session times are in milliseconds of this JVM's clock: once it has moved on, a page's access is later.
        await().atMost(Duration.ofSeconds(1)).until(() -> System.currentTimeMillis() > before);
        for (String asset : assets) {
            HttpResponse<String> r = get(asset);
            assertThat(r.statusCode()).as(asset).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control").orElse(""))
                    .as(asset)
                    .contains("max-age=31536000", "public", "immutable");
            assertThat(r.headers().firstValue("Set-Cookie")).as(asset).isEmpty();
        }
        assertThat(lastAccess()).as("assets neither read nor write the session").isEqualTo(before);
        get("/");
        assertThat(lastAccess()).as("a page does").isGreaterThan(before);

        String css = get(assets.stream()
                        .filter(a -> a.startsWith("/css/khet-"))
                        .findFirst()
                        .orElseThrow())
                .body();
        Matcher font = Pattern.compile("url\\(\"(/fonts/sarabun-thai-400-normal-[0-9a-f]{32}\\.woff2)\"\\)")
                .matcher(css);
        assertThat(font.find()).as("the style sheet links its fonts by hash").isTrue();
        assertThat(get(font.group(1)).statusCode()).isEqualTo(200);
        assertThat(get("/css/khet-0123456789abcdef0123456789abcdef.css").statusCode())
                .as("a hash that is not the content's")
                .isEqualTo(404);
    }

    @Test
    void thePublicPagesLeaveTheSessionAloneAndKeepTheirCsrfTokenInACookie() throws Exception {
        signIn("supervisor.6418");
        get("/");
        long before = lastAccess();
        HttpResponse<String> form = get("/public/questions");
        assertThat(form.headers().allValues("Set-Cookie"))
                .as("cookies set by a public page")
                .noneMatch(c -> c.startsWith("SESSION="))
                .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("Path=/public", "HttpOnly"));
        assertThat(form.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(form.body()).as("the signed-in user is not shown").doesNotContain("/logout");
        assertThat(post("/public/questions", "topic=TRANSFER&question=" + enc("ไม่มีโทเค็น"))
                        .statusCode())
                .as("a public form without its CSRF token")
                .isEqualTo(403);
        assertThat(lastAccess()).as("the session's last access").isEqualTo(before);
    }

    private long lastAccess() {
        String cookie = browser.cookie("SESSION").orElseThrow();
        String id = new String(java.util.Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        return jdbc.sql("select last_access_time from platform.spring_session where session_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> signIn(String user) {
        return browser.signIn(user, PASSWORD);
    }

    private HttpResponse<String> get(String path) {
        return browser.get(path);
    }

    private HttpResponse<String> post(String path, String form) {
        return browser.postWithoutToken(path, form);
    }

    private static String enc(String s) {
        return WebSession.enc(s);
    }
}
