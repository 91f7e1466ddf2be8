package org.khet.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Memos as people read them: one memo with its text, where it stands, who holds it and its steps; and the memos
 * waiting for someone, the longest waiting first. A memo is read by its writer, by everyone a step of it went to or
 * came from, and by the director of its organisation; to anyone else it does not exist.
 */
@Component
class MemoViews {

    /** One step as the memo's page lists it. */
    record Step(
            long id,
            MemoAction action,
            MemoState fromState,
            MemoState toState,
            long byUser,
            String byName,
            Long toUser,
            String toName,
            String comment,
            SignedAs signedAs,
            String onBehalfOf,
            Instant at) {}

    /** A memo with what the reader may do with it now ({@code actions}: empty unless they hold it). */
    record View(
            long id,
            long letterId,
            String org,
            MemoState state,
            String subject,
            String body,
            Urgency urgency,
            Secrecy secrecy,
            long writer,
            Long approver,
            Long holder,
            int version,
            String number,
            Set<MemoAction> actions,
            List<Step> steps) {}

    /** A memo in someone's list of memos waiting for them. */
    record Waiting(
            long id, String org, MemoState state, String subject, String writerName, Instant since, int version) {}

    /** Someone of the organisation a memo may be submitted to or asked for an opinion: their account and roles there. */
    record Person(long id, String displayName, List<String> roles) {}

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Letters letters;

    MemoViews(JdbcClient jdbc, Organisations organisations, Letters letters) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.letters = letters;
    }

    View get(long id, KhetUser reader) {
        Memo.Loaded m = jdbc.sql("select " + Memos.COLUMNS + " where id = :id")
                .param("id", id)
                .query(Memo.Loaded.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("memo"));
        Organisation org = organisations.byId(m.areaId(), m.schoolId());
        List<Step> steps = steps(id);
        if (!mayRead(m, org, steps, reader)) {
            throw new NotFoundException("memo");
        }
        Letter l = letters.byId(m.letterId()).orElseThrow();
        boolean holds = m.holder() != null && m.holder() == reader.id();
        return new View(
                m.id(),
                l.id(),
                org.code(),
                m.state(),
                l.subject(),
                l.body(),
                l.urgency(),
                l.secrecy(),
                m.writer(),
                m.approver(),
                m.holder(),
                m.version(),
                l.number(),
                holds ? m.state().actions() : Set.of(),
                steps);
    }

    /**
     * Whether {@code reader} may see memo {@code m}: its writer, whoever took part in a step, and the director of its
     * organisation. Anyone else is told it does not exist, also when they try a step on it.
     */
    boolean mayRead(Memo.Loaded m, Organisation org, KhetUser reader) {
        return mayRead(m, org, steps(m.id()), reader);
    }

    private static boolean mayRead(Memo.Loaded m, Organisation org, List<Step> steps, KhetUser reader) {
        boolean tookPart = m.writer() == reader.id()
                || steps.stream()
                        .anyMatch(s -> s.byUser() == reader.id()
                                || Long.valueOf(reader.id()).equals(s.toUser()));
        return tookPart || Organisations.directs(reader, org);
    }

    List<Step> steps(long memoId) {
        return jdbc.sql("""
                        select s.id, s.action, s.from_state, s.to_state, s.by_user, s.by_name, s.to_user,
                               u.display_name as to_name, s.comment, s.signed_as, s.on_behalf_of, s.at
                        from correspondence.memo_step s
                        left join platform.user_summary u on u.id = s.to_user
                        where s.memo_id = :m order by s.id""").param("m", memoId).query(Step.class).list();
    }

    /** The memos {@code user} holds now (to edit, decide or give an opinion on), the longest waiting first. */
    List<Waiting> waitingFor(KhetUser user) {
        return jdbc.sql("""
                        select m.id, m.area_id, m.school_id, m.state, l.subject, w.display_name as writer_name,
                               m.updated_at as since, m.version
                        from correspondence.memo m
                        join correspondence.letter l on l.id = m.letter_id
                        join platform.user_summary w on w.id = m.writer
                        where m.holder = :u
                        order by m.updated_at, m.id""")
                .param("u", user.id())
                .query((rs, n) -> new Waiting(
                        rs.getLong("id"),
                        organisations
                                .byId(rs.getLong("area_id"), (Long) rs.getObject("school_id"))
                                .code(),
                        MemoState.valueOf(rs.getString("state")),
                        rs.getString("subject"),
                        rs.getString("writer_name"),
                        rs.getTimestamp("since").toInstant(),
                        rs.getInt("version")))
                .list();
    }

    /**
     * The people of {@code org} (enabled accounts holding a role there: at the school, or across or in a unit of the
     * office) by name, for the writer to choose an approver or the approver someone to ask; {@code reader} must work
     * there.
     */
    List<Person> people(String orgCode, KhetUser reader) {
        Organisation org = organisations.byCode(orgCode).orElseThrow(() -> new NotFoundException("organisation"));
        if (!organisations.worksIn(org, reader.id())) {
            throw new NotFoundException("organisation");
        }
        return jdbc.sql("""
                        select u.id, u.display_name, array_agg(distinct r.role order by r.role) as roles
                        from platform.user_role r join platform.user_summary u on u.id = r.user_id and u.enabled
                        where r.area_id = :area
                          and (case when cast(:school as bigint) is null then r.school_id is null
                                    else r.school_id = :school end)
                        group by u.id, u.display_name
                        order by u.display_name, u.id""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query((rs, n) -> new Person(rs.getLong("id"), rs.getString("display_name"), List.of((String[])
                        rs.getArray("roles").getArray())))
                .list();
    }
}
