package org.khet.achievement;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Keeps what the achievement pages computed (groupings, trends, comparisons) until something they show changes.
 * Each entry is keyed by the state it was computed from: the achievement revision (bumped by triggers on every
 * achievement table, see the migration) and a stamp of the area's schools and networks (their count, highest id
 * and the sum of their row versions, so a renamed, moved, closed or added school counts). Reading that state is
 * one small query per page, which keeps every instance of a stateless deployment correct without talking to the
 * others: an instance that sees a new state computes afresh.
 */
@Component
class ViewCache {

    /** The state a view was computed from. */
    record State(
            long revision, long schools, long lastSchool, long schoolVersions, long networks, long networkVersions) {}

    private record Key(List<Object> parts, State state) {}

    private static final String REVISION = "khet.achievement.revision";

    private final JdbcClient jdbc;
    /** One cache per kind of view, so a view may be computed from another cached view. */
    private final Map<String, Cache<Key, Object>> views = new ConcurrentHashMap<>();

    ViewCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The view named {@code view} for the given parts of the request (area, sitting, year, policy, language…),
     * computed once per state of the area's data; concurrent requests for the same view wait for one computation.
     */
    <T> T get(long areaId, String view, List<Object> parts, Supplier<T> compute) {
        return writing() ? compute.get() : get(view, new Key(parts, state(areaId)), compute);
    }

    /** The same for what belongs to no area (the policies, the exams): kept until the achievement data changes. */
    <T> T global(String view, List<Object> parts, Supplier<T> compute) {
        return writing() ? compute.get() : get(view, new Key(parts, new State(revision(), 0, 0, 0, 0, 0)), compute);
    }

    /**
     * Inside a writing transaction nothing is kept or remembered: it sees its own uncommitted rows and revision, and
     * may still roll back.
     */
    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String view, Key key, Supplier<T> compute) {
        Cache<Key, Object> cache = views.computeIfAbsent(view, v -> Caffeine.newBuilder()
                .maximumSize(1_000)
                .expireAfterAccess(Duration.ofHours(2))
                .build());
        return (T) cache.get(key, k -> compute.get());
    }

    /** The state of an area's data, read once per web request (a page asks for several views). */
    State state(long areaId) {
        State state = perRequest("khet.achievement.state." + areaId, () -> readState(areaId));
        // The area's state carries the revision: a view of no area in the same request need not read it again.
        perRequest(REVISION, state::revision);
        return state;
    }

    private long revision() {
        return perRequest(REVISION, () -> jdbc.sql("select revision from achievement.achievement_revision")
                .query(Long.class)
                .single());
    }

    @SuppressWarnings("unchecked")
    private static <T> T perRequest(String name, Supplier<T> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read.get();
        }
        Object known = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = read.get();
            request.setAttribute(name, known, RequestAttributes.SCOPE_REQUEST);
        }
        return (T) known;
    }

    private State readState(long areaId) {
        return jdbc.sql("""
                        select r.revision, s.n as schools, s.last_id as last_school, s.versions as school_versions,
                               nw.n as networks, nw.versions as network_versions
                        from achievement.achievement_revision r,
                             (select count(*) as n, coalesce(max(id), 0) as last_id,
                                     coalesce(sum(version), 0) as versions
                              from registry.school_summary where area_id = :a) s,
                             (select count(*) as n, coalesce(sum(version), 0) as versions
                              from registry.network_summary where area_id = :a) nw""")
                .param("a", areaId)
                .query((rs, n) -> new State(
                        rs.getLong("revision"),
                        rs.getLong("schools"),
                        rs.getLong("last_school"),
                        rs.getLong("school_versions"),
                        rs.getLong("networks"),
                        rs.getLong("network_versions")))
                .single();
    }
}
