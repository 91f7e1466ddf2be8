package org.khet.personnel.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.registry.Person;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of Action Learning projects, their teams and cycle entries, and the records finishing one gives. */
@Component
class ActionLearningStore {

    private static final String SELECT = """
            select id, area_id, school_id, unit_id, place_name, title, problem, goal, status, outcome, hours, done_on
            from personnel.action_learning""";

    private final JdbcClient jdbc;

    ActionLearningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Person by, ActionLearnings.NewProject p) {
        return jdbc.sql("""
                        insert into personnel.action_learning (area_id, school_id, unit_id, place_name, title, problem,
                            goal, created_by)
                        values (:a, :s, :u, :place, :title, :problem, :goal, :by) returning id""")
                .param("a", by.areaId())
                .param("s", by.schoolId())
                .param("u", by.schoolId() == null ? by.unitId() : null)
                .param("place", by.schoolId() != null ? by.schoolName() : by.unitName())
                .param("title", p.title().strip())
                .param("problem", p.problem().strip())
                .param("goal", p.goal().strip())
                .param("by", by.id())
                .query(Long.class)
                .single();
    }

    void addMember(long id, Person m) {
        jdbc.sql(
                        "insert into personnel.action_learning_member (project_id, person_id, person_name) values (:p, :m, :n)")
                .param("p", id)
                .param("m", m.id())
                .param("n", m.fullName())
                .update();
    }

    void addEntry(long id, int cycle, String step, LocalDate day, String note, KhetUser by) {
        jdbc.sql("""
                        insert into personnel.action_learning_entry (project_id, cycle, step, day, note, recorded_by)
                        values (:p, :c, :s, :d, :n, :by)""")
                .param("p", id)
                .param("c", cycle)
                .param("s", step)
                .param("d", day)
                .param("n", note)
                .param("by", by.id())
                .update();
        jdbc.sql("update personnel.action_learning set status = 'RUNNING', version = version + 1"
                        + " where id = :p and status = 'PLANNED'")
                .param("p", id)
                .update();
    }

    void finish(long id, String outcome, BigDecimal hours, LocalDate day) {
        jdbc.sql("""
                        update personnel.action_learning set status = 'DONE', outcome = :o, hours = :h, done_on = :d,
                            version = version + 1
                        where id = :id""")
                .param("o", outcome)
                .param("h", hours)
                .param("d", day)
                .param("id", id)
                .update();
    }

    /** The member's development record of the project's hours: verified by {@code by} when {@code verified}. */
    void credit(
            ActionLearning p, ActionLearning.Member m, BigDecimal hours, LocalDate day, boolean verified, KhetUser by) {
        jdbc.sql("""
                        insert into personnel.training_record (area_id, person_id, person_name, school_id, unit_id,
                            filed_by, title, provider, kind, first_day, last_day, hours, fiscal_year, status,
                            decided_by, decided_at, action_learning_id)
                        values (:a, :person, :name, :s, :u, :by, :title, :provider, 'ACTION_LEARNING', :first, :last,
                            :hours, :year, :status, :decider, case when :verified then now() end, :project)""")
                .param("a", p.areaId())
                .param("person", m.personId())
                .param("name", m.personName())
                .param("s", p.schoolId())
                .param("u", p.unitId())
                .param("by", by.id())
                .param("title", p.title())
                .param("provider", p.placeName())
                .param("first", p.firstDay())
                .param("last", day)
                .param("hours", hours)
                .param("year", FiscalYear.of(day).buddhistYear())
                .param("status", verified ? "VERIFIED" : "PENDING")
                .param("decider", verified ? by.id() : null)
                .param("verified", verified)
                .param("project", p.id())
                .update();
    }

    Optional<ActionLearning> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(ActionLearningStore::row)
                .optional()
                .map(this::withTeamAndEntries);
    }

    ActionLearning locked(long id) {
        return jdbc.sql(SELECT + " where id = :id for update")
                .param("id", id)
                .query(ActionLearningStore::row)
                .optional()
                .map(this::withTeamAndEntries)
                .orElseThrow(() -> new org.khet.shared.NotFoundException("action learning"));
    }

    List<ActionLearning> inAreas(Collection<Long> areaIds) {
        return jdbc
                .sql(SELECT + " where area_id = any(:a) order by created_at desc, id desc limit 500")
                .param("a", areaIds.toArray(Long[]::new))
                .query(ActionLearningStore::row)
                .list()
                .stream()
                .map(this::withTeamAndEntries)
                .toList();
    }

    private ActionLearning withTeamAndEntries(ActionLearning p) {
        return new ActionLearning(
                p.id(),
                p.areaId(),
                p.schoolId(),
                p.unitId(),
                p.placeName(),
                p.title(),
                p.problem(),
                p.goal(),
                p.status(),
                p.outcome(),
                p.hours(),
                p.doneOn(),
                jdbc.sql("select person_id, person_name from personnel.action_learning_member where project_id = :p"
                                + " order by person_name")
                        .param("p", p.id())
                        .query(ActionLearning.Member.class)
                        .list(),
                jdbc.sql("select id, cycle, step, day, note from personnel.action_learning_entry where project_id = :p"
                                + " order by cycle, day, id")
                        .param("p", p.id())
                        .query(ActionLearning.Entry.class)
                        .list());
    }

    private static ActionLearning row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ActionLearning(
                rs.getLong("id"),
                rs.getLong("area_id"),
                rs.getObject("school_id", Long.class),
                rs.getObject("unit_id", Long.class),
                rs.getString("place_name"),
                rs.getString("title"),
                rs.getString("problem"),
                rs.getString("goal"),
                rs.getString("status"),
                rs.getString("outcome"),
                rs.getBigDecimal("hours"),
                rs.getObject("done_on", LocalDate.class),
                List.of(),
                List.of());
    }
}
