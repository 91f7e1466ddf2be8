package org.khet.platform.users;

import java.util.List;
import java.util.Locale;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.ProfileSection;
import org.khet.platform.tokens.ApiTokens;
import org.khet.shared.RejectedException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own page: roles, password, personal API tokens, and the sections other modules add. */
@Controller
class ProfileController {

    /** The lifetimes offered on the form; the API takes any from 1 to ApiTokens.MAX_DAYS. */
    private static final List<Integer> TOKEN_DAYS = List.of(30, 90, ApiTokens.DEFAULT_DAYS, ApiTokens.MAX_DAYS);

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final List<ProfileSection> sections;
    private final MessageSource messages;

    ProfileController(
            Accounts accounts,
            ApiTokens tokens,
            PasswordEncoder passwords,
            List<ProfileSection> sections,
            MessageSource messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.sections = sections;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal KhetUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("tokenDays", TOKEN_DAYS);
        accounts.lockNoticeOf(user.id()).ifPresent(at -> model.addAttribute("lockedAt", at));
        model.addAttribute(
                "sections",
                sections.stream()
                        .flatMap(s -> s.sectionFor(user).stream())
                        .sorted(java.util.Comparator.comparingInt(ProfileSection.Section::order))
                        .toList());
        return "platform/profile";
    }

    @PostMapping("/profile/lock-notice")
    String dismissLockNotice(@AuthenticationPrincipal KhetUser user) {
        accounts.dismissLockNotice(user.id());
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(
            @AuthenticationPrincipal KhetUser user,
            @RequestParam String name,
            @RequestParam(name = "days", required = false) Integer days,
            Model model) {
        try {
            model.addAttribute(
                    "newToken",
                    tokens.create(user.id(), name, tokens.expiryIn(days)).token());
        } catch (RejectedException e) {
            model.addAttribute("tokenError", e.errors().get(0).message().in(user.language()));
        }
        return profile(user, model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal KhetUser user, @PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(user.id(), id);
        flash.addFlashAttribute("notice", "profile.token.revoked");
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(
            @AuthenticationPrincipal KhetUser user,
            @RequestParam String current,
            @RequestParam String password,
            Locale locale,
            Model model,
            RedirectAttributes flash) {
        var account = accounts.byId(user.id()).orElseThrow();
        if (!passwords.matches(current, account.passwordHash())) {
            model.addAttribute("passwordError", messages.getMessage("profile.password.currentWrong", null, locale));
            return profile(user, model);
        }
        try {
            accounts.setPassword(user.id(), password);
        } catch (RejectedException e) {
            model.addAttribute("passwordError", e.errors().get(0).message().in(user.language()));
            return profile(user, model);
        }
        flash.addFlashAttribute("notice", "profile.password.changed");
        return "redirect:/profile";
    }
}
