package org.khet.correspondence;

import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.shared.ForbiddenException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working days recipients have to acknowledge urgent letters, each from a date on: read by the offices that
 * send them, set by the system administrator.
 */
@Controller
class AcknowledgeRulePages {

    static final String PATH = "/correspondence/rules";

    private final AcknowledgeRules rules;

    AcknowledgeRulePages(AcknowledgeRules rules) {
        this.rules = rules;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal KhetUser user, Model model) {
        if (!user.isAdmin() && user.areaIds().stream().noneMatch(user::worksForArea)) {
            throw new ForbiddenException("read acknowledgement rules");
        }
        model.addAttribute("rules", rules.all());
        model.addAttribute("urgencies", java.util.List.of(Urgency.URGENT, Urgency.VERY_URGENT, Urgency.MOST_URGENT));
        model.addAttribute("canEdit", user.isAdmin());
        return "correspondence/rules";
    }

    @PostMapping(PATH)
    String set(
            @RequestParam(defaultValue = "") String urgency,
            @RequestParam(defaultValue = "") String workingDays,
            @RequestParam(defaultValue = "") String firstDay,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return Forms.saved(() -> rules.set(urgency, workingDays, firstDay, user), user, flash, PATH);
    }
}
