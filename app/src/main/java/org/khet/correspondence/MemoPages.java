package org.khet.correspondence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
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
 * Memos for approval in the browser: the memos waiting for the reader and those they wrote; writing one (kept as a
 * draft, or nothing kept when refused); and one memo with its steps and a form for each step its holder may take.
 * Every form carries the version the page showed: a step on a memo someone changed since is refused, said, and the
 * page shown again as it is now.
 */
@Controller
class MemoPages {

    static final String PATH = CorrespondencePages.PATH + "/memos";

    /** A memo as typed on the writing page. */
    record MemoForm(String org, String subject, String body, String urgency, String secrecy) {
        Memos.Text text() {
            return new Memos.Text(subject, body, urgency, secrecy);
        }
    }

    /** Someone to choose in a picker: their name and roles there, in the reader's language. */
    record Choice(long id, String label) {}

    private final Memos memos;
    private final MemoViews views;
    private final MemoLists lists;
    private final Organisations organisations;

    MemoPages(Memos memos, MemoViews views, MemoLists lists, Organisations organisations) {
        this.memos = memos;
        this.views = views;
        this.lists = lists;
        this.organisations = organisations;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal KhetUser user, Model model) {
        model.addAttribute("waiting", views.waitingFor(user));
        model.addAttribute("mine", lists.writtenBy(user));
        model.addAttribute("writes", !lists.workplaces(user).isEmpty());
        return "correspondence/memos";
    }

    @GetMapping(PATH + "/new")
    String form(@RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser user, Model model) {
        List<Organisation> places = workplaces(user);
        String chosen = places.stream()
                .map(Organisation::code)
                .filter(c -> c.equals(org))
                .findFirst()
                .orElse(places.get(0).code());
        return writing(places, new MemoForm(chosen, "", "", "NORMAL", "NONE"), Map.of(), model);
    }

    @PostMapping(PATH + "/new")
    String write(
            @ModelAttribute MemoForm memo,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        List<Organisation> places = workplaces(user);
        try {
            long id = memos.create(memo.org(), memo.text(), user);
            flash.addFlashAttribute("notice", "correspondence.memoPage.saved");
            return "redirect:" + PATH + "/" + id;
        } catch (RejectedException e) {
            model.addAttribute(
                    "rejectedBy", Texts.of("correspondence.memo.notTaken").in(user.language()));
            return writing(places, memo, WritingPages.byField(e, user), model);
        }
    }

    @GetMapping(PATH + "/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        MemoViews.View memo = views.get(id, user);
        model.addAttribute("memo", memo);
        model.addAttribute("can", memo.actions().stream().map(MemoAction::name).collect(Collectors.toSet()));
        model.addAttribute("org", organisations.byCode(memo.org()).orElseThrow());
        model.addAttribute("holderName", memo.holder() == null ? null : lists.nameOf(memo.holder()));
        model.addAttribute("writerName", lists.nameOf(memo.writer()));
        if (memo.actions().contains(MemoAction.SUBMIT) || memo.actions().contains(MemoAction.ASK_OPINION)) {
            List<MemoViews.Person> people = views.people(memo.org(), user).stream()
                    .filter(p -> p.id() != user.id())
                    .toList();
            model.addAttribute(
                    "people",
                    people.stream().map(p -> new Choice(p.id(), label(p, user))).toList());
            model.addAttribute("approver", memo.approver() != null ? memo.approver() : director(people));
        }
        model.addAttribute("urgencies", urgencies());
        model.addAttribute("secrecies", secrecies());
        model.addAttribute("signatures", SignedAs.values());
        return "correspondence/memo";
    }

    /** One step on the memo; refused, the page comes back with the reasons by the form's fields and what was typed. */
    @PostMapping(PATH + "/{id}/{action}")
    String act(
            @PathVariable long id,
            @PathVariable String action,
            @ModelAttribute MemoApi.StepBody step,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        MemoAction a = MemoAction.named(action);
        if (a == null) {
            throw new NotFoundException("memo action " + action);
        }
        return step(id, a, a, step, user, flash, () -> memos.act(id, a, step.request(), user));
    }

    /** The writer's text saved and the memo submitted in one tap, so nothing typed is left behind. */
    @PostMapping(PATH + "/{id}/edit-and-submit")
    String editAndSubmit(
            @PathVariable long id,
            @ModelAttribute MemoApi.StepBody step,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return step(
                id,
                MemoAction.EDIT,
                MemoAction.SUBMIT,
                step,
                user,
                flash,
                () -> memos.editAndSubmit(id, step.request(), user));
    }

    /** Takes a step: done, the page says {@code done}; refused, the form of {@code a} shows why and what was typed. */
    private String step(
            long id,
            MemoAction a,
            MemoAction done,
            MemoApi.StepBody step,
            KhetUser user,
            RedirectAttributes flash,
            Runnable take) {
        try {
            take.run();
            flash.addFlashAttribute("done", done);
            return "redirect:" + PATH + "/" + id;
        } catch (ConflictException e) {
            flash.addFlashAttribute("conflict", e.reason().in(user.language()));
            return "redirect:" + PATH + "/" + id;
        } catch (RejectedException e) {
            flash.addFlashAttribute("stepAction", a);
            flash.addFlashAttribute("stepErrors", WritingPages.byField(e, user));
            flash.addFlashAttribute("typed", step);
            return "redirect:" + PATH + "/" + id + "#step-" + a.name();
        }
    }

    private String writing(List<Organisation> places, MemoForm memo, Map<String, String> errors, Model model) {
        model.addAttribute("places", places);
        model.addAttribute("memo", memo);
        model.addAttribute("errors", errors);
        model.addAttribute("urgencies", urgencies());
        model.addAttribute("secrecies", secrecies());
        return "correspondence/memo-write";
    }

    private List<Organisation> workplaces(KhetUser user) {
        List<Organisation> places = lists.workplaces(user);
        if (places.isEmpty()) {
            throw new NotFoundException("organisation");
        }
        return places;
    }

    private static String label(MemoViews.Person p, KhetUser user) {
        String roles = p.roles().stream()
                .map(r -> Texts.of("role." + r).in(user.language()))
                .collect(Collectors.joining(", "));
        return p.displayName() + " (" + roles + ")";
    }

    /** Whom a first submission goes to unless the writer chooses: the organisation's director, when they are listed. */
    private static Long director(List<MemoViews.Person> people) {
        return people.stream()
                .filter(p -> p.roles().contains("AREA_DIRECTOR") || p.roles().contains("SCHOOL_DIRECTOR"))
                .map(MemoViews.Person::id)
                .findFirst()
                .orElse(null);
    }

    /** A memo has no "urgent within" date field, so that urgency is not offered. */
    private static List<Urgency> urgencies() {
        return Arrays.stream(Urgency.values()).filter(u -> u != Urgency.WITHIN).toList();
    }

    /** Top secret never travels electronically: not offered. */
    private static List<Secrecy> secrecies() {
        return Arrays.stream(Secrecy.values())
                .filter(Secrecy::travelsElectronically)
                .toList();
    }
}
