package org.khet.correspondence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing a letter: its type (and form, for the types that have them), subject, text, urgency, secrecy, and whom it
 * goes to — for the office all schools, networks, schools by hand and its units; for a school the office, its units
 * and other schools. Kept as a draft, or written and sent in one step; a refused letter comes back with each reason
 * next to its field and nothing kept.
 */
@Controller
class WritingPages {

    private final Acting acting;
    private final Letters letters;
    private final Sending sending;
    private final ComposeChoices choices;
    private final OfficialForm official;

    WritingPages(Acting acting, Letters letters, Sending sending, ComposeChoices choices, OfficialForm official) {
        this.acting = acting;
        this.letters = letters;
        this.sending = sending;
        this.choices = choices;
        this.official = official;
    }

    /** The form: empty, started from template {@code template}, or prefilled as the reply to letter {@code reply}. */
    @GetMapping(CorrespondencePages.PATH + "/new")
    String form(
            @RequestParam(required = false) String org,
            @RequestParam(required = false) Long template,
            @RequestParam(required = false) Long reply,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        Organisation from = acting.chosen(user, org);
        if (reply != null) {
            return page(from, choices.reply(from, reply, user, model), Map.of(), model);
        }
        LetterForm letter = official.start(from, template, model);
        return page(from, letter == null ? LetterForm.empty(from.code()) : letter, Map.of(), model);
    }

    /** The forms of the chosen type, swapped in by htmx when the type changes. */
    @GetMapping(CorrespondencePages.PATH + "/new/forms")
    String forms(@RequestParam(defaultValue = "") String kind, Model model) {
        model.addAttribute("formsOfKind", formsOf(kind));
        model.addAttribute("letter", LetterForm.empty(""));
        model.addAttribute("errors", Map.of());
        return "correspondence/write :: forms";
    }

    @PostMapping(CorrespondencePages.PATH + "/new")
    String write(
            @ModelAttribute LetterForm letter,
            @ModelAttribute("blocks") OfficialBlocks blocks,
            @RequestParam(defaultValue = "draft") String action,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        Organisation from = acting.chosen(user, letter.org());
        try {
            blocks.checked();
            long id;
            if ("send".equals(action)) {
                Sending.Sent sent = sending.writeAndSend(from, letter.draft(), user);
                id = sent.id();
                flash.addFlashAttribute("sentNumber", sent.numbered().number());
            } else {
                id = letters.draft(from, letter.draft(), user);
                flash.addFlashAttribute("notice", "correspondence.page.draftSaved");
            }
            official.keep(id, blocks);
            return "redirect:" + LetterPages.path(id, from);
        } catch (RejectedException e) {
            model.addAttribute("rejectedBy", e.reason().in(user.language()));
            Map<String, String> errors = byField(e, user);
            // Sending to nobody is found only when sending; said at once with the rest, the writer fixes all in one go.
            if ("send".equals(action) && letter.addressesNobody()) {
                errors.putIfAbsent("to", Texts.of("correspondence.nobody").in(user.language()));
            }
            return page(from, letter, errors, model);
        }
    }

    String page(Organisation from, LetterForm letter, Map<String, String> errors, Model model) {
        model.addAttribute("org", from);
        model.addAttribute("letter", letter);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", LetterKind.values());
        model.addAttribute("formsOfKind", formsOf(letter.kind()));
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("secrecies", Secrecy.values());
        choices.show(from, letter, model);
        official.offer(from, model);
        return "correspondence/write";
    }

    private static List<String> formsOf(String kind) {
        try {
            return LetterKind.valueOf(kind == null ? "" : kind).forms();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** Each field's reasons, in the reader's language; reasons for the letter as a whole under "". */
    static Map<String, String> byField(RejectedException e, KhetUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            errors.merge(error.field(), error.message().in(user.language()), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
