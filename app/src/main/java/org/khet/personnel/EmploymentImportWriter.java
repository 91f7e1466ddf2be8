package org.khet.personnel;

import java.util.List;
import java.util.function.Function;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.registry.PeopleImportColumns.Merged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the personnel columns of a people import in a few statements: the rows staged from arrays, the records
 * that exist updated where a cell gives something new (an empty cell keeps the value), the others created, and every
 * change audited as one import event with each record before and after.
 */
@Component
class EmploymentImportWriter {

    private static final AuditLog.ChangedRows CHANGES = AuditLog.ChangedRows.of("""
            select 'employment' as entity_type, e.person_id::text as entity_id, st.area_id,
                   to_jsonb(b) as before, to_jsonb(e) as after
            from employment_stage st join personnel.employment e on e.person_id = st.person_id
            left join employment_before b on b.person_id = st.person_id
            where b.person_id is null or b.version <> e.version""");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    EmploymentImportWriter(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    void write(List<Merged<EmploymentImportColumns.Given>> rows, KhetUser by) {
        jdbc.sql("""
                        create temp table employment_stage on commit drop as
                        select * from unnest(cast(:person as bigint[]), cast(:area as bigint[]),
                            cast(:birth as date[]), cast(:appointed as date[]), cast(:since as date[]),
                            cast(:number as text[]), cast(:salary as numeric[]), cast(:level as text[]),
                            cast(:type as text[]))
                        as r(person_id, area_id, birth_date, appointed_on, at_school_since, position_number, salary,
                             salary_level, employment_type)""")
                .param("person", column(rows, m -> String.valueOf(m.personId())))
                .param("area", column(rows, m -> String.valueOf(m.areaId())))
                .param("birth", column(rows, m -> text(m.value().birthDate())))
                .param("appointed", column(rows, m -> text(m.value().appointedOn())))
                .param("since", column(rows, m -> text(m.value().atSchoolSince())))
                .param("number", column(rows, m -> m.value().positionNumber()))
                .param("salary", column(rows, m -> text(m.value().salary())))
                .param("level", column(rows, m -> m.value().salaryLevel()))
                .param("type", column(rows, m -> text(m.value().employmentType())))
                .update();
        jdbc.sql("""
                create temp table employment_before on commit drop as
                select e.* from personnel.employment e join employment_stage st on st.person_id = e.person_id""").update();
        jdbc.sql("""
                        update personnel.employment e set
                            birth_date = coalesce(st.birth_date, e.birth_date),
                            appointed_on = coalesce(st.appointed_on, e.appointed_on),
                            at_school_since = coalesce(st.at_school_since, e.at_school_since),
                            position_number = coalesce(st.position_number, e.position_number),
                            salary = coalesce(st.salary, e.salary),
                            salary_level = coalesce(st.salary_level, e.salary_level),
                            employment_type = coalesce(st.employment_type, e.employment_type),
                            updated_at = now(), updated_by = :by, version = e.version + 1
                        from employment_stage st
                        where st.person_id = e.person_id
                          and (st.birth_date, st.appointed_on, st.at_school_since, st.position_number, st.salary,
                               st.salary_level, st.employment_type) is distinct from
                              (coalesce(st.birth_date, e.birth_date), coalesce(st.appointed_on, e.appointed_on),
                               coalesce(st.at_school_since, e.at_school_since),
                               coalesce(st.position_number, e.position_number), coalesce(st.salary, e.salary),
                               coalesce(st.salary_level, e.salary_level),
                               coalesce(st.employment_type, e.employment_type))""").param("by", by.id()).update();
        // a row that fills the column gives the date (AtSchoolSince keeps it for a move made with the same file)
        jdbc.sql("""
                        update personnel.employment e set at_school_since_given_at = now(), at_school_since_given_by = :by
                        from employment_stage st
                        where st.person_id = e.person_id and st.at_school_since is not null""").param("by", by.id()).update();
        jdbc.sql("""
                        insert into personnel.employment (person_id, birth_date, appointed_on, at_school_since,
                            position_number, salary, salary_level, employment_type, updated_by,
                            at_school_since_given_at, at_school_since_given_by)
                        select st.person_id, st.birth_date, st.appointed_on, st.at_school_since,
                               coalesce(st.position_number, ''), st.salary, coalesce(st.salary_level, ''),
                               coalesce(st.employment_type, 'GOVERNMENT'), :by,
                               case when st.at_school_since is not null then now() end,
                               case when st.at_school_since is not null then :by end
                        from employment_stage st
                        where not exists (select 1 from employment_before b where b.person_id = st.person_id)""").param("by", by.id()).update();
        audit.imported(new AuditLog.Import(null, by, "IMPORT", "employment", "rows " + rows.size()), CHANGES);
    }

    private static String[] column(
            List<Merged<EmploymentImportColumns.Given>> rows,
            Function<Merged<EmploymentImportColumns.Given>, String> cell) {
        return rows.stream().map(cell).toArray(String[]::new);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
