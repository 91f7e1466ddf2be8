package org.khet.complaints;

import java.time.LocalDate;
import java.util.List;
import org.khet.org.Units;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's case list and case page: screening, assigning, forwarding, answering, closing. */
@Controller
class CasePages {

    /** A step as the form sends it. */
    record MoveForm(
            String to,
            String publicNote,
            String internalNote,
            Long unitId,
            Long officerId,
            String forwardedTo,
            String forwardedRef,
            LocalDate forwardedOn,
            String outcome) {

        Cases.Move move() {
            return new Cases.Move(
                    to, publicNote, internalNote, unitId, officerId, forwardedTo, forwardedRef, forwardedOn, outcome);
        }
    }

    private final Cases cases;
    private final Units units;
    private final Accounts accounts;

    private final java.time.Clock clock;

    CasePages(Cases cases, Units units, Accounts accounts, java.time.Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.units = units;
        this.accounts = accounts;
    }

    @GetMapping("/complaints")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        model.addAttribute("cases", cases.list(user, status, overdue));
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("status", status);
        model.addAttribute("statuses", Cases.NEXT.keySet().stream().sorted().toList());
        model.addAttribute("language", user.language());
        return "complaints/cases";
    }

    @GetMapping("/complaints/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        return casePage(cases.read(id, user), user, model);
    }

    @PostMapping("/complaints/{id}/complainant")
    String complainant(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        Cases.Case c = cases.read(id, user);
        model.addAttribute("complainant", cases.complainant(id, user).orElse(null));
        model.addAttribute("complainantShown", true);
        return casePage(c, user, model);
    }

    @PostMapping("/complaints/{id}/move")
    String move(
            @PathVariable long id,
            @ModelAttribute MoveForm form,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        try {
            cases.move(id, form.move(), user);
            flash.addFlashAttribute("notice", "common.saved");
        } catch (RejectedException e) {
            // A conflict (someone moved the case meanwhile) is a refusal too: its reason says so.
            flash.addFlashAttribute("error", e.reason().in(user.language()));
        }
        return "redirect:/complaints/" + id;
    }

    private String casePage(Cases.Case c, KhetUser user, Model model) {
        model.addAttribute("case", c);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("steps", cases.steps(c.id()));
        model.addAttribute("next", nextFor(c, user));
        model.addAttribute("maySeeComplainant", Cases.maySeeComplainant(user, c));
        model.addAttribute("units", units.inArea(c.areaId()));
        model.addAttribute("officers", accounts.officersIn(c.areaId()));
        model.addAttribute("language", user.language());
        return "complaints/case";
    }

    /** The steps this user may take now, in the order a form lists them. */
    private static List<String> nextFor(Cases.Case c, KhetUser user) {
        return Cases.NEXT.getOrDefault(c.status(), java.util.Set.of()).stream()
                .filter(to -> Cases.mayTake(user, c, to))
                .sorted()
                .toList();
    }
}
