package org.khet.achievement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored quality-group policies: which one applies in a year, and the administrator's edits to them. */
@Component
class QualityPolicies {

    private static final String COLUMNS =
            "id, code, name_th, name_en, rule, groups::text as groups, params::text as params, first_year, last_year, version";

    private final JdbcClient jdbc;
    private final ViewCache cache;
    private final JsonMapper json;
    private final AuditLog audit;

    QualityPolicies(JdbcClient jdbc, JsonMapper json, AuditLog audit, ViewCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    /** Every policy row, oldest first; kept until a policy (or other achievement data) changes. */
    List<QualityPolicy> all() {
        return cache.global("policies", List.of(), this::read);
    }

    private List<QualityPolicy> read() {
        return jdbc.sql("select " + COLUMNS + " from achievement.quality_policy order by id")
                .query((rs, n) -> new QualityPolicy(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name_th"),
                        rs.getString("name_en"),
                        QualityPolicy.Rule.valueOf(rs.getString("rule")),
                        groups(rs.getString("groups")),
                        params(rs.getString("params")),
                        rs.getInt("first_year"),
                        (Integer) rs.getObject("last_year"),
                        rs.getInt("version")))
                .list();
    }

    /** The policy pages and the API use when none is asked for: the seed's own four colours. */
    static final String DEFAULT = "SEED";

    /** The policy asked for if it exists, else {@link #DEFAULT}. */
    String orDefault(String requested) {
        return requested != null && codes().contains(requested) ? requested : DEFAULT;
    }

    /** Each policy once, in its newest version. */
    List<QualityPolicy> current() {
        java.util.Map<String, QualityPolicy> newest = new java.util.LinkedHashMap<>();
        for (QualityPolicy p : all()) {
            newest.merge(p.code(), p, (a, b) -> a.firstYear() >= b.firstYear() ? a : b);
        }
        return List.copyOf(newest.values());
    }

    /** The codes of the policies, each once, in the order they were shipped or added. */
    List<String> codes() {
        return all().stream().map(QualityPolicy::code).distinct().toList();
    }

    /** The version of a policy in force in an academic year. */
    QualityPolicy inForce(String code, int year) {
        return all().stream()
                .filter(p -> p.code().equals(code) && p.appliesTo(year))
                .reduce((a, b) -> a.firstYear() >= b.firstYear() ? a : b)
                .orElseThrow(() -> RejectedException.of("policy", Texts.of("achievement.policy.none", code, year)));
    }

    Optional<QualityPolicy> byId(long id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    /** What the administrator may change: names, groups, parameters and years; the rule stays. */
    record Edit(
            String nameTh,
            String nameEn,
            List<QualityPolicy.Group> groups,
            QualityPolicy.Params params,
            int firstYear,
            Integer lastYear,
            int version) {}

    @Transactional
    QualityPolicy update(long id, Edit edit, KhetUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("edit quality policy");
        }
        QualityPolicy before = byId(id).orElseThrow(() -> new NotFoundException("policy"));
        List<QualityPolicy.Group> groups = edit.groups();
        QualityPolicy.Params params = edit.params();
        check(before.rule(), edit, groups, params);
        int changed = jdbc.sql("""
                        update achievement.quality_policy set name_th = :th, name_en = :en, groups = :g::jsonb, params = :p::jsonb,
                               first_year = :fy, last_year = :ly, updated_at = now(), version = version + 1
                        where id = :id and version = :v""")
                .param("th", edit.nameTh().strip())
                .param("en", edit.nameEn().strip())
                .param("g", json.writeValueAsString(groups))
                .param("p", json.writeValueAsString(params))
                .param("fy", edit.firstYear())
                .param("ly", edit.lastYear())
                .param("id", id)
                .param("v", edit.version())
                .update();
        if (changed == 0) {
            throw new ConflictException();
        }
        QualityPolicy after = byId(id).orElseThrow();
        audit.changed(null, "UPDATE", "quality_policy", id, before, after);
        return after;
    }

    private void check(
            QualityPolicy.Rule rule, Edit edit, List<QualityPolicy.Group> groups, QualityPolicy.Params params) {
        List<FieldError> errors = new ArrayList<>();
        if (edit.nameTh() == null || edit.nameTh().isBlank()) {
            errors.add(FieldError.of("nameTh", Texts.of("achievement.policy.nameTh")));
        }
        if (edit.nameEn() == null || edit.nameEn().isBlank()) {
            errors.add(FieldError.of("nameEn", Texts.of("achievement.policy.nameEn")));
        }
        if (edit.firstYear() < 2500 || edit.firstYear() > 2700) {
            errors.add(FieldError.of("firstYear", Texts.of("achievement.policy.firstYear")));
        }
        if (edit.lastYear() != null && edit.lastYear() < edit.firstYear()) {
            errors.add(FieldError.of("lastYear", Texts.of("achievement.policy.lastYear")));
        }
        Set<String> codes = new HashSet<>();
        for (QualityPolicy.Group g : groups) {
            if (g.code() == null || !g.code().matches("[A-Z][A-Z0-9_]{0,29}") || !codes.add(g.code())) {
                errors.add(FieldError.of("groups", Texts.of("achievement.policy.groupCodes")));
            }
            if (g.colour() == null || !g.colour().matches("#[0-9a-fA-F]{6}")) {
                errors.add(FieldError.of("groups", Texts.of("achievement.policy.colour")));
            }
            if (g.nameTh() == null || g.nameTh().isBlank()) {
                errors.add(FieldError.of("groups", Texts.of("achievement.policy.groupName")));
            }
        }
        if (groups.size() < 2) {
            errors.add(FieldError.of("groups", Texts.of("achievement.policy.twoGroups")));
        }
        errors.addAll(checkParams(rule, params, codes, groups.size()));
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("achievement.policy.notSaved"), errors);
        }
    }

    private static List<FieldError> checkParams(
            QualityPolicy.Rule rule, QualityPolicy.Params p, Set<String> codes, int groupCount) {
        List<FieldError> errors = new ArrayList<>();
        if (p.decimals() != null && (p.decimals() < 0 || p.decimals() > 3)) {
            errors.add(FieldError.of("decimals", Texts.of("achievement.policy.decimals")));
        }
        switch (rule) {
            case RANK_PERCENTILE -> {
                if (p.cuts() == null || p.cuts().isEmpty()) {
                    errors.add(FieldError.of("cuts", Texts.of("achievement.policy.noCut")));
                } else {
                    p.cuts().forEach(c -> {
                        if (!codes.contains(c.group()) || !percent(c.maxPercentile())) {
                            errors.add(FieldError.of("cuts", Texts.of("achievement.policy.cut")));
                        }
                    });
                }
            }
            case REFERENCE_TAILS -> {
                if (groupCount != 4 || !percent(p.topPercent()) || !percent(p.bottomPercent())) {
                    errors.add(FieldError.of("topPercent", Texts.of("achievement.policy.tails")));
                }
                errors.addAll(checkReference(p));
            }
            case MEAN_BANDS, LOWER_LIMIT_SHARE -> {
                if (p.bands() == null
                        || p.bands().isEmpty()
                        || p.bands().stream().anyMatch(b -> !codes.contains(b.group()) || !percent(b.min()))) {
                    errors.add(FieldError.of("bands", Texts.of("achievement.policy.band")));
                }
                if (rule == QualityPolicy.Rule.LOWER_LIMIT_SHARE) {
                    if (p.z() == null
                            || (p.z().compareTo(new BigDecimal("1.96")) != 0
                                    && p.z().compareTo(new BigDecimal("2.58")) != 0)) {
                        errors.add(FieldError.of("z", Texts.of("achievement.policy.z")));
                    }
                    errors.addAll(checkReference(p));
                }
            }
            default -> throw new IllegalStateException(rule.name());
        }
        return errors;
    }

    private static List<FieldError> checkReference(QualityPolicy.Params p) {
        return References.isScope(p.referenceScope())
                ? List.of()
                : List.of(FieldError.of("reference", Texts.of("achievement.policy.reference")));
    }

    private static boolean percent(BigDecimal v) {
        return v != null && v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    private List<QualityPolicy.Group> groups(String text) {
        return json.readValue(text, new TypeReference<List<QualityPolicy.Group>>() {});
    }

    private QualityPolicy.Params params(String text) {
        return json.readValue(text, QualityPolicy.Params.class);
    }
}
