package org.khet.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where the login form goes after an attempt: home (or the page asked for; the profile first when the account was
 * locked since its owner last looked), or back to the form. A wrong password, an unknown user and a locked or
 * disabled account all go back alike; only a client address over its ceiling is told so.
 */
@Component
class LoginHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final Accounts accounts;

    LoginHandlers(Accounts accounts) {
        this.accounts = accounts;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof KhetUser user && accounts.mustChangePassword(user.id())) {
            PasswordChangeGate.mark(request);
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, PasswordChangeGate.PAGE);
            return;
        }
        if (authentication.getPrincipal() instanceof KhetUser user
                && accounts.lockNoticeOf(user.id()).isPresent()) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, "/profile");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof PasswordAuthenticationProvider.ThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
