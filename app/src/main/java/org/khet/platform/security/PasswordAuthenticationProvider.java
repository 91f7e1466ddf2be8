package org.khet.platform.security;

import java.time.Duration;
import java.util.Optional;
import org.khet.platform.Accounts;
import org.khet.platform.Accounts.Account;
import org.khet.platform.KhetUser;
import org.khet.platform.RateLimits;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password for the login form and for HTTP Basic on the token endpoint. A client address
 * (an IPv6 client by its /64) with very many recent failures is refused before any password is checked: a ceiling
 * generous enough that the teachers of a school behind one NAT address are not locked out by one of them. A wrong
 * password counts towards the account's lockout, also while it is locked. A locked or disabled account, an unknown
 * user and a wrong password all answer alike and cost the same hashing time, so the answer tells neither which
 * usernames exist nor whether a password was right; the owner learns of a lock by e-mail and on their profile.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;
    private final RateLimits.Limit addressFailures;
    private final String dummyHash;

    PasswordAuthenticationProvider(
            Accounts accounts, PasswordEncoder passwords, LoginAttempts attempts, RateLimits limits) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.attempts = attempts;
        this.addressFailures = limits.limit("sign-in-address", 300, Duration.ofMinutes(10));
        this.dummyHash = passwords.encode("khet-timing-equaliser");
    }

    /** Too many failures from one client address. */
    static class ThrottledException extends AuthenticationException {
        private final long retryAfterSeconds;

        ThrottledException(long retryAfterSeconds) {
            super("too many attempts from this address");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String client = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        RateLimits.Taken ceiling = addressFailures.check(client);
        if (!ceiling.allowed()) {
            throw new ThrottledException(ceiling.retryAfterSeconds());
        }
        try {
            return check(
                    String.valueOf(request.getName()).trim().toLowerCase(), String.valueOf(request.getCredentials()));
        } catch (BadCredentialsException e) {
            addressFailures.take(client);
            throw e;
        }
    }

    private Authentication check(String username, String password) {
        Optional<Account> found = accounts.byUsername(username);
        if (found.isEmpty()) {
            passwords.matches(password, dummyHash);
            throw new BadCredentialsException("bad credentials");
        }
        Account account = found.get();
        if (!passwords.matches(password, account.passwordHash())) {
            attempts.failed(account);
            throw new BadCredentialsException("bad credentials");
        }
        if (account.lockedAt(attempts.now()) || !account.enabled()) {
            // The right password of a locked or disabled account: refused as a wrong one, and not counted.
            throw new BadCredentialsException("bad credentials");
        }
        attempts.succeeded(account);
        KhetUser user = accounts.signedIn(account);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, Authorities.of(user));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
