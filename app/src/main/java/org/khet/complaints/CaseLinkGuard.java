package org.khet.complaints;

import java.util.Optional;
import org.khet.platform.Accounts;
import org.khet.platform.Texts;
import org.khet.registry.PersonLinkGuard;
import org.khet.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Cases#concerns} from being undone through the registry. The account linked to a person named in a
 * case keeps its link (unlinking would show them the case), and the account of someone handling an open case keeps
 * its link. An account is linked to a person named in a case only when that person has no account yet and the
 * account could not read the case anyway: linking a legal officer, the officer in charge or a director of the area
 * would hide the case from them; linking the subject's own new account is what the rule needs.
 *
 * <p>A first link of a handler's account to a person named in no case is allowed: it only tells Khet more, and
 * {@link CaseSubjects#name} then refuses to name that person in a case they handle. To mend a wrong link to a
 * subject, the centre first clears the naming (which only those who may read the case can do).
 */
@Component
class CaseLinkGuard implements PersonLinkGuard {

    // One message for both reasons: it must not tell the editor whether the person is the subject of a case.
    static final Bilingual LOCKED = Texts.of("complaints.link.locked");

    private final JdbcClient jdbc;
    private final Accounts accounts;

    CaseLinkGuard(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public Optional<Bilingual> refusal(Change change) {
        boolean named = namedInACase(change.personId());
        Long before = change.accountBefore();
        Long after = change.accountAfter();
        boolean locked = (before != null && (named || handlesAnOpenCase(before)))
                || (after != null && named && wouldLoseACase(change.personId(), after));
        return locked ? Optional.of(LOCKED) : Optional.empty();
    }

    /** Closed cases count too: a closed case can be reopened, and it still says what was alleged. */
    private boolean namedInACase(long personId) {
        return jdbc.sql("select exists (select 1 from complaints.complaint where subject_person_id = :p)")
                .param("p", personId)
                .query(Boolean.class)
                .single();
    }

    /**
     * Whether the account reads a case about the person today ({@link Cases#mayRead}, asked of the account as if it
     * signed in). The person has no account yet, so the cases are not kept from this one for being its own.
     */
    private boolean wouldLoseACase(long personId, long userId) {
        return accounts.byId(userId)
                .map(accounts::signedIn)
                .map(user -> jdbc
                        .sql("select " + CaseRows.COLUMNS + " where c.subject_person_id = :p")
                        .param("p", personId)
                        .query(CaseRows::map)
                        .list()
                        .stream()
                        .anyMatch(c -> Cases.mayRead(user, c)))
                .orElse(false);
    }

    /**
     * Whether the account handles an open case, as its officer or as staff of the unit it is given to: the part of
     * {@link Cases#mayRead} that a link could hide from them. The centre, which reads every case, is not locked.
     */
    private boolean handlesAnOpenCase(long userId) {
        return jdbc.sql("""
                        select exists (select 1 from complaints.complaint c where c.status <> :closed
                            and (c.officer_id = :u or exists (select 1 from platform.user_role g where g.user_id = :u
                                 and g.role = 'AREA_STAFF' and g.unit_id = c.unit_id)))""")
                .param("u", userId)
                .param("closed", CaseStatus.CLOSED.name())
                .query(Boolean.class)
                .single();
    }
}
