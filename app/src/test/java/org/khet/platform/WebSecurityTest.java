package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web door as a browser meets it: headers, CSRF, redirects, sign-in. */
class WebSecurityTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
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
        signIn("saraban");
        HttpResponse<String> r = post("/areas/1/networks", "nameTh=" + enc("เครือข่ายปลอม"));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void theLanguageSwitchOnlyRedirectsWithinKhet() throws Exception {
        String token = csrf(get("/login").body());
        for (String back : new String[] {"//evil.example/", "/\\evil.example", "https://evil.example/"}) {
            HttpResponse<String> r = post("/language", "lang=en&back=" + enc(back) + "&_csrf=" + enc(token));
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("localhost:" + port + "/");
        }
    }

    @Test
    void signingInRedirectsHomeAndAWrongPasswordBackToTheForm() throws Exception {
        assertThat(signIn("supervisor").headers().firstValue("Location").orElseThrow())
                .endsWith("/");
        newBrowser();
        String token = csrf(get("/login").body());
        HttpResponse<String> wrong = post("/login", "username=supervisor&password=wrong-one&_csrf=" + enc(token));
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    private HttpResponse<String> signIn(String user) throws Exception {
        String token = csrf(get("/login").body());
        return post("/login", "username=" + user + "&password=" + enc(DEMO_PASSWORD) + "&_csrf=" + enc(token));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
