package org.khet.personnel.development;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.People;
import org.khet.registry.Person;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action Learning projects: a person starts one for a team of their school's or unit's people; the team, their
 * school's director and the personnel group record the cycles' steps and finish it with the outcome and the hours.
 * Finishing gives each member a development record of kind ACTION_LEARNING for those hours — verified at once when
 * the one who finishes verifies at that place (the director or the personnel group; never their own), else waiting
 * for verification like any record. Audited.
 */
@Component
public class ActionLearnings {

    /** A new project: what it is about and who else is on the team (registry people's ids). */
    public record NewProject(String title, String problem, String goal, List<Long> members) {}

    private final JdbcClient jdbc;
    private final DevelopmentAccess access;
    private final ActionLearningStore store;
    private final People people;
    private final DevelopmentRules rules;
    private final AuditLog audit;

    ActionLearnings(
            JdbcClient jdbc,
            DevelopmentAccess access,
            ActionLearningStore store,
            People people,
            DevelopmentRules rules,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.store = store;
        this.people = people;
        this.rules = rules;
        this.audit = audit;
    }

    @Transactional
    public long start(NewProject p, KhetUser by) {
        Person me = access.self(by);
        if (blank(p.title()) || blank(p.problem()) || blank(p.goal())) {
            String field = blank(p.title()) ? "title" : blank(p.problem()) ? "problem" : "goal";
            throw RejectedException.of(field, Texts.of("personnel.development.al.missing"));
        }
        if (p.title().strip().length() > 300
                || p.problem().strip().length() > 2000
                || p.goal().strip().length() > 2000) {
            String field = p.title().strip().length() > 300
                    ? "title"
                    : p.problem().strip().length() > 2000 ? "problem" : "goal";
            throw RejectedException.of(field, Texts.of("personnel.development.al.tooLong"));
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        ids.add(me.id());
        if (p.members() != null) {
            p.members().stream().filter(java.util.Objects::nonNull).forEach(ids::add);
        }
        List<Person> team = ids.stream()
                .map(id -> people.inArea(id, me.areaId())
                        .filter(Person::active)
                        .filter(x -> java.util.Objects.equals(x.schoolId(), me.schoolId())
                                && java.util.Objects.equals(x.unitId(), me.unitId()))
                        .orElseThrow(
                                () -> RejectedException.of("members", Texts.of("personnel.development.al.member"))))
                .toList();
        long id = store.insert(me, p);
        team.forEach(m -> store.addMember(id, m));
        audit.changedBy(
                by,
                me.areaId(),
                "CREATE",
                "action_learning",
                id,
                null,
                Map.of("title", p.title().strip(), "members", String.valueOf(team.size())));
        return id;
    }

    /** Records a step of a cycle; the first makes a planned project running. */
    @Transactional
    public void record(long id, int cycle, String step, LocalDate day, String note, KhetUser by) {
        ActionLearning p = changeable(id, by);
        boolean badCycle = cycle < 1 || cycle > 50;
        boolean badStep =
                step == null || !List.of("PLAN", "ACT", "OBSERVE", "REFLECT").contains(step);
        if (badCycle || badStep || day == null) {
            String field = badCycle ? "cycle" : badStep ? "step" : "day";
            throw RejectedException.of(field, Texts.of("personnel.development.al.step"));
        }
        if (blank(note) || note.strip().length() > 2000) {
            throw RejectedException.of("note", Texts.of("personnel.development.al.noteMissing"));
        }
        if (day.isAfter(rules.today())) {
            throw RejectedException.of("day", Texts.of("personnel.development.al.future"));
        }
        store.addEntry(id, cycle, step, day, note.strip(), by);
        audit.changedBy(by, p.areaId(), "STEP", "action_learning", id, null, Map.of("cycle", cycle, "step", step));
    }

    /** Finishes the project with its outcome; each member gets {@code hours} of Action Learning. */
    @Transactional
    public void finish(long id, String outcome, java.math.BigDecimal hours, KhetUser by) {
        ActionLearning p = changeable(id, by);
        if (!p.reflected()) {
            throw RejectedException.of("outcome", Texts.of("personnel.development.al.notReflected"));
        }
        if (blank(outcome) || outcome.strip().length() > 4000) {
            throw RejectedException.of("outcome", Texts.of("personnel.development.al.outcomeMissing"));
        }
        LocalDate today = rules.today();
        java.math.BigDecimal most = TrainingHours.most(p.firstDay(), today);
        if (!TrainingHours.sensible(hours, most)) {
            throw RejectedException.of(
                    "hours",
                    Texts.of(
                            "personnel.development.hours",
                            most.toPlainString(),
                            TrainingHours.PER_DAY.toPlainString()));
        }
        store.finish(id, outcome.strip(), hours, today);
        boolean verifier = access.verifiesAt(by, p.areaId(), p.schoolId());
        long self = access.personOf(by).map(Person::id).orElse(-1L);
        p.members().forEach(m -> store.credit(p, m, hours, today, verifier && m.personId() != self, by));
        audit.changedBy(
                by,
                p.areaId(),
                "FINISH",
                "action_learning",
                id,
                Map.of("status", p.status()),
                Map.of("status", "DONE", "hours", hours.toPlainString()));
    }

    /** The project, if the user may read it: its members, the place's director, the personnel group. */
    public ActionLearning readable(long id, KhetUser user) {
        ActionLearning p = store.find(id).orElseThrow(() -> new NotFoundException("action learning"));
        if (!mayChange(user, p)) {
            throw new NotFoundException("action learning");
        }
        return p;
    }

    public boolean mayChange(KhetUser user, ActionLearning p) {
        return access.personOf(user).map(me -> p.hasMember(me.id())).orElse(false)
                || access.verifiesAt(user, p.areaId(), p.schoolId());
    }

    /** The projects of the user's own place, and those they may oversee, latest first. */
    public List<ActionLearning> visibleTo(KhetUser user) {
        return store.inAreas(user.areaIds()).stream()
                .filter(p -> mayChange(user, p))
                .toList();
    }

    private ActionLearning changeable(long id, KhetUser by) {
        ActionLearning p = store.locked(id);
        if (!mayChange(by, p)) {
            throw new ForbiddenException("change action learning");
        }
        if (p.done()) {
            throw RejectedException.of("status", Texts.of("personnel.development.al.doneAlready"));
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
