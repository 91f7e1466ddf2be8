package org.khet.correspondence;

import java.util.Map;
import org.khet.platform.KhetUser;
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
 * The saved recipient groups of an organisation on one small page, reached from the writing form: listed with what
 * each holds, created from the same addressee choices as a letter, renamed and deleted.
 */
@Controller
class GroupPages {

    static final String PATH = CorrespondencePages.PATH + "/groups";

    private final Acting acting;
    private final RecipientGroups groups;
    private final ComposeChoices choices;

    GroupPages(Acting acting, RecipientGroups groups, ComposeChoices choices) {
        this.acting = acting;
        this.groups = groups;
        this.choices = choices;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser user, Model model) {
        Organisation o = acting.chosen(user, org);
        return page(o, LetterForm.empty(o.code()), "", Map.of(), model);
    }

    @PostMapping(PATH)
    String create(
            @ModelAttribute LetterForm letter,
            @RequestParam(defaultValue = "") String name,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        Organisation o = acting.chosen(user, letter.org());
        try {
            groups.create(o, name, letter.draft(), user);
            flash.addFlashAttribute("notice", "correspondence.groups.created");
            return "redirect:" + PATH + "?org=" + o.code();
        } catch (RejectedException e) {
            model.addAttribute("rejectedBy", e.reason().in(user.language()));
            return page(o, letter, name, WritingPages.byField(e, user), model);
        }
    }

    @PostMapping(PATH + "/{id}/rename")
    String rename(
            @PathVariable long id,
            @RequestParam String org,
            @RequestParam(defaultValue = "") String name,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        Organisation o = acting.chosen(user, org);
        try {
            groups.rename(o, id, name, user);
            flash.addFlashAttribute("notice", "correspondence.groups.renamed");
        } catch (RejectedException e) {
            flash.addFlashAttribute("groupError", e.errors().get(0).message().in(user.language()));
        }
        return "redirect:" + PATH + "?org=" + o.code();
    }

    @PostMapping(PATH + "/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam String org,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        Organisation o = acting.chosen(user, org);
        groups.delete(o, id, user);
        flash.addFlashAttribute("notice", "correspondence.groups.deleted");
        return "redirect:" + PATH + "?org=" + o.code();
    }

    private String page(Organisation o, LetterForm members, String name, Map<String, String> errors, Model model) {
        model.addAttribute("org", o);
        model.addAttribute("letter", members);
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        model.addAttribute("list", groups.of(o));
        choices.addressees(o, model);
        return "correspondence/groups";
    }
}
