package org.khet.procurement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the red flags: a procurement's answers, the audit unit's queue of open flags, and the coverage of each
 * indicator. The area's internal auditor and its director audit; those who manage a buyer read its flags too.
 */
@Component
class Flags {

    /** An indicator's answer with its procurement and the latest decision of the audit unit on it. */
    record Flag(
            long id,
            long procurementId,
            String ocid,
            String title,
            long areaId,
            String code,
            int version,
            String state,
            String reason,
            String evidence,
            String threshold,
            OffsetDateTime computedAt,
            OffsetDateTime closedAt,
            String closedWhy,
            String review,
            String reviewReason,
            String reviewedBy,
            OffsetDateTime reviewedAt) {

        public boolean flagged() {
            return "flagged".equals(state);
        }
    }

    /** How an indicator answered over a buyer's or an area's year: counts by state, and the reasons it did not apply. */
    record Coverage(String code, Bilingual definition, long flagged, long clear, Map<String, Long> notApplicable) {

        public long notApplicableCount() {
            return notApplicable.values().stream().mapToLong(Long::longValue).sum();
        }

        public long total() {
            return flagged + clear + notApplicableCount();
        }
    }

    private static final String SELECT = """
            select f.id, f.procurement_id, p.ocid, p.title, p.area_id, f.code, f.version, f.state, f.reason,
                   f.evidence::text as evidence, f.threshold::text as threshold, f.computed_at, f.closed_at,
                   f.closed_why, r.action as review, r.reason as review_reason, r.by_name as reviewed_by,
                   r.at as reviewed_at
            from procurement.flag f
            join procurement.procurement p on p.id = f.procurement_id
            left join lateral (
                select action, reason, by_name, at from procurement.flag_review
                where flag_id = f.id order by at desc, id desc limit 1) r on true
            """;

    private final JdbcClient jdbc;
    private final FlagComputation computation;

    Flags(JdbcClient jdbc, FlagComputation computation) {
        this.jdbc = jdbc;
        this.computation = computation;
    }

    static boolean audits(KhetUser user, long areaId) {
        return user.holds(Role.INTERNAL_AUDITOR, areaId) || user.holds(Role.AREA_DIRECTOR, areaId);
    }

    /** Every answer for a procurement, open ones first, then the closed by when they closed. */
    List<Flag> of(long procurementId) {
        return jdbc.sql(SELECT + """
                        where f.procurement_id = :id
                        order by f.closed_at is not null, f.code, f.closed_at desc, f.id desc""")
                .param("id", procurementId)
                .query(Flag.class)
                .list();
    }

    Flag one(long id) {
        return jdbc.sql(SELECT + " where f.id = :id")
                .param("id", id)
                .query(Flag.class)
                .optional()
                .orElseThrow(() -> new org.khet.shared.NotFoundException("flag"));
    }

    /** The area's open flags not dismissed, newest first. */
    List<Flag> queue(long areaId, int limit) {
        return jdbc.sql(SELECT + """
                        where p.area_id = :area and f.closed_at is null and f.state = 'flagged'
                          and r.action is distinct from 'DISMISSED'
                        order by f.computed_at desc, f.id desc limit :limit""")
                .param("area", areaId)
                .param("limit", limit)
                .query(Flag.class)
                .list();
    }

    /** Each indicator's open answers over an area's fiscal year, or over one buyer's (a school, the office) when given. */
    List<Coverage> coverage(long areaId, Buyer buyer, int fiscalYear) {
        Map<String, long[]> states = new LinkedHashMap<>();
        Map<String, Map<String, Long>> reasons = new LinkedHashMap<>();
        jdbc.sql("""
                        select f.code, f.state, coalesce(f.reason, '') as reason, count(*) as n
                        from procurement.flag f join procurement.procurement p on p.id = f.procurement_id
                        where p.area_id = :area and p.fiscal_year = :year and f.closed_at is null
                          and (not :oneBuyer or p.school_id is not distinct from cast(:school as bigint))
                        group by f.code, f.state, f.reason order by f.code, f.reason""")
                .param("area", areaId)
                .param("year", fiscalYear)
                .param("oneBuyer", buyer != null)
                .param("school", buyer == null ? null : buyer.schoolId())
                .query((rs, n) -> {
                    String code = rs.getString("code");
                    long count = rs.getLong("n");
                    long[] s = states.computeIfAbsent(code, c -> new long[2]);
                    switch (rs.getString("state")) {
                        case "flagged" -> s[0] += count;
                        case "clear" -> s[1] += count;
                        default ->
                            reasons.computeIfAbsent(code, c -> new LinkedHashMap<>())
                                    .merge(rs.getString("reason"), count, Long::sum);
                    }
                    return code;
                })
                .list();
        List<Coverage> rows = new ArrayList<>();
        for (Indicator indicator : computation.indicators()) {
            long[] s = states.getOrDefault(indicator.code(), new long[2]);
            rows.add(new Coverage(
                    indicator.code(),
                    indicator.definition(),
                    s[0],
                    s[1],
                    reasons.getOrDefault(indicator.code(), Map.of())));
        }
        return rows;
    }
}
