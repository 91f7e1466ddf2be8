package org.khet.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organisation may destroy or must hand to the National Archives after a year end (Buddhist Era), as the
 * regulation counts: a letter registered in year Y and kept N years is due at the end of Y + N; a permanent one
 * never. A committee's decision to keep a row longer moves it to the end of the year it names; one to destroy takes
 * it out of every later list. The transfer list holds what completes twenty years in that year and is not due for
 * destruction; a row handed to the archives ({@link ArchiveTransfers}) leaves the lists of every other year end.
 */
@Component
class DestructionLists {

    /** The committee: a chairperson and at least two members, by name. */
    record Committee(String chair, List<String> members) {

        Committee {
            chair = chair == null ? "" : chair.strip();
            members = members == null
                    ? List.of()
                    : members.stream()
                            .filter(m -> m != null && !m.isBlank())
                            .map(String::strip)
                            .toList();
        }

        boolean complete() {
            return !chair.isEmpty() && members.size() >= 2;
        }
    }

    /** A decision on a row: destroy ({@code keepUntil} null) or keep until the end of {@code keepUntil}. */
    record Decision(long entryId, Integer keepUntil) {

        boolean destroy() {
            return keepUntil == null;
        }
    }

    /** A register entry as the lists show it, with its class, the year end it is due and the decision taken. */
    record Row(
            long entryId,
            String register,
            int year,
            int sequence,
            String letterNumber,
            LocalDate dated,
            String subject,
            Secrecy secrecy,
            String remarks,
            String classCode,
            Integer due,
            Boolean destroy,
            Integer keepUntil) {}

