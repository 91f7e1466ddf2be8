package org.khet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.khet.platform.KhetUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/** Thai first. A signed-in user's own choice wins; before sign-in the choice lives in the session. */
class UserLocaleResolver implements LocaleResolver {

    static final Locale THAI = Locale.forLanguageTag("th-TH");
    static final String SESSION_KEY = "khet.language";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KhetUser user) {
            return of(user.language());
        }
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return of(chosen == null ? "th" : chosen.toString());
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.getSession().setAttribute(SESSION_KEY, locale.getLanguage());
    }

    static Locale of(String language) {
        return "en".equals(language) ? Locale.ENGLISH : THAI;
    }
}
