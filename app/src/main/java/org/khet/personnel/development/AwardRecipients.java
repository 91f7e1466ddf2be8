package org.khet.personnel.development;

import java.util.List;
import java.util.Set;
import org.khet.personnel.common.NameSearch;
import org.khet.platform.KhetUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whom the award form finds by name: the open schools and active people of the area the user may enter an award for
 * (all of the area for the personnel group, a director's own school and its people), every word of the query in the
 * name ({@link NameSearch}), at most {@link #LIMIT} of them, schools first.
 */
@Component
class AwardRecipients {

    static final int LIMIT = 20;

    /** Someone or a school an award may be entered for: {@code value} is {@code P<id>} or {@code S<id>}. */
    record Recipient(String value, String label) {}

    /** What a search found: up to {@link #LIMIT}, and whether there were more. */
    record Found(List<Recipient> recipients, boolean more) {}

    private final JdbcClient jdbc;
    private final DevelopmentAccess access;

    AwardRecipients(JdbcClient jdbc, DevelopmentAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    Found search(long areaId, KhetUser me, String query) {
        List<String> words = NameSearch.words(query);
        if (words.isEmpty()) {
            return new Found(List.of(), false);
        }
        boolean all = access.managesArea(me, areaId);
        Set<Long> directed = access.directedSchools(me, areaId);
        List<Recipient> found = jdbc.sql("""
                        select value, label from (
                            select 0 as kind, 'S' || id as value, name_th as label, name_th as first, '' as last
                            from registry.school_summary
                            where area_id = :a and status = 'OPEN' and (:all or id = any(:schools))
                              and lower(name_th) like all(:words)
                            union all
                            select 1, 'P' || id, coalesce(title, '') || first_name_th || ' ' || last_name_th
                                   || ' · ' || coalesce(school_name_th, unit_name_th, ''), first_name_th, last_name_th
                            from registry.person_placement
                            where area_id = :a and active and (:all or school_id = any(:schools))
                              and lower(first_name_th || ' ' || last_name_th) like all(:words)) r
                        order by kind, first collate "th-x-icu", last collate "th-x-icu" limit :n""")
                .param("a", areaId)
                .param("all", all)
                .param("schools", directed.toArray(Long[]::new))
                .param("words", words.toArray(String[]::new))
                .param("n", LIMIT + 1)
                .query(Recipient.class)
                .list();
        NameSearch.Found<Recipient> first = NameSearch.firstOf(found, LIMIT);
        return new Found(first.items(), first.more());
    }
}
