package org.khet.platform.security;

import java.util.List;
import org.khet.platform.KhetUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Spring Security authorities from a user's role grants, for URL rules that depend on a role anywhere. */
public final class Authorities {

    /** Marks a request signed in with an API token rather than a password. */
    public static final String BEARER = "AUTH_BEARER_TOKEN";

    private Authorities() {}

    public static List<GrantedAuthority> of(KhetUser user) {
        return user.grants().stream()
                .map(g -> (GrantedAuthority)
                        new SimpleGrantedAuthority("ROLE_" + g.role().name()))
                .distinct()
                .toList();
    }
}
