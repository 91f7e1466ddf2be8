package org.khet.personnel.pairing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khet.personnel.WorkforcePages;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The area's small-school pairings of an academic year for the personnel group and the area director: the pairings
 * with their budgets and the small schools not yet paired by network (the suggestion: partners in the same network);
 * a new pairing drafted from a host and partners; a pairing's page arranges which school teaches each grade and how
 * the partners' pupils travel, explains the budget, and approves it, or deletes a draft. A school director reads, on
 * the same pages, the pairings their school is in, without the forms.
 */
@Controller
class PairingPages {

    static final String PATH = "/personnel/pairings";

    private final Pairings pairings;
    private final Areas areas;
    private final Clock clock;

    PairingPages(Pairings pairings, Areas areas, Clock clock) {
        this.pairings = pairings;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Area a = WorkforcePages.chosenArea(areas, area, me);
        PairingYear plan = pairings.year(a, WorkforcePages.year(year, clock), me);
        model.addAttribute("plan", plan);
        model.addAttribute("yearText", Integer.toString(plan.academicYear()));
        return "personnel/pairing/pairings";
    }

    @PostMapping(PATH)
    String create(
            @RequestParam(defaultValue = "") String area,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long host,
            @RequestParam(required = false) List<Long> partners,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Area a = WorkforcePages.chosenArea(areas, area, me);
        int y = WorkforcePages.year(year, clock);
        try {
            long id = pairings.create(a, y, host, partners, me);
            flash.addFlashAttribute("notice", "personnel.pairing.drafted");
            return "redirect:" + PATH + "/" + id;
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
            return "redirect:" + PATH + "?area=" + a.code() + "&year=" + y;
        }
    }

    @GetMapping(PATH + "/{id}")
    String one(@PathVariable long id, @AuthenticationPrincipal KhetUser me, Model model) {
        Pairing p = pairings.one(id);
        Area a = areas.byId(p.areaId()).orElseThrow();
        PairingYear plan = pairings.year(a, p.academicYear(), me);
        PairingYear.Entry entry = plan.entry(id);
        model.addAttribute("plan", plan);
        model.addAttribute("entry", entry);
        model.addAttribute("pairing", entry.pairing());
        model.addAttribute("budget", entry.budget());
        model.addAttribute("grades", gradesOf(entry.pairing(), plan.enrolment()));
        model.addAttribute("transports", Pairing.Transport.values());
        model.addAttribute("yearText", Integer.toString(p.academicYear()));
        return "personnel/pairing/pairing";
    }

    @PostMapping(PATH + "/{id}/arrange")
    String arrange(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Pairing p = pairings.one(id);
        return PageSteps.done(
                PATH + "/" + id,
                () -> pairings.arrange(id, gradesFrom(form), routesFrom(p, form), me),
                "personnel.pairing.arranged",
                me,
                flash);
    }

    @PostMapping(PATH + "/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return PageSteps.done(PATH + "/" + id, () -> pairings.approve(id, me), "personnel.pairing.approved", me, flash);
    }

    @PostMapping(PATH + "/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        Pairing p = pairings.one(id);
        Area a = areas.byId(p.areaId()).orElseThrow();
        String list = PATH + "?area=" + a.code() + "&year=" + p.academicYear();
        try {
            pairings.delete(id, me);
            flash.addFlashAttribute("notice", "personnel.pairing.deleted");
            return "redirect:" + list;
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
            return "redirect:" + PATH + "/" + id;
        }
    }

    /** The grades any school of the pairing has pupils in, in the registry's order. */
    static List<String> gradesOf(Pairing p, Map<Long, Map<String, Integer>> enrolment) {
        List<String> grades = new ArrayList<>();
        for (String g :
                List.of("K1", "K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3", "M4", "M5", "M6")) {
            if (p.schools().stream()
                    .anyMatch(s -> enrolment.getOrDefault(s.id(), Map.of()).containsKey(g))) {
                grades.add(g);
            }
        }
        return grades;
    }

    /** Form fields {@code grade.P1=schoolId} (empty: each school teaches it itself). */
    private static List<Pairings.GradeAt> gradesFrom(Map<String, String> form) {
        List<Pairings.GradeAt> grades = new ArrayList<>();
        form.forEach((k, v) -> {
            if (k.startsWith("grade.") && v.matches("[0-9]{1,18}")) {
                grades.add(new Pairings.GradeAt(k.substring(6), Long.parseLong(v)));
            }
        });
        return grades;
    }

    /** Form fields {@code km.<schoolId>} and {@code mode.<schoolId>} of each partner. */
    private static List<Pairings.Route> routesFrom(Pairing p, Map<String, String> form) {
        List<Pairings.Route> routes = new ArrayList<>();
        for (Pairing.Partner partner : p.partners()) {
            long id = partner.school().id();
            String km = form.getOrDefault("km." + id, "").strip();
            BigDecimal distance;
            try {
                distance = km.isEmpty() ? null : new BigDecimal(km);
            } catch (NumberFormatException e) {
                throw RejectedException.of("distanceKm", Texts.of("personnel.pairing.badDistance"));
            }
            Pairing.Transport mode = java.util.Arrays.stream(Pairing.Transport.values())
                    .filter(t -> t.name().equals(form.get("mode." + id)))
                    .findFirst()
                    .orElse(Pairing.Transport.OTHER);
            routes.add(new Pairings.Route(id, distance, mode));
        }
        return routes;
    }
}
