package org.khet.correspondence;

import java.util.Locale;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * What the holder of a memo does to it: the writer edits and submits (or resubmits) it to an approver; the approver
 * asks someone's opinion, approves (signing it), returns it for correction or rejects it; the one asked gives their
 * opinion. Labels are the messages {@code correspondence.memo.action.<NAME>}.
 */
enum MemoAction {
    EDIT,
    SUBMIT,
    ASK_OPINION,
    GIVE_OPINION,
    APPROVE,
    RETURN,
    REJECT;

    /** Whether the step names the person it goes to. */
    boolean namesSomeone() {
        return this == SUBMIT || this == ASK_OPINION;
    }

    /** Whether the step must say why or what: the opinion, what to correct, why it is rejected. */
    boolean needsComment() {
        return this == GIVE_OPINION || this == RETURN || this == REJECT;
    }

    Bilingual label() {
        return Texts.of("correspondence.memo.action." + name());
    }

    /** The action a request names (any case; "return" or "ask-opinion" as in the path), or null for none. */
    static MemoAction named(String name) {
        String n = name == null ? "" : name.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (MemoAction a : values()) {
            if (a.name().equals(n)) {
                return a;
            }
        }
        return null;
    }
}
