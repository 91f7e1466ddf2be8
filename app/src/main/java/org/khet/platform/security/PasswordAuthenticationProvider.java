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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password for the login form and for HTTP Basic on the token endpoint. A wrong password
 * counts towards lockout; an unknown user costs the same hashing time as a known one.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LoginAttempts attempts;
    private final String dummyHash;

    PasswordAuthenticationProvider(Accounts accounts, PasswordEncoder passwords, LoginAttempts attempts) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.attempts = attempts;
        this.dummyHash = passwords.encode("khet-timing-equaliser");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = String.valueOf(request.getName()).trim().toLowerCase();
        String password = String.valueOf(request.getCredentials());
        Optional<Account> found = accounts.byUsername(username);
        if (found.isEmpty()) {
            passwords.matches(password, dummyHash);
            throw new BadCredentialsException("bad credentials");
        }
        Account account = found.get();
        if (account.lockedAt(attempts.now())) {
            throw new LockedException("locked");
        }
        if (!passwords.matches(password, account.passwordHash())) {
            attempts.failed(account);
            throw new BadCredentialsException("bad credentials");
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
