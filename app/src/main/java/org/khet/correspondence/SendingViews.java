package org.khet.correspondence;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a letter's page shows of the sending options: the letter it answers and the replies to it, the people it is
 * for at the viewer's organisation, its external addressees and how each went (with the form to record it), and
 * whether a draft may be changed or deleted here (a memo's letter may not).
 */
@Component
class SendingViews {

    private final Replies replies;
    private final SendingOptions options;
    private final ExternalDispatch external;
    private final DraftEditing editing;

    SendingViews(Replies replies, SendingOptions options, ExternalDispatch external, DraftEditing editing) {
        this.replies = replies;
        this.options = options;
        this.external = external;
        this.editing = editing;
    }

    /** Letter {@code l}'s addressees with its external ones. */
    Addressees addressees(Letter l) {
        return l.to().withExternal(external.of(l.id()).stream()
                .map(k -> new ExternalDispatch.Addressee(k.name(), k.via(), k.detail(), k.wentOn()))
                .toList());
    }

    /** A draft's "to" line for the kinds of addressee beyond the office, schools, networks and units. */
    static List<Bilingual> parts(Addressees to) {
        List<Bilingual> parts = new ArrayList<>();
        if (!to.sizes().isEmpty()) {
            parts.add(Texts.of("correspondence.sending.toSizes", to.sizes().size()));
        }
        if (!to.groups().isEmpty()) {
            parts.add(Texts.of("correspondence.sending.toGroups", to.groups().size()));
        }
        if (!to.people().isEmpty()) {
            parts.add(Texts.of("correspondence.sending.toPeople", to.people().size()));
        }
        if (!to.external().isEmpty()) {
            parts.add(Texts.of(
                    "correspondence.sending.toExternal",
                    String.join(
                            ", ",
                            to.external().stream()
                                    .map(ExternalDispatch.Addressee::name)
                                    .toList())));
        }
        return parts;
    }

    /** Whom {@code to} addresses, in a line in the reader's language ("2 schools, 1 size class"). */
    public String line(Addressees to) {
        return LetterPages.addressees(
                to,
                org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
    }

    /** The API's view of the same: reply_to, and external (for the sender) or for (the people, for a recipient). */
    java.util.Map<String, Object> api(LetterReading.Read read) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("reply_to", replies.original(read.letter().id()).orElse(null));
        if (read.asSender()) {
            out.put("external", external.of(read.letter().id()));
        }
        read.delivery()
                .ifPresent(d -> out.put("for", options.peopleOf(List.of(d.id())).get(d.id())));
        return out;
    }

    void show(LetterReading.Read read, Model model) {
        Letter letter = read.letter();
        replies.original(letter.id()).ifPresent(id -> model.addAttribute("replyOf", id));
        model.addAttribute("replies", replies.to(letter.id(), read.viewer(), read.asSender()));
        read.delivery()
                .map(d -> options.peopleOf(List.of(d.id())).get(d.id()))
                .ifPresent(people -> model.addAttribute("forPeople", people));
        if (read.asSender()) {
            model.addAttribute("externals", external.of(letter.id()));
            model.addAttribute("recipientPeople", options.peopleOf(letter.id()));
            model.addAttribute("editable", letter.draft() && letter.paper() == null && !editing.memo(letter.id()));
        }
    }
}
