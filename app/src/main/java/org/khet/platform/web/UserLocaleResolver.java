package org.khet.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.khet.platform.KhetUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Thai first. A signed-in user's own choice wins; a visitor's lives in a cookie, never in a session, so that the
 * public pages (served without one) speak the language chosen on them.
 */
class UserLocaleResolver implements LocaleResolver {

    static final Locale THAI = Locale.forLanguageTag("th-TH");
    static final String COOKIE = "khet-lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KhetUser user) {
            return of(user.language());
        }
        Cookie[] cookies = request.getCookies();
        String chosen = cookies == null
                ? "th"
                : Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse("th");
        return of(chosen);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        remember(request, response, locale == null ? "th" : locale.getLanguage());
    }

    /** Keeps the choice for a year; Secure whenever the session cookie is (see SecureCookies). */
    static void remember(HttpServletRequest request, HttpServletResponse response, String language) {
        boolean secure = request.isSecure()
                || request.getServletContext().getSessionCookieConfig().isSecure();
        ResponseCookie cookie = ResponseCookie.from(COOKIE, "en".equals(language) ? "en" : "th")
                .path("/")
                .maxAge(Duration.ofDays(365))
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    static Locale of(String language) {
        return "en".equals(language) ? Locale.ENGLISH : THAI;
    }
}
