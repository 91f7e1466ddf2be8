package org.khet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

/** The session cookie is Secure whenever Khet is published over HTTPS, whatever the proxy forwards. */
class SecureCookiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SecureCookies.class)
            .withBean(DefaultCookieSerializer.class);

    @Test
    void httpsPublicUrlMakesTheSessionCookieSecureEvenOnAPlainRequest() {
        context.withPropertyValues("khet.public-url=https://khet.example.go.th")
                .run(ctx -> assertThat(sessionCookie(ctx.getBean(DefaultCookieSerializer.class)))
                        .contains("Secure"));
    }

    @Test
    void aPlainHttpPublicUrlLeavesItToTheRequest() {
        context.withPropertyValues("khet.public-url=http://localhost:8080")
                .run(ctx -> assertThat(sessionCookie(ctx.getBean(DefaultCookieSerializer.class)))
                        .doesNotContain("Secure"));
    }

    private static String sessionCookie(DefaultCookieSerializer cookies) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSecure(false);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cookies.writeCookieValue(new CookieValue(request, response, "abc"));
        return response.getHeader("Set-Cookie");
    }
}
