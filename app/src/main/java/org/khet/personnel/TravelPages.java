package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.registry.Person;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Official travel on pages, phone first: the person's trips and the form to ask for one, one trip with what the
 * reader may do (decide, report), and the approver's queue.
 */
@Controller
class TravelPages {

    static final String PATH = "/personnel/travel";

    /** Someone who may go along: a colleague at the same school, or anyone of the office's units. */
    record Colleague(long id, String name, String placeName) {}

    private final TravelFiling filing;
    private final TravelRequests requests;
    private final TravelDecisions decisions;
    private final LeaveAccess access;
    private final LeaveRules rules;
    private final JdbcClient jdbc;

    TravelPages(
            TravelFiling filing,
            TravelRequests requests,
            TravelDecisions decisions,
            LeaveAccess access,
            LeaveRules rules,
            JdbcClient jdbc) {
        this.filing = filing;
        this.requests = requests;
        this.decisions = decisions;
        this.access = access;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @GetMapping(PATH)
    String mine(@AuthenticationPrincipal KhetUser me, Model model) {
        Person p = access.personOf(me).orElse(null);
        model.addAttribute("person", p);
        model.addAttribute("trips", p == null ? List.of() : requests.ofPerson(p.id()));
        model.addAttribute("colleagues", p == null ? List.of() : colleagues(p));
        model.addAttribute("today", rules.today());
        return "personnel/travel";
    }

    @PostMapping(PATH)
    String file(
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            @RequestParam(required = false) List<Long> companions,
            @RequestParam(defaultValue = "") String vehicle,
            @RequestParam(required = false) BigDecimal estimatedCost,
            @RequestParam(defaultValue = "") String reference,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        var form = new TravelFiling.NewTravel(
                purpose, place, firstDay, lastDay, companions, vehicle, estimatedCost, reference);
        try {
            long id = filing.file(form, me);
            flash.addFlashAttribute("notice", "personnel.travel.filed");
            return "redirect:" + PATH + "/" + id;
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
            flash.addFlashAttribute("form", form);
            return "redirect:" + PATH;
        }
    }

    @GetMapping(PATH + "/{id}")
    String one(@PathVariable long id, @AuthenticationPrincipal KhetUser me, Model model) {
        TravelRequest r = requests.readable(id, me);
        model.addAttribute("r", r);
        model.addAttribute("mayDecide", r.waiting() && requests.mayApprove(me, r));
        model.addAttribute("mayReport", r.reportableOn(rules.today()) && requests.isApplicant(me, r));
        return "personnel/travel-request";
    }

    @GetMapping(PATH + "/queue")
    String queue(@AuthenticationPrincipal KhetUser me, Model model) {
        model.addAttribute("waiting", requests.waitingFor(me));
        return "personnel/travel-queue";
    }

    @PostMapping(PATH + "/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(id, () -> decisions.approve(id, me), "personnel.travel.approved", me, flash);
    }

    @PostMapping(PATH + "/{id}/refuse")
    String refuse(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(id, () -> decisions.refuse(id, reason, me), "personnel.travel.refused", me, flash);
    }

    @PostMapping(PATH + "/{id}/report")
    String report(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String report,
            @RequestParam(required = false) BigDecimal actualCost,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(id, () -> decisions.report(id, report, actualCost, me), "personnel.travel.reported", me, flash);
    }

    private static String done(long id, Runnable step, String notice, KhetUser me, RedirectAttributes flash) {
        return PageSteps.done(PATH + "/" + id, step, notice, me, flash);
    }

    private List<Colleague> colleagues(Person p) {
        return jdbc.sql("""
                        select id, coalesce(title, '') || first_name_th || ' ' || last_name_th as name,
                               coalesce(school_name_th, unit_name_th, '') as place_name
                        from registry.person_placement
                        where area_id = :a and active and id <> :p
                          and (case when cast(:s as bigint) is null then unit_id is not null
                               else school_id = :s end)
                        order by first_name_th, last_name_th limit 300""")
                .param("a", p.areaId())
                .param("p", p.id())
                .param("s", p.schoolId())
                .query(Colleague.class)
                .list();
    }
}
