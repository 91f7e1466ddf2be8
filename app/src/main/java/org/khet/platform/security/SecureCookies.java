package org.khet.platform.security;

import jakarta.servlet.ServletContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.env.Environment;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * Marks every cookie {@code Secure} when Khet is published over HTTPS ({@code KHET_PUBLIC_URL} starts with
 * https). Without this the flag follows the request's scheme, which behind a TLS proxy is right only if the
 * proxy sends {@code X-Forwarded-Proto} and is trusted; with it, a session cookie never travels in clear text.
 */
@Component
class SecureCookies implements BeanPostProcessor, ServletContextInitializer {

    private final boolean https;

    /** Reads the setting itself: a post-processor is made before placeholders in {@code @Value} are resolved. */
    SecureCookies(Environment settings) {
        this.https = settings.getProperty("khet.public-url", "").regionMatches(true, 0, "https://", 0, 8);
    }

    /** Whether cookies are marked Secure whatever the request's scheme (the public pages' CSRF cookie follows). */
    boolean https() {
        return https;
    }

    /** The session cookie of Spring Session, which holds every signed-in session. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (https && bean instanceof DefaultCookieSerializer cookies) {
            cookies.setUseSecureCookie(true);
        }
        return bean;
    }

    /** The servlet container's own session cookie, should anything ever use it. */
    @Override
    public void onStartup(ServletContext context) {
        if (https) {
            context.getSessionCookieConfig().setSecure(true);
        }
    }
}
