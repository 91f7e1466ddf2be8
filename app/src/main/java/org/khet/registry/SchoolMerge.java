package org.khet.registry;

import org.khet.platform.AuditLog;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The set-based half of a school import: a staging table, conflict checks against schools of other areas, then
 * one merge of networks, schools and student totals, audited as one event holding every school it created or
 * changed.
 */
@Component
class SchoolMerge implements RegistryImport.Merge {

    /** Each created or changed school by its code, and each school year whose students changed. */
    private static final AuditLog.ChangedRows CHANGES = AuditLog.ChangedRows.of("""
            select 'school' as entity_type, s.code as entity_id, s.area_id, to_jsonb(b) - 'search_text' as before,
                   to_jsonb(s) - 'search_text' as after
            from school_merged m join registry.school s on s.id = m.id left join school_before b on b.id = m.id
            union all
            select 'enrolment', code || '/' || academic_year, area_id, before, after from students_changed""");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SchoolMerge(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public void createStage() {
        jdbc.sql("""
                create temp table school_stage (
                    row_no int, area_id bigint, code text, code10 text, name_th text, name_en text, network text,
                    amphoe text, tambon text, status text, phone text, email text, students int, academic_year int,
                    grades text
                ) on commit drop""").update();
    }

    @Override
    public void check(ImportErrors errors) {
        conflicts("""
                select st.row_no, st.code from school_stage st join registry.school s on s.code = st.code
                where s.area_id <> st.area_id order by st.row_no""", errors, "school_code", "registry.import.codeOfOtherArea");
        conflicts("""
                select st.row_no, st.code10 as code from school_stage st join registry.school s on s.code10 = st.code10
                where s.code <> st.code order by st.row_no""", errors, "school_code10", "registry.import.code10OfOtherSchool");
    }

    /** Adds an error for every row the query finds, the message {@code key} naming its code. */
    private void conflicts(String sql, ImportErrors errors, String column, String key) {
        jdbc.sql(sql).query(rs -> {
            errors.add(rs.getInt("row_no"), column, Texts.of(key, rs.getString("code")));
        });
    }

    @Override
    public ImportReport apply(int rows, KhetUser user) {
        int networks = jdbc.sql("""
                insert into registry.network (area_id, name_th)
                select distinct area_id, network from school_stage where network <> ''
                on conflict (area_id, name_th) do nothing""").update();
        jdbc.sql("""
                create temp table school_before on commit drop as
                select s.* from registry.school s join school_stage st on st.code = s.code""").update();
        jdbc.sql("create temp table school_merged (id bigint, inserted boolean) on commit drop")
                .update();
        jdbc.sql("""
                with updated as (
                    update registry.school s set
                        code10 = coalesce(st.code10, s.code10), name_th = st.name_th,
                        name_en = coalesce(st.name_en, s.name_en), network_id = n.id, amphoe = st.amphoe,
                        tambon = st.tambon, status = coalesce(st.status, s.status),
                        phone = coalesce(st.phone, s.phone), email = coalesce(st.email, s.email),
                        version = s.version + 1
                    from school_stage st left join registry.network n on n.area_id = st.area_id and n.name_th = st.network
                    where s.code = st.code
                      and (s.code10, s.name_th, s.name_en, s.network_id, s.amphoe, s.tambon, s.status, s.phone,
                           s.email)
                          is distinct from
                          (coalesce(st.code10, s.code10), st.name_th, coalesce(st.name_en, s.name_en), n.id,
                           st.amphoe, st.tambon, coalesce(st.status, s.status), coalesce(st.phone, s.phone),
                           coalesce(st.email, s.email))
                    returning s.id)
                insert into school_merged select id, false from updated""").update();
        jdbc.sql("""
                with inserted as (
                    insert into registry.school (area_id, code, code10, name_th, name_en, network_id, amphoe, tambon, status,
                                        phone, email)
                    select st.area_id, st.code, st.code10, st.name_th, st.name_en, n.id, st.amphoe, st.tambon,
                           coalesce(st.status, 'OPEN'), st.phone, st.email
                    from school_stage st left join registry.network n on n.area_id = st.area_id and n.name_th = st.network
                    where not exists (select 1 from registry.school s where s.code = st.code)
                    returning id)
                insert into school_merged select id, true from inserted""").update();
        mergeStudents();
        int created = count("select count(*) from school_merged where inserted");
        int updated = count("""
                select count(*) from (select id from school_merged where not inserted
                                      union select school_id from students_changed
                                      where school_id not in (select id from school_merged where inserted)) u""");
        audit.imported(
                new AuditLog.Import(
                        null,
                        user,
                        "IMPORT",
                        "school",
                        "rows " + rows + ", created " + created + ", updated " + updated + ", networks " + networks),
                CHANGES);
        return new ImportReport(rows, created, updated, rows - created - updated, networks);
    }

    /**
     * A school's students for a year — a total, or a breakdown by grade — replace what is recorded for that year
     * only where they differ.
     */
    private void mergeStudents() {
        jdbc.sql("""
                create temp table enrolment_wanted on commit drop as
                select s.id as school_id, st.academic_year, g.grade, g.students
                from school_stage st join registry.school s on s.code = st.code
                cross join lateral (
                    select split_part(x, ':', 1) as grade, split_part(x, ':', 2)::int as students
                    from regexp_split_to_table(st.grades, ',') x where st.grades is not null
                    union all
                    select 'ALL', st.students where st.grades is null) g""").update();
        jdbc.sql("""
                create temp table students_changed on commit drop as
                select w.school_id, s.area_id, s.code, w.academic_year, c.current as before, w.wanted as after
                from (select school_id, academic_year, jsonb_object_agg(grade, students) as wanted
                      from enrolment_wanted group by school_id, academic_year) w
                join registry.school s on s.id = w.school_id
                left join (select e.school_id, e.academic_year, jsonb_object_agg(e.grade, e.students) as current
                           from registry.enrolment e join (select distinct school_id, academic_year from enrolment_wanted) k
                             on k.school_id = e.school_id and k.academic_year = e.academic_year
                           group by e.school_id, e.academic_year) c
                  on c.school_id = w.school_id and c.academic_year = w.academic_year
                where c.current is distinct from w.wanted""").update();
        jdbc.sql("""
                delete from registry.enrolment e using students_changed c
                where e.school_id = c.school_id and e.academic_year = c.academic_year""").update();
        jdbc.sql("""
                insert into registry.enrolment (school_id, academic_year, grade, students)
                select w.school_id, w.academic_year, w.grade, w.students from enrolment_wanted w
                join students_changed c on c.school_id = w.school_id and c.academic_year = w.academic_year""").update();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
