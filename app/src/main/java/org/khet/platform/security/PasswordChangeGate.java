package org.khet.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a user signed in on a password someone else chose to the change-password page, from every page, until they
 * have set their own. The mark is put on the session at sign-in ({@link LoginHandlers}), so pages cost no query.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    static final String MARK = "khet.mustChangePassword";
    static final String PAGE = "/password/change";
    private static final Set<String> OPEN = Set.of(PAGE, "/logout", "/language", "/error", "/favicon.ico");

    static void mark(HttpServletRequest request) {
        request.getSession().setAttribute(MARK, Boolean.TRUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session == null || session.getAttribute(MARK) == null || OPEN.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + PAGE;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(target);
    }
}