    /** Every live entry of the organisation with its class and due year, decisions before the year end applied. */
    private static final String ROWS = """
            with earlier as (
                select distinct on (d.entry_id) d.entry_id, d.destroy, d.keep_until
                from correspondence.destruction_decision d
                join correspondence.destruction_list l on l.id = d.list_id
                where l.area_id = :area and l.school_id is not distinct from :school and l.year_end < :yearEnd
                order by d.entry_id, l.year_end desc
            ), classed as (
                select e.*, coalesce(r.code, (select f.code from correspondence.retention_default f
                                              where f.valid_from <= e.registered_on
                                              order by f.valid_from desc limit 1)) as class_code
                from correspondence.register_entry e
                left join correspondence.entry_retention r on r.entry_id = e.id
                where %s and e.cancelled_at is null
                  and not exists (select 1 from correspondence.archive_transfer_entry t
                                  join correspondence.archive_transfer a on a.id = t.transfer_id
                                  where t.entry_id = e.id and a.year_end <> :yearEnd)
            ), due as (
                select c.*, case when p.destroy = false then p.keep_until
                                 when k.years is null then null
                                 else c.year + k.years end as due
                from classed c
                left join earlier p on p.entry_id = c.id
                left join lateral (select years from correspondence.retention_class rc
                                   where rc.code = c.class_code and rc.valid_from <= :endDay
                                   order by rc.valid_from desc limit 1) k on true
                where p.destroy is distinct from true
            )
            select d.id as entry_id, d.register, d.year, d.sequence, d.letter_number, d.dated, d.subject, d.secrecy,
                   d.remarks, d.class_code, d.due, n.destroy, n.keep_until
            from due d
            left join (select x.entry_id, x.destroy, x.keep_until from correspondence.destruction_decision x
                       join correspondence.destruction_list y on y.id = x.list_id
                       where y.area_id = :area and y.school_id is not distinct from :school
                         and y.year_end = :yearEnd) n on n.entry_id = d.id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DestructionLists(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The rows {@code org} may ask to destroy after the end of {@code yearEnd}, oldest first. */
    List<Row> destruction(Organisation org, int yearEnd) {
        return rows(org, yearEnd, "where d.due <= :yearEnd");
    }

    /** The rows {@code org} hands to the National Archives after the end of {@code yearEnd}: twenty years old. */
    List<Row> transfer(Organisation org, int yearEnd) {
        return rows(
                org,
                yearEnd,
                "where d.year <= :yearEnd - 20 and (d.due is null or d.due > :yearEnd) and n.destroy is not true");
    }

    /** The committee entered for {@code org}'s list of {@code yearEnd}, if any. */
    Optional<Committee> committee(Organisation org, int yearEnd) {
        return jdbc.sql("""
                        select chair, members from correspondence.destruction_list
                        where area_id = :area and school_id is not distinct from :school and year_end = :yearEnd""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("yearEnd", yearEnd)
                .query((rs, i) -> new Committee(rs.getString("chair"), Arrays.asList((String[])
                        rs.getArray("members").getArray())))
                .optional();
    }

    /**
     * Records the committee of {@code org}'s list of {@code yearEnd} and its decision on each of the list's rows (a
     * row not decided is to be destroyed); refused, changing nothing, with fewer than three people or a keeping
     * date not after the year end.
     */
    @Transactional
    void decide(Organisation org, int yearEnd, Committee committee, List<Decision> decisions, KhetUser by) {
        if (!Organisations.actsFor(by, org)) {
            throw new org.khet.shared.ForbiddenException("decide destruction");
        }
        if (!committee.complete()) {
            throw new RejectedException(
                    Texts.of("correspondence.retention.committee.short"),
                    List.of(new FieldError(0, "members", Texts.of("correspondence.retention.committee.short"))));
        }
        for (Decision d : decisions) {
            if (!d.destroy() && d.keepUntil() <= yearEnd) {
                throw RejectedException.of(
                        "keepUntil", Texts.of("correspondence.retention.keepUntil.invalid", yearEnd + 1));
            }
        }
        long list = jdbc.sql("""
                        insert into correspondence.destruction_list (area_id, school_id, year_end, chair, members, saved_by)
                        values (:area, :school, :yearEnd, :chair, :members, :by)
                        on conflict on constraint destruction_list_once do update
                        set chair = excluded.chair, members = excluded.members, saved_at = now(), saved_by = excluded.saved_by
                        returning id""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("yearEnd", yearEnd)
                .param("chair", committee.chair())
                .param("members", committee.members().toArray(String[]::new))
                .param("by", by.id())
                .query(Long.class)
                .single();
        jdbc.sql("delete from correspondence.destruction_decision where list_id = :list")
                .param("list", list)
                .update();
        Map<Long, Decision> asked = new java.util.HashMap<>();
        decisions.forEach(d -> asked.put(d.entryId(), d));
        List<Decision> all = new ArrayList<>();
        for (Row r : destruction(org, yearEnd)) {
            all.add(asked.getOrDefault(r.entryId(), new Decision(r.entryId(), null)));
        }
        for (Decision d : all) {
            jdbc.sql("""
                            insert into correspondence.destruction_decision (list_id, entry_id, destroy, keep_until)
                            values (:list, :entry, :destroy, :keepUntil)""")
                    .param("list", list)
                    .param("entry", d.entryId())
                    .param("destroy", d.destroy())
                    .param("keepUntil", d.keepUntil())
                    .update();
        }
        audit.changed(
                org.areaId(),
                "DESTRUCTION_LIST_DECIDED",
                "destruction_list",
                list,
                null,
                Map.of(
                        "yearEnd", yearEnd,
                        "chair", committee.chair(),
                        "members", committee.members(),
                        "destroyed", all.stream().filter(Decision::destroy).count(),
                        "kept", all.stream().filter(d -> !d.destroy()).count()));
    }

    private List<Row> rows(Organisation org, int yearEnd, String where) {
        return jdbc.sql(ROWS.formatted(org.rows("e")) + where + " order by d.year, d.register, d.sequence")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("yearEnd", yearEnd)
                .param("endDay", LocalDate.of(yearEnd - 543, 12, 31))
                .query(Row.class)
                .list();
    }
}
