package org.khet.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.RoleGrant;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts made by a script: the maker chooses the password, so the account is ready for use at once (no forced
 * change). The system administrator makes any; an area director makes accounts whose grants are all in their area.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts for scripts / สร้างบัญชีผู้ใช้ด้วยสคริปต์")
class UserApi {

    private static final String USERNAME = "[a-z0-9._-]{3,64}";

    private final Accounts accounts;
    private final GrantPlaces places;

    UserApi(Accounts accounts, GrantPlaces places) {
        this.accounts = accounts;
        this.places = places;
    }

    record NewUser(String username, String password, String displayName, List<GrantPlaces.CodedGrant> grants) {}

    @PostMapping
    @Operation(
            summary = "Create an account with its grants (system administrator, or an area director in their area)",
            description = "Each grant is {role, area_code}, {role, area_code, unit_code} or {role, school_code} as "
                    + "the role's reach needs. 409 when the username is taken; 403 outside the caller's area.")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewUser body, @AuthenticationPrincipal KhetUser me) {
        if (!Granting.mayGiveAccounts(me)) {
            throw new ForbiddenException("create users");
        }
        List<FieldError> errors = new ArrayList<>();
        List<RoleGrant> grants = grants(body, errors);
        fields(body, errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("userApi.notMade"), errors);
        }
        if (!grants.stream().allMatch(g -> Granting.mayGive(me, g))) {
            throw new ForbiddenException("grant outside the caller's area");
        }
        if (accounts.exists(body.username())) {
            throw new ConflictException(FieldError.of("username", Texts.of("userApi.usernameTaken", body.username())));
        }
        long id = accounts.create(body.username(), body.displayName().strip(), null, body.password(), grants);
        return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(view(id, me));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An account and its grants, for whoever could have made it")
    Map<String, Object> show(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        var grants = accounts.grantsOf(id);
        boolean visible = me.isAdmin()
                || (Granting.mayGiveAccounts(me)
                        && !grants.isEmpty()
                        && grants.stream().allMatch(g -> Granting.mayGive(me, g)));
        if (!visible || accounts.byId(id).isEmpty()) {
            throw new NotFoundException("user");
        }
        return view(id, me);
    }

    private Map<String, Object> view(long id, KhetUser me) {
        var account = accounts.byId(id).orElseThrow();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", account.id());
        out.put("username", account.username());
        out.put("display_name", account.displayName());
        out.put(
                "grants",
                accounts.grantsOf(id).stream()
                        .map(g -> codes(places.codesOf(g, me)))
                        .toList());
        return out;
    }

    private static Map<String, String> codes(GrantPlaces.CodedGrant g) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("role", g.role());
        if (g.areaCode() != null) {
            out.put("area_code", g.areaCode());
        }
        if (g.unitCode() != null) {
            out.put("unit_code", g.unitCode());
        }
        if (g.schoolCode() != null) {
            out.put("school_code", g.schoolCode());
        }
        return out;
    }

    private List<RoleGrant> grants(NewUser body, List<FieldError> errors) {
        if (body.grants() == null || body.grants().isEmpty()) {
            errors.add(FieldError.of("grants", Texts.of("userApi.noGrant")));
            return List.of();
        }
        List<RoleGrant> found = new ArrayList<>();
        for (int i = 0; i < body.grants().size(); i++) {
            var g = body.grants().get(i);
            if (g == null) {
                errors.add(FieldError.of("grants[" + i + "]", Texts.of("userApi.emptyGrant")));
                continue;
            }
            places.resolve(g, "grants[" + i + "].", 0, errors).ifPresent(found::add);
        }
        return found;
    }

    private static void fields(NewUser body, List<FieldError> errors) {
        if (body.username() == null || !body.username().matches(USERNAME)) {
            errors.add(FieldError.of("username", Texts.of("userApi.username")));
        }
        if (body.displayName() == null
                || body.displayName().isBlank()
                || body.displayName().length() > 200) {
            errors.add(FieldError.of("display_name", Texts.of("userApi.displayName")));
        }
        try {
            Accounts.checkPassword(body.password());
        } catch (RejectedException e) {
            errors.addAll(e.errors());
        }
    }
}
