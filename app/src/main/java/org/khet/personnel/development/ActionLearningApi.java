package org.khet.personnel.development;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.personnel.common.ApiFields;
import org.khet.platform.KhetUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Action Learning written by schools' own systems, names in snake_case: a project started with its team, the steps
 * of its cycles, and finishing it (which gives each member a development record). The page's rules
 * ({@link ActionLearnings}); a project the caller is not on and does not oversee is not found.
 */
@RestController
@Tag(name = "Personnel")
class ActionLearningApi {

    static final String PATH = "/api/v1/personnel/action-learning";

    /** {@code step} PLAN, ACT, OBSERVE or REFLECT. */
    record EntryBody(Integer cycle, String step, LocalDate day, String note) {}

    record DoneBody(String outcome, BigDecimal hours) {}

    private final ActionLearnings projects;

    ActionLearningApi(ActionLearnings projects) {
        this.projects = projects;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start an Action Learning project led by the caller, with colleagues of the same place",
            description = "title (up to 300 characters), problem and goal (up to 2000 each), members: registry person "
                    + "ids of active people of the caller's own school or office unit (the caller is on the team "
                    + "anyway). The caller's account must be linked to a registry person.")
    Map<String, Object> start(@RequestBody ActionLearnings.NewProject body, @AuthenticationPrincipal KhetUser me) {
        long id = ApiFields.named(() -> projects.start(body, me));
        return json(projects.readable(id, me));
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "A project with its team and entries, for its members, the place's director and the group")
    Map<String, Object> one(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        return json(projects.readable(id, me));
    }

    @PostMapping(PATH + "/{id}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a step of a cycle: plan, act, observe or reflect",
            description = "cycle 1–50, step PLAN, ACT, OBSERVE or REFLECT, day (ISO, not after today), note (up to "
                    + "2000 characters). By a member, the place's director or the personnel group, until done.")
    Map<String, Object> entry(
            @PathVariable long id, @RequestBody EntryBody body, @AuthenticationPrincipal KhetUser me) {
        projects.readable(id, me);
        ApiFields.named(() ->
                projects.record(id, body.cycle() == null ? 0 : body.cycle(), body.step(), body.day(), body.note(), me));
        return json(projects.readable(id, me));
    }

    @PostMapping(PATH + "/{id}/done")
    @Operation(
            summary = "Finish the project with its outcome and the hours each member gets",
            description = "Once a cycle has been reflected on. Each member gets a development record of kind "
                    + "ACTION_LEARNING for the hours, verified at once when the caller is the place's director or the "
                    + "personnel group (never their own), else waiting for verification.")
    Map<String, Object> done(@PathVariable long id, @RequestBody DoneBody body, @AuthenticationPrincipal KhetUser me) {
        projects.readable(id, me);
        ApiFields.named(() -> projects.finish(id, body.outcome(), body.hours(), me));
        return json(projects.readable(id, me));
    }

    private static Map<String, Object> json(ActionLearning p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("problem", p.problem());
        m.put("goal", p.goal());
        m.put("place", p.placeName());
        m.put("status", p.status());
        m.put(
                "members",
                p.members().stream()
                        .map(x -> Map.of("person_id", x.personId(), "name", x.personName()))
                        .toList());
        m.put(
                "entries",
                p.entries().stream()
                        .map(e -> Map.of(
                                "id", e.id(), "cycle", e.cycle(), "step", e.step(), "day", e.day(), "note", e.note()))
                        .toList());
        m.put("outcome", p.outcome());
        m.put("hours", p.hours());
        m.put("done_on", p.doneOn());
        return m;
    }
}
