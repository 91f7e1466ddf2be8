package org.khet.platform.users;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.khet.platform.Accounts;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.platform.Places;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's user screens: list, create, grant and revoke roles, reset passwords, disable. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final Accounts accounts;
    private final UserQueries queries;
    private final Places places;

    UserAdminController(Accounts accounts, UserQueries queries, Places places) {
        this.accounts = accounts;
        this.queries = queries;
        this.places = places;
    }

    record NewUser(
            @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
            @NotBlank @Size(max = 200) String displayName,
            @Email String email,
            @NotBlank @Size(min = 10, max = 200) String password,
            @NotNull Role role,
            Long areaId,
            Long unitId,
            String schoolCode) {}

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal KhetUser me, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("users", queries.search(q, me.language()));
        return "platform/users";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", new NewUser("", "", "", "", Role.TEACHER, null, null, ""));
        return withChoices(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewUser form,
            BindingResult result,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        if (result.hasErrors()) {
            return withChoices(model);
        }
        try {
            long id = accounts.create(
                    form.username(),
                    form.displayName(),
                    blankToNull(form.email()),
                    form.password(),
                    List.of(grantOf(form)));
            return "redirect:/admin/users/" + id;
        } catch (RejectedException e) {
            Forms.reject(result, e, me);
            return withChoices(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal KhetUser me, Model model) {
        model.addAttribute("account", accounts.byId(id).orElseThrow(() -> new NotFoundException("user")));
        model.addAttribute("grants", queries.grants(id, me.language()));
        model.addAttribute("form", new NewUser("x", "x", null, "xxxxxxxxxx", Role.TEACHER, null, null, ""));
        return withChoices(model, "platform/user");
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @RequestParam String password,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        try {
            accounts.resetPassword(id, password);
            flash.addFlashAttribute("notice", "users.password.reset");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(me.language()));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes flash) {
        accounts.setEnabled(id, enabled);
        flash.addFlashAttribute("notice", enabled ? "users.enabled" : "users.disabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/grants")
    String grant(
            @PathVariable long id,
            @ModelAttribute("form") NewUser form,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        try {
            accounts.grant(id, grantOf(form));
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(me.language()));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/grants/{grant}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grant) {
        accounts.revokeGrant(id, grant);
        return "redirect:/admin/users/" + id;
    }

    private RoleGrant grantOf(NewUser form) {
        Role role = form.role();
        return switch (role.reach()) {
            case EVERYWHERE -> new RoleGrant(role, null, null, null);
            case AREA -> new RoleGrant(role, form.areaId(), null, null);
            case UNIT -> unitGrant(role, form.unitId());
            case SCHOOL -> schoolGrant(role, form.schoolCode());
        };
    }

    private RoleGrant unitGrant(Role role, Long unitId) {
        Places.Place unit = places.units().stream()
                .filter(u -> unitId != null && u.id() == unitId)
                .findFirst()
                .orElseThrow(() -> RejectedException.of("unitId", Texts.of("platform.userAdminController.chooseUnit")));
        return new RoleGrant(role, unit.areaId(), unit.id(), null);
    }

    private RoleGrant schoolGrant(Role role, String code) {
        Places.Place school = places.schoolByCode(code == null ? "" : code.strip())
                .orElseThrow(() ->
                        RejectedException.of("schoolCode", Texts.of("platform.users.noSchool", String.valueOf(code))));
        return new RoleGrant(role, school.areaId(), null, school.id());
    }

    private String withChoices(Model model) {
        return withChoices(model, "platform/user-new");
    }

    private String withChoices(Model model, String view) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("areas", places.areas());
        model.addAttribute("units", places.units());
        return view;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
