package org.khet.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.khet.platform.Accounts;
import org.khet.platform.Accounts.Account;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.platform.tokens.ApiTokens;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in an API request that carries {@code Authorization: Bearer khet_…} of an active token of an enabled user. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, Accounts accounts, ProblemResponses problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = tokens.ownerOf(header.substring(7).trim())
                .flatMap(accounts::byId)
                .filter(Account::enabled);
        if (account.isEmpty()) {
            problems.unauthorized(response, Texts.of("platform.token.invalid"));
            return;
        }
        KhetUser user = accounts.signedIn(account.get());
        var authorities = new java.util.ArrayList<>(Authorities.of(user));
        authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(Authorities.BEARER));
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
