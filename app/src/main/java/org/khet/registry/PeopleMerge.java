package org.khet.registry;

import org.khet.platform.AuditLog;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The set-based half of a people import: staging, place checks, then one update and one insert, audited; then one
 * query for the people whose school or unit changed, each published as {@link PersonMoved} with the importer as
 * its editor.
 */
@Component
class PeopleMerge implements RegistryImport.Merge {

    /** Each created or changed person, national ID left out: the audit log is read more widely than the registry. */
    private static final AuditLog.ChangedRows CHANGES = AuditLog.ChangedRows.of("""
            select 'person' as entity_type, p.id::text as entity_id, p.area_id,
                   to_jsonb(b) - 'search_text' - 'national_id' as before,
                   to_jsonb(p) - 'search_text' - 'national_id' as after
            from person_merged m join registry.person p on p.id = m.id left join person_before b on b.id = m.id""");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PeopleMerge(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public void createStage() {
        jdbc.sql("""
                create temp table person_stage (
                    row_no int, area_id bigint, national_id text, title text, first_name_th text, last_name_th text,
                    position_id bigint, academic_standing text, school_code text, unit_code text, phone text,
                    email text, placed boolean, school_id bigint, unit_id bigint
                ) on commit drop""").update();
    }

    @Override
    public void check(ImportErrors errors) {
        jdbc.sql("""
                update person_stage st set school_id = s.id from registry.school s
                where s.code = st.school_code and s.area_id = st.area_id""").update();
        jdbc.sql("""
                update person_stage st set unit_id = u.id from registry.unit u
                where u.code = st.unit_code and u.area_id = st.area_id""").update();
        jdbc.sql("""
                select row_no, school_code, unit_code from person_stage
                where (school_code is not null and school_id is null) or (unit_code is not null and unit_id is null)
                order by row_no""").query(rs -> {
            String school = rs.getString("school_code");
            if (school != null) {
                errors.add(rs.getInt("row_no"), "school_code", Texts.of("registry.import.noSchool", school));
            } else {
                String unit = rs.getString("unit_code");
                errors.add(rs.getInt("row_no"), "unit_code", Texts.of("registry.import.noUnit", unit));
            }
        });
    }

    @Override
    public ImportReport apply(int rows, KhetUser user) {
        jdbc.sql("""
                create temp table person_before on commit drop as
                select p.* from registry.person p join person_stage st on st.area_id = p.area_id and st.national_id = p.national_id""").update();
        jdbc.sql("create temp table person_merged (id bigint, inserted boolean) on commit drop")
                .update();
        jdbc.sql("""
                with updated as (
                    update registry.person p set
                        title = coalesce(st.title, p.title), first_name_th = st.first_name_th,
                        last_name_th = st.last_name_th, position_id = st.position_id,
                        academic_standing = coalesce(st.academic_standing, p.academic_standing),
                        school_id = case when st.placed then st.school_id else p.school_id end,
                        unit_id = case when st.placed then st.unit_id else p.unit_id end,
                        phone = coalesce(st.phone, p.phone),
                        email = coalesce(st.email, p.email), active = true, version = p.version + 1
                    from person_stage st
                    where p.area_id = st.area_id and p.national_id = st.national_id
                      and (p.title, p.first_name_th, p.last_name_th, p.position_id, p.academic_standing, p.school_id,
                           p.unit_id, p.phone, p.email, p.active)
                          is distinct from
                          (coalesce(st.title, p.title), st.first_name_th, st.last_name_th, st.position_id,
                           coalesce(st.academic_standing, p.academic_standing),
                           case when st.placed then st.school_id else p.school_id end,
                           case when st.placed then st.unit_id else p.unit_id end,
                           coalesce(st.phone, p.phone), coalesce(st.email, p.email), true)
                    returning p.id)
                insert into person_merged select id, false from updated""").update();
        jdbc.sql("""
                with inserted as (
                    insert into registry.person (area_id, school_id, unit_id, title, first_name_th, last_name_th, position_id,
                                        academic_standing, national_id, phone, email)
                    select st.area_id, st.school_id, st.unit_id, coalesce(st.title, ''), st.first_name_th,
                           st.last_name_th, st.position_id, st.academic_standing, st.national_id, st.phone, st.email
                    from person_stage st
                    where not exists (select 1 from registry.person p where p.area_id = st.area_id
                                      and p.national_id = st.national_id)
                    returning id)
                insert into person_merged select id, true from inserted""").update();
        int created = jdbc.sql("select count(*) from person_merged where inserted")
                .query(Integer.class)
                .single();
        int updated = jdbc.sql("select count(*) from person_merged where not inserted")
                .query(Integer.class)
                .single();
        audit.imported(
                new AuditLog.Import(
                        null,
                        user,
                        "IMPORT",
                        "person",
                        "rows " + rows + ", created " + created + ", updated " + updated),
                CHANGES);
        publishMoves(user);
        return new ImportReport(rows, created, updated, rows - created - updated, 0);
    }

    /** The updated people who had a school or unit before the import and are now somewhere else. */
    private void publishMoves(KhetUser user) {
        jdbc.sql("""
                        select p.id as person, p.area_id as area, b.school_id as from_school, p.school_id as to_school,
                               b.unit_id as from_unit, p.unit_id as to_unit, cast(:editor as bigint) as editor,
                               cast(null as date) as moved_on
                        from person_merged m join person_before b on b.id = m.id join registry.person p on p.id = m.id
                        where not m.inserted and (b.school_id is not null or b.unit_id is not null)
                          and (b.school_id, b.unit_id) is distinct from (p.school_id, p.unit_id)""").param("editor", user.id()).query(PersonMoved.class).list().forEach(events::publishEvent);
    }
}
