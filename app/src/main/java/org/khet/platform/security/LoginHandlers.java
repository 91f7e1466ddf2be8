package org.khet.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Where the login form goes after an attempt: home (or the page asked for), or back with the reason. */
@Component
class LoginHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    LoginHandlers() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?" + reason(exception));
    }

    private static String reason(AuthenticationException exception) {
        if (exception instanceof PasswordAuthenticationProvider.ThrottledException) {
            return "throttled";
        }
        if (exception instanceof LockedException) {
            return "locked";
        }
        return exception instanceof DisabledException ? "disabled" : "error";
    }
}
