package org.khet.personnel.development;

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
 * Action Learning on pages: the projects the user is on or oversees with the form to start one with colleagues of
 * the same school or unit; a project with its cycles, the form for the next step, and the form to finish it.
 */
@Controller
class ActionLearningPages {

    static final String PATH = "/personnel/development/action-learning";

    /** A colleague who may join the team. */
    record Colleague(long id, String name) {}

    private final ActionLearnings projects;
    private final DevelopmentAccess access;
    private final DevelopmentRules rules;
    private final JdbcClient jdbc;

    ActionLearningPages(ActionLearnings projects, DevelopmentAccess access, DevelopmentRules rules, JdbcClient jdbc) {
        this.projects = projects;
        this.access = access;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal KhetUser me, Model model) {
        Person p = access.personOf(me).orElse(null);
        model.addAttribute("person", p);
        model.addAttribute("projects", projects.visibleTo(me));
        model.addAttribute("colleagues", p == null ? List.of() : colleagues(p));
        return "personnel/development/action-learning";
    }

    @PostMapping(PATH)
    String start(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String problem,
            @RequestParam(defaultValue = "") String goal,
            @RequestParam(required = false) List<Long> members,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        try {
            long id = projects.start(new ActionLearnings.NewProject(title, problem, goal, members), me);
            flash.addFlashAttribute("notice", "personnel.development.al.started");
            return "redirect:" + PATH + "/" + id;
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
            return "redirect:" + PATH;
        }
    }

    @GetMapping(PATH + "/{id}")
    String one(@PathVariable long id, @AuthenticationPrincipal KhetUser me, Model model) {
        ActionLearning p = projects.readable(id, me);
        model.addAttribute("p", p);
        model.addAttribute("steps", List.of("PLAN", "ACT", "OBSERVE", "REFLECT"));
        model.addAttribute("today", rules.today());
        return "personnel/development/action-learning-project";
    }

    @PostMapping(PATH + "/{id}/entries")
    String record(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int cycle,
            @RequestParam(defaultValue = "") String step,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH + "/" + id,
                () -> projects.record(id, cycle, step, day, note, me),
                "personnel.development.al.recorded",
                me,
                flash);
    }

    @PostMapping(PATH + "/{id}/finish")
    String finish(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(required = false) BigDecimal hours,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return PageSteps.done(
                PATH + "/" + id,
                () -> projects.finish(id, outcome, hours, me),
                "personnel.development.al.finished",
                me,
                flash);
    }

    private List<Colleague> colleagues(Person p) {
        return jdbc.sql("""
                        select id, coalesce(title, '') || first_name_th || ' ' || last_name_th as name
                        from registry.person_placement
                        where area_id = :a and active and id <> :p
                          and school_id is not distinct from cast(:s as bigint)
                          and (cast(:s as bigint) is not null or unit_id = :u)
                        order by first_name_th collate "th-x-icu", last_name_th limit 300""")
                .param("a", p.areaId())
                .param("p", p.id())
                .param("s", p.schoolId())
                .param("u", p.unitId())
                .query(Colleague.class)
                .list();
    }
}
