package org.khet.notifications;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
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
        try {
            String number = PhoneNumbers.normalise(phone);
            check(user, chosen, number);
            preferences.choose(user.id(), chosen, number);
            flash.addFlashAttribute("notice", "notifications.channels.saved");
        } catch (RejectedException e) {
            flash.addFlashAttribute(
                    "notificationsError", e.errors().get(0).message().in(user.language()));
        }
        return BACK;
    }

    private void check(KhetUser user, Set<Channel> chosen, String phone) {
        if (chosen.isEmpty()) {
            throw RejectedException.of(
                    "channels",
                    "เลือกช่องทางรับแจ้งเตือนอย่างน้อยหนึ่งช่องทาง งานที่มอบให้คุณต้องแจ้งถึงคุณได้",
                    "Choose at least one channel: work given to you must reach you");
        }
        String email = accounts.byId(user.id()).map(Accounts.Account::email).orElse(null);
        if (chosen.contains(Channel.EMAIL) && (email == null || email.isBlank())) {
            throw RejectedException.of(
                    "channels",
                    "บัญชีของคุณยังไม่มีอีเมล ขอให้ผู้ดูแลระบบเพิ่มอีเมล หรือเลือกช่องทางอื่น",
                    "Your account has no e-mail address: ask an administrator to add one, or choose another channel");
        }
        if (chosen.contains(Channel.SMS) && phone == null) {
            throw RejectedException.of(
                    "phone", "ใส่หมายเลขโทรศัพท์มือถือเพื่อรับ SMS", "Enter a mobile number to receive SMS");
        }
        if (chosen.contains(Channel.LINE) && lineLinks.lineUserOf(user.id()).isEmpty()) {
            throw RejectedException.of(
                    "channels", "เชื่อมต่อ LINE ก่อนจึงจะเลือกรับทาง LINE ได้", "Link LINE before choosing it");
        }
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
