package org.khet.registry;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.shared.PageNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds schools within the areas a user may read: by words of name, code or place, network and status. */
@Component
class SchoolQueries {

    static final int PAGE = 50;

    static final String SELECT = """
            select s.id, s.area_id, s.code, s.name_th, s.name_en, n.name_th as network, s.amphoe, s.tambon, s.status,
                   l.students, l.academic_year, c.name_th as size_th, c.name_en as size_en
            from registry.school s
            join registry.area a on a.id = s.area_id
            left join registry.network n on n.id = s.network_id
            left join lateral (select academic_year, students from registry.school_students st where st.school_id = s.id
                               order by academic_year desc limit 1) l on true
            left join registry.size_class c on c.id = registry.size_class_of(a.size_scheme, l.students, current_date)
            """;

    private final JdbcClient jdbc;

    SchoolQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(Long areaId, String q, Long networkId, String status, PageNumber page) {}

    record Page(List<SchoolRow> rows, long total, int page) {
        public boolean hasNext() {
            return (long) (page + 1) * PAGE < total;
        }
    }

    Page search(Filter f, KhetUser user) {
        List<Object> params = new ArrayList<>();
        String where = where(f, user, params);
        long total = jdbc.sql("select count(*) from registry.school s where " + where)
                .params(params)
                .query(Long.class)
                .single();
        String order = " order by s.name_th collate \"th-x-icu\", s.code";
        PageNumber shown = f.page().within(total, PAGE);
        String page = "select s.id from registry.school s where " + where + order + " limit " + PAGE + " offset "
                + shown.offset(PAGE);
        List<SchoolRow> rows = jdbc.sql(SELECT + " where s.id in (" + page + ")" + order)
                .params(params)
                .query(SchoolRow.class)
                .list();
        return new Page(rows, total, shown.number());
    }

    private static String where(Filter f, KhetUser user, List<Object> params) {
        StringBuilder w = new StringBuilder("true");
        if (!user.isAdmin()) {
            w.append(" and s.area_id = any(?)");
            params.add(user.areaIds().toArray(Long[]::new));
        }
        if (f.areaId() != null) {
            w.append(" and s.area_id = ?");
            params.add(f.areaId());
        }
        for (String term : SearchTerms.of(f.q())) {
            w.append(" and s.search_text ilike ?");
            params.add(term);
        }
        if (f.networkId() != null) {
            w.append(" and s.network_id = ?");
            params.add(f.networkId());
        }
        if (f.status() != null && !f.status().isBlank()) {
            w.append(" and s.status = ?");
            params.add(f.status());
        }
        return w.toString();
    }

    java.util.Optional<SchoolRow> row(long id) {
        return jdbc.sql(SELECT + " where s.id = :id")
                .param("id", id)
                .query(SchoolRow.class)
                .optional();
    }

    List<SchoolRow> recentlyChanged(KhetUser user, int limit) {
        return jdbc.sql(SELECT
                        + " where (:all or s.area_id = any(:areas)) order by s.updated_at desc, s.id desc limit :n")
                .param("all", user.isAdmin())
                .param("areas", user.areaIds().toArray(Long[]::new))
                .param("n", limit)
                .query(SchoolRow.class)
                .list();
    }

    /** Open schools of the user's areas per size class of their latest student count, smallest class first. */
    List<java.util.Map.Entry<String, Long>> bySize(KhetUser user, String language) {
        String name = "en".equals(language) ? "size_en" : "size_th";
        return jdbc.sql("select coalesce(" + name + ", '-') as size, count(*) as schools from (" + SELECT
                        + " where s.status = 'OPEN' and (:all or s.area_id = any(:areas))) x"
                        + " group by 1 order by min(coalesce(students, 0))")
                .param("all", user.isAdmin())
                .param("areas", user.areaIds().toArray(Long[]::new))
                .query((rs, n) -> java.util.Map.entry(rs.getString("size"), rs.getLong("schools")))
                .list();
    }

    long count(KhetUser user) {
        return jdbc.sql(
                        "select count(*) from registry.school s where s.status = 'OPEN' and (:all or s.area_id = any(:areas))")
                .param("all", user.isAdmin())
                .param("areas", user.areaIds().toArray(Long[]::new))
                .query(Long.class)
                .single();
    }
}
