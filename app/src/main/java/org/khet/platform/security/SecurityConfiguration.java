package org.khet.platform.security;

import org.khet.platform.Accounts;
import org.khet.platform.Assets;
import org.khet.platform.Texts;
import org.khet.platform.tokens.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Six doors: the assets (public, no session), the token endpoint (HTTP Basic, to obtain a token), the public API
 * (nobody), the rest of the API (bearer tokens only, no cookies, so no CSRF), the public pages (nobody, no session,
 * CSRF in a cookie) and the web pages (form login, sessions in PostgreSQL, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'";

    /** Swagger UI styles some elements inline; only its own pages get that allowance. */
    static final String CSP_API_UI = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(PasswordAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    /**
     * Styles, scripts, fonts and images: public, and served without reading or writing anyone's session, so that
     * loading them costs the database nothing.
     */
    @Bean
    @Order(0)
    SecurityFilterChain assetsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(Assets.patterns())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // Each of these would look up the session: the anonymous token records its id.
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.disable())
                .anonymous(a -> a.disable())
                .requestCache(cache -> cache.disable())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(
            HttpSecurity http,
            ProblemResponses problems,
            AuthenticationManager manager,
            ApiTokens tokens,
            Accounts accounts)
            throws Exception {
        return statelessApi(http.securityMatcher("/api/v1/tokens", "/api/v1/tokens/**"), problems)
                .authenticationManager(manager)
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, problems), AnonymousAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, e) -> {
                    if (e instanceof PasswordAuthenticationProvider.ThrottledException throttled) {
                        problems.tooMany(res, throttled.retryAfterSeconds());
                    } else {
                        problems.unauthorized(res, Texts.of("platform.signIn.wrong"));
                    }
                }))
                .build();
    }

    /**
     * The public API (complaints, questions) knows nobody: a bearer token sent with it is neither read nor marked as
     * used, so an anonymous filing leaves no trace of the account whose program sent it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicApi(HttpSecurity http, ProblemResponses problems) throws Exception {
        return statelessApi(http.securityMatcher("/api/v1/public/**"), problems).build();
    }

    /**
     * LINE's webhook knows nobody and touches no session: LINE signs each body with the channel secret, and the
     * notifications module checks that signature before it reads anything.
     */
    @Bean
    @Order(1)
    SecurityFilterChain lineWebhookChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/line/webhook")
                .csrf(csrf -> csrf.disable())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.disable())
                .anonymous(a -> a.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ApiTokens tokens, Accounts accounts)
            throws Exception {
        return statelessApi(http.securityMatcher("/api/v1/**"), problems)
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, problems), AnonymousAuthenticationFilter.class)
                .build();
    }

    private HttpSecurity statelessApi(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/public/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(
                                (req, res, e) -> problems.unauthorized(res, Texts.of("platform.token.required")))
                        .accessDeniedHandler((req, res, e) -> problems.forbidden(res)))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiUi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api", "/swagger-ui/**", "/v3/api-docs/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP_API_UI)))
                .build();
    }

    /**
     * The public pages (complaint form, tracking, questions) know nobody and touch no session: a signed-in user who
     * files there anonymously is served as a visitor, and their session's last access does not move to the moment of
     * the filing. The forms carry a CSRF token kept in a cookie instead of the session.
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicPages(HttpSecurity http, SecureCookies secure) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookiePath("/public");
        if (secure.https()) {
            tokens.setCookieCustomizer(cookie -> cookie.secure(true));
        }
        return http.securityMatcher("/public/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // Each of these would look up the session: the anonymous token records its id.
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(s -> s.disable())
                .anonymous(a -> a.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(tokens))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager manager, LoginHandlers handlers) throws Exception {
        return http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/login", "/favicon.ico", "/samples/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/public/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/language")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("SYSTEM_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(handlers)
                        .failureHandler(handlers)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .build();
    }
}
