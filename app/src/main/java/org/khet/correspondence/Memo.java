package org.khet.correspondence;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;

/**
 * A memo for approval (บันทึกข้อความ) and the rules of its circuit: each method is a step its holder takes; it checks
 * that the step can be taken from the state the memo is at ({@link MemoState#after}), that {@code by} holds the memo
 * and read it as it is now ({@code seen}, its version), then moves the memo and answers the step to record. A refused
 * step changes nothing. {@link Memos} loads, locks and saves it.
 */
final class Memo {

    /** A memo as stored. */
    record Loaded(
            long id,
            long letterId,
            long areaId,
            Long schoolId,
            MemoState state,
            long writer,
            Long approver,
            Long holder,
            int version) {}

    /** A step as recorded: what was done, from which state to which, by whom, to whom, and what they wrote. */
    record Step(
            MemoAction action,
            MemoState from,
            MemoState to,
            long byUser,
            String byName,
            Long toUser,
            String comment,
            SignedAs signedAs,
            String onBehalfOf) {}

    /** Whether the account {@code account} works in the memo's organisation (so the memo may go to them). */
    @FunctionalInterface
    interface Members {
        boolean includes(long account);
    }

    private static final int COMMENT_MAX = 2000;

    private final Loaded loaded;
    private MemoState state;
    private Long approver;
    private Long holder;

    Memo(Loaded loaded) {
        this.loaded = loaded;
        this.state = loaded.state();
        this.approver = loaded.approver();
        this.holder = loaded.holder();
    }

    /** The writer changes the text of a draft or of a memo returned to them ({@link Memos} applies the text). */
    Step edit(KhetUser by, int seen) {
        begin(MemoAction.EDIT, by, seen);
        return move(MemoAction.EDIT, by, holder, "", null, null);
    }

    /** The writer submits the memo to {@code to}; resubmitting a returned memo, to its approver when none is named. */
    Step submit(Long to, KhetUser by, int seen, Members members) {
        begin(MemoAction.SUBMIT, by, seen);
        Long next = to == null ? approver : to;
        List<FieldError> errors = new ArrayList<>();
        someone(next, by, members, errors);
        refuseIf(errors);
        approver = next;
        return move(MemoAction.SUBMIT, by, next, "", null, null);
    }

    /** The approver asks {@code of} for their opinion on the memo, saying what about. */
    Step askOpinion(Long of, String question, KhetUser by, int seen, Members members) {
        begin(MemoAction.ASK_OPINION, by, seen);
        List<FieldError> errors = new ArrayList<>();
        someone(of, by, members, errors);
        String q = comment(question, false, errors);
        refuseIf(errors);
        return move(MemoAction.ASK_OPINION, by, of, q, null, null);
    }

    /** The one asked gives their opinion; the memo goes back to its approver. */
    Step giveOpinion(String opinion, KhetUser by, int seen) {
        return closing(MemoAction.GIVE_OPINION, opinion, by, seen, approver);
    }

    /**
     * The approver approves the memo and signs it with their typed name: in their own right, or "ปฏิบัติราชการแทน" /
     * "รักษาราชการแทน" naming the post. {@link Memos} numbers it.
     */
    Step approve(String comment, SignedAs signedAs, String onBehalfOf, KhetUser by, int seen) {
        begin(MemoAction.APPROVE, by, seen);
        List<FieldError> errors = new ArrayList<>();
        String c = comment(comment, false, errors);
        SignedAs signed = signedAs == null ? SignedAs.SELF : signedAs;
        String post = signed == SignedAs.SELF || onBehalfOf == null || onBehalfOf.isBlank() ? null : onBehalfOf.strip();
        if (signed != SignedAs.SELF && (post == null || post.length() > 300)) {
            errors.add(FieldError.of("on_behalf_of", Texts.of("correspondence.handling.onBehalfOf")));
        }
        refuseIf(errors);
        return move(MemoAction.APPROVE, by, null, c, signed, post);
    }

    /** The approver returns the memo to its writer, saying what to correct. */
    Step returnForCorrection(String what, KhetUser by, int seen) {
        return closing(MemoAction.RETURN, what, by, seen, loaded.writer());
    }

    /** The approver rejects the memo, saying why; the circuit ends. */
    Step reject(String why, KhetUser by, int seen) {
        return closing(MemoAction.REJECT, why, by, seen, null);
    }

    MemoState state() {
        return state;
    }

    Long approver() {
        return approver;
    }

    Long holder() {
        return holder;
    }

    Loaded loaded() {
        return loaded;
    }

    /** A step that says something (required) and goes to a person known already, or to nobody. */
    private Step closing(MemoAction action, String text, KhetUser by, int seen, Long to) {
        begin(action, by, seen);
        List<FieldError> errors = new ArrayList<>();
        String c = comment(text, true, errors);
        refuseIf(errors);
        return move(action, by, to, c, null, null);
    }

    /** The order of refusals: a step this state does not take, then someone not holding it, then a stale form. */
    private void begin(MemoAction action, KhetUser by, int seen) {
        if (state.after(action).isEmpty()) {
            throw new ConflictException(FieldError.of(
                    "action",
                    Texts.of(
                            "correspondence.memo.notNow",
                            action.label().th(),
                            state.label().th(),
                            action.label().en(),
                            state.label().en())));
        }
        if (holder == null || holder != by.id()) {
            throw new ForbiddenException("take a step on memo " + loaded.id() + " someone else holds");
        }
        if (seen != loaded.version()) {
            throw new ConflictException(FieldError.of("version", Texts.of("correspondence.memo.stale")));
        }
    }

    private Step move(MemoAction action, KhetUser by, Long to, String comment, SignedAs signed, String post) {
        MemoState from = state;
        state = from.after(action).orElseThrow();
        holder = state.closed() ? null : to;
        return new Step(action, from, state, by.id(), by.displayName(), to, comment, signed, post);
    }

    private static void someone(Long to, KhetUser by, Members members, List<FieldError> errors) {
        if (to == null) {
            errors.add(FieldError.of("to_user", Texts.of("correspondence.memo.to")));
        } else if (to == by.id()) {
            errors.add(FieldError.of("to_user", Texts.of("correspondence.memo.notYourself")));
        } else if (!members.includes(to)) {
            errors.add(FieldError.of("to_user", Texts.of("correspondence.memo.notMember")));
        }
    }

    private static String comment(String value, boolean required, List<FieldError> errors) {
        String c = value == null ? "" : value.strip();
        if (required && c.isEmpty()) {
            errors.add(FieldError.of("comment", Texts.of("correspondence.memo.comment")));
        } else if (c.length() > COMMENT_MAX) {
            errors.add(FieldError.of("comment", Texts.of("correspondence.handling.long")));
        }
        return c;
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("correspondence.memo.notTaken"), errors);
        }
    }
}
