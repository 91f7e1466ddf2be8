package org.khet.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a user on a password someone else chose sets their own: a new one that passes the rules and is not the one
 * they were given. Changing it ends every session (as any password change does), so they sign in again with it.
 */
@Controller
class PasswordChangePage {

    private final Accounts accounts;
    private final PasswordEncoder passwords;

    PasswordChangePage(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @GetMapping(PasswordChangeGate.PAGE)
    String form() {
        return "platform/password-change";
    }

    @PostMapping(PasswordChangeGate.PAGE)
    String change(
            @AuthenticationPrincipal KhetUser user,
            @RequestParam String password,
            @RequestParam String repeat,
            HttpServletRequest request,
            Model model) {
        var account = accounts.byId(user.id()).orElseThrow();
        try {
            if (!password.equals(repeat)) {
                throw RejectedException.of("repeat", Texts.of("platform.passwordChangePage.repeatDiffers"));
            }
            if (passwords.matches(password, account.passwordHash())) {
                throw RejectedException.of("password", Texts.of("platform.passwordChangePage.newPasswordMustDiffer"));
            }
            accounts.setPassword(user.id(), password);
        } catch (RejectedException e) {
            model.addAttribute("passwordError", e.errors().get(0).message().in(user.language()));
            return "platform/password-change";
        }
        request.getSession().invalidate();
        return "redirect:/login?changed";
    }
}
