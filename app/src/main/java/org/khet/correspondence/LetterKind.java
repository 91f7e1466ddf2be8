package org.khet.correspondence;

import java.util.List;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * The six types of official letter of the correspondence regulation, each with the forms it takes (หนังสือสั่งการ is
 * an order, a regulation or a by-law; a public-relations letter an announcement, a statement or news; a record a
 * certificate, minutes or a note). Labels are the messages {@code letter.kind.<NAME>} and {@code letter.form.<NAME>}.
 */
enum LetterKind {
    EXTERNAL,
    MEMO,
    STAMPED,
    DIRECTIVE("ORDER", "REGULATION", "BYLAW"),
    PUBLIC_RELATIONS("ANNOUNCEMENT", "STATEMENT", "NEWS"),
    RECORD("CERTIFICATE", "MINUTES", "NOTE");

    private final List<String> forms;

    LetterKind(String... forms) {
        this.forms = List.of(forms);
    }

    /** The forms this type takes; empty when it has none. */
    List<String> forms() {
        return forms;
    }

    boolean takes(String form) {
        return form == null ? forms.isEmpty() : forms.contains(form);
    }

    Bilingual label() {
        return Texts.of("letter.kind." + name());
    }

    /**
     * The register a letter of this type and form is numbered in when sent: orders in the orders register,
     * announcements in the announcements register, circulars in their own series, everything else in dispatch.
     */
    Register registerFor(String form, boolean circular) {
        if ("ORDER".equals(form)) {
            return Register.ORDER;
        }
        if ("ANNOUNCEMENT".equals(form)) {
            return Register.ANNOUNCEMENT;
        }
        return circular ? Register.CIRCULAR : Register.DISPATCH;
    }
}
