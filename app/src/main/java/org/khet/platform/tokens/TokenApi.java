package org.khet.platform.tokens;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tokens", description = "Personal API tokens / โทเค็นสำหรับเชื่อมต่อระบบ")
class TokenApi {

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** A token's name and how long it lasts: {@code expires_in_days} (default 365) or {@code expires_at}. */
    record NewToken(String name, Integer expiresInDays, OffsetDateTime expiresAt) {}

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a token with your own credentials (HTTP Basic); the token is shown only here",
            description = "The token expires after expires_in_days (1 to 730, default 365) or at expires_at "
                    + "(ISO-8601 with offset), not both; a new password or a disabled account revokes it.")
    Map<String, Object> create(
            @AuthenticationPrincipal KhetUser user,
            @RequestBody(required = false) NewToken body,
            org.springframework.security.core.Authentication auth) {
        boolean byToken = auth.getAuthorities().stream()
                .anyMatch(a -> org.khet.platform.security.Authorities.BEARER.equals(a.getAuthority()));
        if (byToken) {
            throw new org.khet.shared.ForbiddenException("a token cannot create tokens; sign in with your password");
        }
        NewToken asked = body == null ? new NewToken(null, null, null) : body;
        if (asked.expiresInDays() != null && asked.expiresAt() != null) {
            throw RejectedException.of(
                    "expires_at",
                    "ระบุ expires_in_days หรือ expires_at อย่างใดอย่างหนึ่ง",
                    "Give either expires_in_days or expires_at, not both");
        }
        OffsetDateTime expiry = asked.expiresAt() != null ? asked.expiresAt() : tokens.expiryIn(asked.expiresInDays());
        ApiTokens.Made made = tokens.create(user.id(), asked.name() == null ? "API" : asked.name(), expiry);
        return Map.of("token", made.token(), "expires_at", made.expiresAt());
    }

    @GetMapping("/tokens")
    @Operation(summary = "Your tokens (never their secrets)")
    List<ApiTokens.TokenInfo> list(@AuthenticationPrincipal KhetUser user) {
        return tokens.of(user.id());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your tokens")
    void revoke(@AuthenticationPrincipal KhetUser user, @PathVariable long id) {
        if (!tokens.revoke(user.id(), id)) {
            throw new NotFoundException("token");
        }
    }

    @GetMapping("/me")
    @Operation(summary = "Who the token belongs to and the roles it carries")
    KhetUser me(@AuthenticationPrincipal KhetUser user) {
        return user;
    }
}
