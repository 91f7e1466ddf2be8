package org.khet.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.PageNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People of the registry: found within the reader's areas, shown with national IDs masked. Only the personnel
 * group, the area director, the system administrator and a person's own school director may see an ID in full,
 * and every such view is written to the audit log.
 */
@Component
public class People {

    static final int PAGE = 50;
    static final String SELECT = """
            select p.id, p.area_id, p.school_id, s.name_th as school_name, p.unit_id, u.name_th as unit_name, p.title,
                   p.first_name_th, p.last_name_th, p.position_id, pos.name_th as position_th,
                   pos.name_en as position_en, p.academic_standing, st.name_th as standing_th,
                   st.name_en as standing_en,
                   substr(p.national_id, 1, 1) || '-' || substr(p.national_id, 2, 4) || '-xxxxx-xx-'
                     || substr(p.national_id, 13, 1) as masked_national_id,
                   p.phone, p.email, p.active, p.version
            from registry.person p
            left join registry.school s on s.id = p.school_id
            left join registry.unit u on u.id = p.unit_id
            left join registry.position pos on pos.id = p.position_id
            left join registry.academic_standing st on st.code = p.academic_standing
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    People(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record Filter(String q, Long schoolId, Long unitId, PageNumber page) {}

    record Page(List<Person> rows, long total, int page) {
        public boolean hasNext() {
            return (long) (page + 1) * PAGE < total;
        }
    }

    Page search(Filter f, KhetUser user) {
        List<Object> params = new ArrayList<>();
        StringBuilder w = new StringBuilder("true");
        if (!user.isAdmin()) {
            w.append(" and p.area_id = any(?)");
            params.add(user.areaIds().toArray(Long[]::new));
        }
        for (String term : SearchTerms.of(f.q())) {
            w.append(" and p.search_text ilike ?");
            params.add(term);
        }
        if (f.schoolId() != null) {
            w.append(" and p.school_id = ?");
            params.add(f.schoolId());
        }
        if (f.unitId() != null) {
            w.append(" and p.unit_id = ?");
            params.add(f.unitId());
        }
        long total = jdbc.sql("select count(*) from registry.person p where " + w)
                .params(params)
                .query(Long.class)
                .single();
        PageNumber shown = f.page().within(total, PAGE);
        List<Person> rows = jdbc.sql(SELECT + " where " + w
                        + " order by p.first_name_th collate \"th-x-icu\", p.last_name_th collate \"th-x-icu\""
                        + " limit " + PAGE + " offset " + shown.offset(PAGE))
                .params(params)
                .query(Person.class)
                .list();
        return new Page(rows, total, shown.number());
    }

    /** Up to {@code limit} people of one area whose name or position matches {@code q}, for a picker. */
    public List<Person> matching(long areaId, String q, int limit) {
        List<String> terms = SearchTerms.of(q);
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder w = new StringBuilder("p.area_id = ?");
        List<Object> params = new ArrayList<>(List.of(areaId));
        for (String term : terms) {
            w.append(" and p.search_text ilike ?");
            params.add(term);
        }
        return jdbc.sql(SELECT + " where " + w + " order by p.first_name_th collate \"th-x-icu\" limit " + limit)
                .params(params)
                .query(Person.class)
                .list();
    }

    /** A person of the given area. */
    public Optional<Person> inArea(long id, long areaId) {
        return byId(id).filter(p -> p.areaId() == areaId);
    }

    Person readable(long id, KhetUser user) {
        return byId(id).filter(p -> user.canRead(p.areaId())).orElseThrow(() -> new NotFoundException("person"));
    }

    Optional<Person> byId(long id) {
        return jdbc.sql(SELECT + " where p.id = :id")
                .param("id", id)
                .query(Person.class)
                .optional();
    }

    boolean maySeeNationalId(Person p, KhetUser user) {
        return user.holds(Role.AREA_DIRECTOR, p.areaId())
                || personnelStaff(p.areaId(), user)
                || (p.schoolId() != null && user.holdsAtSchool(p.schoolId(), Role.SCHOOL_DIRECTOR));
    }

    boolean mayEdit(Person p, KhetUser user) {
        return user.holds(Role.AREA_DIRECTOR, p.areaId())
                || user.holds(Role.AREA_STAFF, p.areaId())
                || (p.schoolId() != null && user.holdsAtSchool(p.schoolId(), Role.SCHOOL_DIRECTOR, Role.SCHOOL_CLERK));
    }

    /** The national ID in full, for a reader whose role needs it; the read is logged. */
    @Transactional
    public String reveal(long personId, KhetUser user) {
        Person p = readable(personId, user);
        if (!maySeeNationalId(p, user)) {
            throw new ForbiddenException("national id");
        }
        audit.viewed(p.areaId(), "person", p.id(), "national_id");
        String digits = jdbc.sql("select national_id from registry.person where id = :id")
                .param("id", personId)
                .query(String.class)
                .single();
        return org.khet.thai.ThaiNationalId.parse(digits).formatted();
    }

    long countIn(KhetUser user) {
        return jdbc.sql("select count(*) from registry.person p where p.active and (:all or p.area_id = any(:areas))")
                .param("all", user.isAdmin())
                .param("areas", user.areaIds().toArray(Long[]::new))
                .query(Long.class)
                .single();
    }

    private boolean personnelStaff(long areaId, KhetUser user) {
        Long[] units = user.grants().stream()
                .filter(g -> g.role() == Role.AREA_STAFF && g.unitId() != null)
                .map(g -> g.unitId())
                .toArray(Long[]::new);
        return units.length > 0
                && jdbc.sql(
                                        "select count(*) from registry.unit where id = any(:u) and area_id = :a and code = 'PERSONNEL'")
                                .param("u", units)
                                .param("a", areaId)
                                .query(Long.class)
                                .single()
                        > 0;
    }
}
