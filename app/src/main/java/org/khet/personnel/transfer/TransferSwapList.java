package org.khet.personnel.transfer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.khet.personnel.common.NameSearch;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the swaps page reads: the teachers one may ask, and the swaps each reader takes part in or decides. */
@Component
class TransferSwapList {

    /** A teacher one may ask to swap with: name and school, nothing else. */
    record Partner(long personId, String name, String schoolName) {}

    private static final String SELECT = """
            select w.id, w.area_id, w.person_a, a.first_name_th || ' ' || a.last_name_th as name_a, w.school_a,
                   sa.name_th as school_a_name, w.person_b, b.first_name_th || ' ' || b.last_name_th as name_b,
                   w.school_b, sb.name_th as school_b_name, w.reason, w.state,
                   w.partner_agreed_at is not null as partner_agreed, w.director_a_at is not null as director_a_agreed,
                   w.director_b_at is not null as director_b_agreed, w.effective_on
            from personnel.transfer_swap w
            join registry.person_placement a on a.id = w.person_a
            join registry.person_placement b on b.id = w.person_b
            join registry.school_summary sa on sa.id = w.school_a
            join registry.school_summary sb on sb.id = w.school_b
            """;

    private final JdbcClient jdbc;
    private final TransferRounds rounds;
    private final TransferApplicants applicants;

    TransferSwapList(JdbcClient jdbc, TransferRounds rounds, TransferApplicants applicants) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.applicants = applicants;
    }

    /** How many partners a search shows. */
    static final int LIMIT = 20;

    /**
     * The government teachers of the area at schools other than {@code schoolId} whose name or school holds every
     * word of {@code query} ({@link NameSearch}), by school and name, at most {@link #LIMIT}; none for a blank query.
     */
    NameSearch.Found<Partner> partners(long areaId, long personId, long schoolId, String query) {
        List<String> words = NameSearch.words(query);
        if (words.isEmpty()) {
            return new NameSearch.Found<>(List.of(), false);
        }
        List<Partner> found = jdbc.sql("""
                        select pp.id as person_id, pp.first_name_th || ' ' || pp.last_name_th as name,
                               pp.school_name_th as school_name
                        from registry.person_placement pp
                        left join personnel.employment e on e.person_id = pp.id
                        where pp.area_id = :a and pp.active and pp.school_id is not null and pp.school_id <> :s
                          and pp.id <> :p and pp.position_code in ('TEACHER', 'ASSISTANT_TEACHER')
                          and coalesce(e.employment_type, 'GOVERNMENT') = 'GOVERNMENT'
                          and lower(pp.first_name_th || ' ' || pp.last_name_th || ' ' || pp.school_name_th)
                              like all(:words)
                        order by pp.school_name_th collate "th-x-icu", pp.first_name_th collate "th-x-icu",
                                 pp.last_name_th collate "th-x-icu" limit :n""")
                .param("a", areaId)
                .param("s", schoolId)
                .param("p", personId)
                .param("words", words.toArray(String[]::new))
                .param("n", LIMIT + 1)
                .query(Partner.class)
                .list();
        return NameSearch.firstOf(found, LIMIT);
    }

    TransferSwap byId(long id) {
        return jdbc.sql(SELECT + " where w.id = :id")
                .param("id", id)
                .query(TransferSwap.class)
                .single();
    }

    /**
     * The swaps the user takes part in or decides, latest first: the area's for the personnel group, else those of
     * the user's person or of the schools they direct.
     */
    List<TransferSwap> visible(long areaId, KhetUser user) {
        if (rounds.manages(user, areaId)) {
            return jdbc.sql(SELECT + " where w.area_id = :a order by w.id desc")
                    .param("a", areaId)
                    .query(TransferSwap.class)
                    .list();
        }
        long me =
                applicants.of(user).map(TransferApplicants.Applicant::personId).orElse(-1L);
        Set<Long> directed = user.schoolIds().stream()
                .filter(s -> user.holdsAtSchool(s, Role.SCHOOL_DIRECTOR))
                .collect(Collectors.toSet());
        return jdbc.sql(SELECT + " where w.area_id = :a and (w.person_a = :me or w.person_b = :me"
                        + " or w.school_a in (:schools) or w.school_b in (:schools)) order by w.id desc")
                .param("a", areaId)
                .param("me", me)
                .param("schools", directed.isEmpty() ? Set.of(-1L) : directed)
                .query(TransferSwap.class)
                .list();
    }
}
