package org.khet.platform.security;

import java.util.Optional;
import org.khet.platform.Accounts;
import org.khet.platform.Accounts.Account;
import org.khet.platform.KhetUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password for the login form and for HTTP Basic on the token endpoint. A client address
 * with many recent failures is refused first; a wrong password counts towards the account's lockout. An unknown
 * user costs the same hashing time as a known one, and only the right password learns that an account is locked
 * or disabled, so the answers do not tell which usernames exist.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;
    private final ClientThrottle throttle;
    private final String dummyHash;

    PasswordAuthenticationProvider(
            Accounts accounts, PasswordEncoder passwords, LoginAttempts attempts, ClientThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.attempts = attempts;
        this.throttle = throttle;
        this.dummyHash = passwords.encode("khet-timing-equaliser");
    }

    /** Too many failures from one client address. */
    static class ThrottledException extends AuthenticationException {
        ThrottledException() {
            super("too many attempts from this address");
        }
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String client = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        if (throttle.blocked(client)) {
            throw new ThrottledException();
        }
        try {
            return check(
                    String.valueOf(request.getName()).trim().toLowerCase(), String.valueOf(request.getCredentials()));
        } catch (BadCredentialsException e) {
            throttle.failed(client);
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
        boolean locked = account.lockedAt(attempts.now());
        if (!passwords.matches(password, account.passwordHash())) {
            if (!locked) {
                attempts.failed(account);
            }
            throw new BadCredentialsException("bad credentials");
        }
        if (locked) {
            throw new LockedException("locked");
        }
        if (!account.enabled()) {
            throw new DisabledException("disabled");
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
