package org.khet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Switches between Thai and English: kept in a cookie, and on the account when signed in. The public pages post to
 * {@code /public/language}, which like them knows no session nor user, so only the cookie changes there.
 */
@Controller
class LanguageController {

    private final Accounts accounts;

    LanguageController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping({"/language", "/public/language"})
    String switchLanguage(
            @RequestParam String lang,
            @RequestParam(defaultValue = "/") String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        String language = "en".equals(lang) ? "en" : "th";
        UserLocaleResolver.remember(request, response, language);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KhetUser user) {
            accounts.setLocale(user.id(), language);
            KhetUser updated = new KhetUser(user.id(), user.username(), user.displayName(), language, user.grants());
            var replaced = UsernamePasswordAuthenticationToken.authenticated(updated, null, auth.getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(replaced);
            request.getSession()
                    .setAttribute(
                            HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                            SecurityContextHolder.getContext());
        }
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") && !back.contains(":");
        return "redirect:" + (local ? back : "/");
    }
}
