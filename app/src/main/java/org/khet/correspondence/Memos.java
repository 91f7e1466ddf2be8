package org.khet.correspondence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memos for approval: written by someone who works in an organisation, then taken round their circuit one step at a
 * time ({@link Memo}). Each step locks the memo's row, so two people cannot take steps on one memo at once; it is
 * recorded, audited and told to whoever holds the memo next. Approving numbers the memo in its organisation's
 * dispatch register (an internal memo has no register of its own; keeping it in dispatch keeps one series of the
 * organisation's own numbers), in the same transaction, and seals and indexes it.
 */
@Component
class Memos {

    /** The text of a memo as its writer typed it: subject and text, urgency and secrecy by name. */
    record Text(String subject, String body, String urgency, String secrecy) {}

    /** What a step says besides its action: the form's version, to whom, a comment, and for approval the signature. */
    record Request(int version, Long toUser, String comment, String signedAs, String onBehalfOf, Text text) {

        /** The same request for the memo's next version: a second step after the first succeeded. */
        Request next() {
            return new Request(version + 1, toUser, comment, signedAs, onBehalfOf, text);
        }
    }

    static final String COLUMNS = """
            id, letter_id, area_id, school_id, state, writer, approver, holder, version from correspondence.memo""";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final DraftRules rules;
    private final Letters letters;
    private final LetterSearch search;
    private final MemoApproval approval;
    private final MemoNotices notices;
    private final AuditLog audit;
    private final MemoViews views;

    Memos(
            JdbcClient jdbc,
            Organisations organisations,
            DraftRules rules,
            Letters letters,
            LetterSearch search,
            MemoApproval approval,
            MemoNotices notices,
            AuditLog audit,
            MemoViews views) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.rules = rules;
        this.letters = letters;
        this.search = search;
        this.approval = approval;
        this.notices = notices;
        this.audit = audit;
        this.views = views;
    }

    /** A new memo of the organisation with {@code orgCode}, written by {@code by}, who works there; its id. */
    @Transactional
    long create(String orgCode, Text text, KhetUser by) {
        Organisation org = organisations.byCode(orgCode).orElseThrow(() -> new NotFoundException("organisation"));
        if (!organisations.worksIn(org, by.id())) {
            throw new ForbiddenException("write memos for " + org.code());
        }
        long letter = letters.keep(org, checked(org, text), by);
        long id = jdbc.sql("""
                        insert into correspondence.memo (letter_id, area_id, school_id, state, writer, holder)
                        values (:letter, :area, :school, 'DRAFT', :by, :by)
                        returning id""")
                .param("letter", letter)
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.changedBy(by, org.areaId(), "CREATE", "memo", id, null, Map.of("letter", letter, "state", "DRAFT"));
        return id;
    }

    /** Takes step {@code action} on memo {@code id} for {@code by}, who must hold it; the step as recorded. */
    @Transactional
    Memo.Step act(long id, MemoAction action, Request r, KhetUser by) {
        Memo memo = new Memo(locked(id));
        Memo.Loaded was = memo.loaded();
        Organisation org = organisations.byId(was.areaId(), was.schoolId());
        if (!views.mayRead(was, org, by)) {
            throw new NotFoundException("memo");
        }
        Memo.Members members = account -> organisations.worksIn(org, account);
        Memo.Step step =
                switch (action) {
                    case EDIT -> memo.edit(by, r.version());
                    case SUBMIT -> memo.submit(r.toUser(), by, r.version(), members);
                    case ASK_OPINION -> memo.askOpinion(r.toUser(), r.comment(), by, r.version(), members);
                    case GIVE_OPINION -> memo.giveOpinion(r.comment(), by, r.version());
                    case APPROVE ->
                        memo.approve(r.comment(), SignedAs.named(r.signedAs()), r.onBehalfOf(), by, r.version());
                    case RETURN -> memo.returnForCorrection(r.comment(), by, r.version());
                    case REJECT -> memo.reject(r.comment(), by, r.version());
                };
        if (action == MemoAction.EDIT) {
            rewrite(org, was.letterId(), r.text());
        }
        String number = action == MemoAction.APPROVE ? approval.number(org, was, memo.approver(), by) : null;
        save(memo);
        long stepId = record(was, step);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", memo.state().name());
        after.put("holder", String.valueOf(memo.holder()));
        after.put("step", stepId);
        if (number != null) {
            after.put("number", number);
        }
        audit.changedBy(
                by,
                was.areaId(),
                action.name(),
                "memo",
                id,
                Map.of("state", was.state().name(), "version", was.version()),
                after);
        notices.tell(was, step, number);
        return step;
    }

    /**
     * Saves the text of {@code r} and submits the memo as one step, so that what the writer typed last is what goes
     * to the approver; refused, changing nothing, when either part is.
     */
    @Transactional
    Memo.Step editAndSubmit(long id, Request r, KhetUser by) {
        act(id, MemoAction.EDIT, r, by);
        return act(id, MemoAction.SUBMIT, r.next(), by);
    }

    private Memo.Loaded locked(long id) {
        return jdbc.sql("select " + COLUMNS + " where id = :id for update")
                .param("id", id)
                .query(Memo.Loaded.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("memo"));
    }

    private DraftRules.Checked checked(Organisation org, Text t) {
        Text text = t == null ? new Text(null, null, null, null) : t;
        DraftRules.Checked c = rules.check(
                org,
                new LetterDraft(
                        LetterKind.MEMO.name(),
                        null,
                        text.subject(),
                        text.body(),
                        text.urgency(),
                        null,
                        text.secrecy(),
                        false,
                        false,
                        false,
                        null,
                        null,
                        null));
        if (!c.secrecy().travelsElectronically()) {
            throw RejectedException.of("secrecy", Texts.of("correspondence.topSecret"));
        }
        return c;
    }

    private void rewrite(Organisation org, long letterId, Text text) {
        DraftRules.Checked c = checked(org, text);
        jdbc.sql("""
                        update correspondence.letter set subject = :subject, body = :body, urgency = :urgency,
                            secrecy = :secrecy, version = version + 1
                        where id = :id and status = 'DRAFT'""")
                .param("subject", c.subject())
                .param("body", c.body())
                .param("urgency", c.urgency().name())
                .param("secrecy", c.secrecy().name())
                .param("id", letterId)
                .update();
        search.index(letterId);
    }

    private void save(Memo memo) {
        jdbc.sql("""
                        update correspondence.memo set state = :state, approver = :approver, holder = :holder,
                            version = version + 1, updated_at = now()
                        where id = :id""")
                .param("state", memo.state().name())
                .param("approver", memo.approver())
                .param("holder", memo.holder())
                .param("id", memo.loaded().id())
                .update();
    }

    private long record(Memo.Loaded memo, Memo.Step s) {
        return jdbc.sql("""
                        insert into correspondence.memo_step (memo_id, area_id, action, from_state, to_state, by_user,
                            by_name, to_user, comment, signed_as, on_behalf_of)
                        values (:memo, :area, :action, :from, :to, :by, :name, :toUser, :comment, :signedAs, :onBehalfOf)
                        returning id""")
                .param("memo", memo.id())
                .param("area", memo.areaId())
                .param("action", s.action().name())
                .param("from", s.from().name())
                .param("to", s.to().name())
                .param("by", s.byUser())
                .param("name", s.byName())
                .param("toUser", s.toUser())
                .param("comment", s.comment())
                .param("signedAs", s.signedAs() == null ? null : s.signedAs().name())
                .param("onBehalfOf", s.onBehalfOf())
                .query(Long.class)
                .single();
    }
}
