package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.ConflictException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A draft on its pages: changed on the writing form (refused, with the form kept, when someone changed it since it
 * was opened), deleted; the people picker of the writing form; and the sender recording how a sent letter went to
 * an external addressee.
 */
@Controller
class DraftPages {

    private final LetterReading reading;
    private final DraftEditing editing;
    private final WritingPages writing;
    private final ExternalDispatch external;
    private final AddressOptions options;
    private final Acting acting;
    private final JdbcClient jdbc;
    private final SendingViews views;
    private final OfficialForm official;

    DraftPages(
            LetterReading reading,
            DraftEditing editing,
            WritingPages writing,
            ExternalDispatch external,
            AddressOptions options,
            Acting acting,
            JdbcClient jdbc,
            SendingViews views,
            OfficialForm official) {
        this.views = views;
        this.official = official;
        this.reading = reading;
        this.editing = editing;
        this.writing = writing;
        this.external = external;
        this.options = options;
        this.acting = acting;
        this.jdbc = jdbc;
    }

    @GetMapping(CorrespondencePages.PATH + "/letters/{id}/edit")
    String edit(
            @PathVariable long id,
            @RequestParam(required = false) String org,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        LetterReading.Read read = draft(id, org, user);
        Letter l = read.letter();
        Organisation from = read.viewer();
        LetterForm form = LetterForm.written(
                        from.code(),
                        l.kind().name(),
                        l.form(),
                        l.subject(),
                        l.body(),
                        l.urgency().name(),
                        l.urgentBy() == null
                                ? ""
                                : l.urgentBy()
                                        .atZone(Registers.THAILAND)
                                        .toLocalDateTime()
                                        .toString(),
                        l.secrecy().name(),
                        l.circular())
                .withAddressees(
                        views.addressees(l),
                        codes("registry.school_summary", l.to().schools()),
                        codes("registry.unit_summary", l.to().units()),
                        l.version());
        model.addAttribute("editing", id);
        official.show(id, model);
        return writing.page(from, form, Map.of(), model);
    }

    @PostMapping(CorrespondencePages.PATH + "/letters/{id}/edit")
    String change(
            @PathVariable long id,
            @ModelAttribute LetterForm letter,
            @ModelAttribute("blocks") OfficialBlocks blocks,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        LetterReading.Read read = draft(id, letter.org(), user);
        model.addAttribute("editing", id);
        try {
            blocks.checked();
            editing.change(id, letter.version() == null ? -1 : letter.version(), letter.draft(), user);
            official.keep(id, blocks);
            flash.addFlashAttribute("notice", "correspondence.page.draftSaved");
            return "redirect:" + LetterPages.path(id, read.viewer());
        } catch (ConflictException e) {
            model.addAttribute("rejectedBy", e.errors().get(0).message().in(user.language()));
            return writing.page(read.viewer(), letter, Map.of(), model);
        } catch (RejectedException e) {
            model.addAttribute("rejectedBy", e.reason().in(user.language()));
            return writing.page(read.viewer(), letter, WritingPages.byField(e, user), model);
        }
    }

    @PostMapping(CorrespondencePages.PATH + "/letters/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam String org,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        LetterReading.Read read = draft(id, org, user);
        editing.delete(id, user);
        flash.addFlashAttribute("notice", "correspondence.sending.deleted");
        return "redirect:" + CorrespondencePages.PATH + "/drafts?org="
                + read.viewer().code();
    }

    /** The people of the writer's area matching what was typed, as choices for the form (htmx). */
    @GetMapping(CorrespondencePages.PATH + "/new/people")
    String people(
            @RequestParam(required = false) String org,
            @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        Organisation from = acting.chosen(user, org);
        model.addAttribute("found", q.strip().length() < 2 ? List.of() : options.people(from.areaId(), q));
        model.addAttribute("searched", q.strip().length() >= 2);
        return "correspondence/sending :: peopleFound";
    }

    @PostMapping(CorrespondencePages.PATH + "/letters/{id}/dispatch")
    String dispatch(
            @PathVariable long id,
            @RequestParam String org,
            @RequestParam int position,
            @RequestParam(defaultValue = "") String detail,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate wentOn,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        LetterReading.Read read = reading.read(id, org, user);
        if (!read.asSender()) {
            throw new NotFoundException("letter");
        }
        try {
            external.record(read.letter(), read.viewer(), position, detail, wentOn, user);
            flash.addFlashAttribute("notice", "correspondence.sending.recorded");
        } catch (RejectedException e) {
            flash.addFlashAttribute("sendErrors", WritingPages.byField(e, user));
        }
        return "redirect:" + LetterPages.path(id, read.viewer()) + "#external";
    }

    /** Draft {@code id} as its writer's organisation reads it. */
    private LetterReading.Read draft(long id, String org, KhetUser user) {
        LetterReading.Read read = reading.read(id, org, user);
        if (!read.asSender() || !read.letter().draft()) {
            throw new NotFoundException("draft");
        }
        return read;
    }

    /** The codes of schools or units (a published view's) with these ids, for the form. */
    private List<String> codes(String view, List<Long> ids) {
        return jdbc.sql("select code from " + view + " where id = any(:ids) order by code")
                .param("ids", ids.toArray(Long[]::new))
                .query(String.class)
                .list();
    }
}
