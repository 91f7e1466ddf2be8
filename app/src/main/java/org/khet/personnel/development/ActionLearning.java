package org.khet.personnel.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An Action Learning project: the team's place (a school or an office unit), the problem, the goal, its status
 * (PLANNED, RUNNING, DONE), and once done the outcome and the hours each member got.
 */
public record ActionLearning(
        long id,
        long areaId,
        Long schoolId,
        Long unitId,
        String placeName,
        String title,
        String problem,
        String goal,
        String status,
        String outcome,
        BigDecimal hours,
        LocalDate doneOn,
        List<Member> members,
        List<Entry> entries) {

    /** A member of the team. */
    public record Member(long personId, String personName) {}

    /** One step of a cycle: PLAN, ACT, OBSERVE or REFLECT, on a day, with what happened. */
    public record Entry(long id, int cycle, String step, LocalDate day, String note) {}

    public ActionLearning {
        hours = TrainingHours.plain(hours);
    }

    public boolean done() {
        return "DONE".equals(status);
    }

    /** The cycle a new entry most likely belongs to: the last one, or the next after a reflection. */
    public int currentCycle() {
        if (entries.isEmpty()) {
            return 1;
        }
        Entry last = entries.get(entries.size() - 1);
        return "REFLECT".equals(last.step()) ? last.cycle() + 1 : last.cycle();
    }

    /** Whether a cycle has been reflected on: what finishing needs. */
    public boolean reflected() {
        return entries.stream().anyMatch(e -> "REFLECT".equals(e.step()));
    }

    /** The day of the first entry, or none. */
    public LocalDate firstDay() {
        return entries.stream().map(Entry::day).min(LocalDate::compareTo).orElse(null);
    }

    public boolean hasMember(long personId) {
        return members.stream().anyMatch(m -> m.personId() == personId);
    }
}
