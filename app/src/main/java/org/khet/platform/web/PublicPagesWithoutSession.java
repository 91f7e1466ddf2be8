package org.khet.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The public pages ({@code /public/**}) are served as if the browser had no session: looking one up would make
 * Spring Session move a signed-in user's last access to the moment they filed anonymously. Their security chain
 * keeps neither the user nor the CSRF token in the session, but Thymeleaf looks the session up for every page it
 * renders; behind this filter it finds none. Making one there is a mistake and fails loudly.
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesWithoutSession {

    @Bean
    FilterRegistrationBean<Filter> sessionlessPublicPages() {
        Filter filter = (request, response, chain) -> chain.doFilter(
                isPublicPage((HttpServletRequest) request) ? new WithoutSession((HttpServletRequest) request) : request,
                response);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        // The error page of a public page (a form refused for its CSRF token …) is rendered in an error dispatch.
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        // Inside Spring Session's filter, so that its request, which reads the session table, is never asked.
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    private static boolean isPublicPage(HttpServletRequest request) {
        Object failed = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : request.getRequestURI();
        return failed instanceof String uri && uri.startsWith(request.getContextPath() + "/public/");
    }

    private static final class WithoutSession extends HttpServletRequestWrapper {

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("The public pages are served without a session");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }
}
