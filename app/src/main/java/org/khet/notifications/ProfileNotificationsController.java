package org.khet.notifications;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.thai.ThaiPhoneNumbers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of the notifications section of {@code /profile}: channels and phone, a LINE code, unlinking LINE. */
@Controller
class ProfileNotificationsController {

    private static final String BACK = "redirect:/profile#notifications";

    private final Accounts accounts;
    private final Preferences preferences;
    private final LineLinks lineLinks;
    private final LineLinking linking;
    private final LineSettings line;

    ProfileNotificationsController(
            Accounts accounts, Preferences preferences, LineLinks lineLinks, LineLinking linking, LineSettings line) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.lineLinks = lineLinks;
        this.linking = linking;
        this.line = line;
    }

    @PostMapping("/profile/notifications")
    String choose(
            @AuthenticationPrincipal KhetUser user,
            @RequestParam(name = "channels", required = false) List<Channel> channels,
            @RequestParam(name = "phone", required = false) String phone,
            RedirectAttributes flash) {
        Set<Channel> chosen =
                channels == null || channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        String number = ThaiPhoneNumbers.plain(phone);
        Optional<String> refused = refusal(user, chosen, number);
        if (refused.isPresent()) {
            flash.addFlashAttribute("notificationsError", refused.get());
        } else {
            preferences.choose(user.id(), chosen, number.isEmpty() ? null : number);
            flash.addFlashAttribute("notice", "notifications.channels.saved");
        }
        return BACK;
    }

    /** Why the choice cannot be saved, as a message key; empty when it can. */
    private Optional<String> refusal(KhetUser user, Set<Channel> chosen, String phone) {
        if (!phone.isEmpty() && !ThaiPhoneNumbers.isValid(phone)) {
            return Optional.of("notifications.refused.phone");
        }
        if (chosen.isEmpty()) {
            return Optional.of("notifications.refused.noChannel");
        }
        String email = accounts.byId(user.id()).map(Accounts.Account::email).orElse(null);
        if (chosen.contains(Channel.EMAIL) && (email == null || email.isBlank())) {
            return Optional.of("notifications.refused.noEmail");
        }
        if (chosen.contains(Channel.SMS) && phone.isEmpty()) {
            return Optional.of("notifications.refused.noPhone");
        }
        if (chosen.contains(Channel.LINE) && lineLinks.lineUserOf(user.id()).isEmpty()) {
            return Optional.of("notifications.refused.lineFirst");
        }
        return Optional.empty();
    }

    @PostMapping("/profile/line/code")
    String code(@AuthenticationPrincipal KhetUser user, RedirectAttributes flash) {
        if (line.configured()) {
            flash.addFlashAttribute("lineCode", lineLinks.newCode(user.id()));
        }
        return BACK;
    }

    @PostMapping("/profile/line/unlink")
    String unlink(@AuthenticationPrincipal KhetUser user, RedirectAttributes flash) {
        linking.unlink(user.id());
        flash.addFlashAttribute("notice", "notifications.line.unlinked");
        return BACK;
    }
}
