package org.khet.complaints;

import java.util.Optional;
import org.khet.org.PersonLinkGuard;
import org.khet.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Cases#concerns} from being undone through the registry: the account linked to a person named in a
 * case stays as it is (unlinking would show them the case, linking another account would hide it from that
 * account's holder), and the account of someone handling an open case keeps its link.
 *
 * <p>A first link of a handler's account to a person named in no case is allowed: it only tells Khet more, and
 * {@link CaseSubjects#name} then refuses to name that person in a case they handle. The centre undoes a mistaken
 * naming first (which it can only do for cases it may read), then the link can change.
 */
@Component
class CaseLinkGuard implements PersonLinkGuard {

    // One message for both reasons: it must not tell the editor whether the person is the subject of a case.
    static final Bilingual LOCKED = Bilingual.of(
            "การเชื่อมบัญชีนี้ถูกล็อกไว้เพื่อคุ้มครองเรื่องร้องเรียนที่เป็นความลับ ไม่มีการเปลี่ยนแปลง ติดต่อนิติกรของเขต",
            "This link is locked to protect a confidential complaint case; nothing was changed. Ask the area's"
                    + " legal officers");

    private final JdbcClient jdbc;

    CaseLinkGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Bilingual> refusal(Change change) {
        boolean locked = namedInACase(change.personId())
                || (change.accountBefore() != null && handlesAnOpenCase(change.accountBefore()));
        return locked ? Optional.of(LOCKED) : Optional.empty();
    }

    /** Closed cases count too: a closed case can be reopened, and it still says what was alleged. */
    private boolean namedInACase(long personId) {
        return jdbc.sql("select exists (select 1 from complaint where subject_person_id = :p)")
                .param("p", personId)
                .query(Boolean.class)
                .single();
    }

    private boolean handlesAnOpenCase(long userId) {
        return jdbc.sql("""
                        select exists (select 1 from complaint c where c.status <> 'CLOSED'
                            and (c.officer_id = :u or exists (select 1 from role_grant g where g.user_id = :u
                                 and g.role = 'AREA_STAFF' and g.unit_id = c.unit_id)))""").param("u", userId).query(Boolean.class).single();
    }
}
