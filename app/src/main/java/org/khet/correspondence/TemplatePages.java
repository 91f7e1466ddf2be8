package org.khet.correspondence;

import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
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
 * An organisation's letter templates: the shipped ones and its own, each one click from a letter started from it;
 * whoever keeps the organisation's templates adds one, edits its own, or copies a shipped one to adapt.
 */
@Controller
class TemplatePages {

    static final String PATH = CorrespondencePages.PATH + "/templates";

    private final Acting acting;
    private final LetterTemplates templates;

    TemplatePages(Acting acting, LetterTemplates templates) {
        this.acting = acting;
        this.templates = templates;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(required = false) String org,
            @RequestParam(required = false) Long edit,
            @RequestParam(required = false) Long copy,
            @RequestParam(defaultValue = "false") boolean add,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        Organisation o = acting.chosen(user, org);
        LetterTemplate editing = null;
        if (LetterTemplates.keeps(user, o)) {
            if (edit != null) {
                editing = own(o, edit);
            } else if (copy != null) {
                editing = templates
                        .usable(o, copy)
                        .orElseThrow(() -> new NotFoundException("letter template"))
                        .copy();
            } else if (add) {
                editing = LetterTemplate.blank();
            }
        }
        return page(o, editing, Map.of(), user, model);
    }

    @PostMapping(PATH)
    String save(
            @RequestParam String org,
            @ModelAttribute LetterTemplate template,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        Organisation o = acting.chosen(user, org);
        try {
            templates.save(o, template, user);
            flash.addFlashAttribute("notice", "correspondence.template.saved");
            return "redirect:" + PATH + "?org=" + o.code();
        } catch (RejectedException e) {
            model.addAttribute("rejectedBy", e.reason().in(user.language()));
            return page(o, template, WritingPages.byField(e, user), user, model);
        }
    }

    private LetterTemplate own(Organisation o, long id) {
        return templates
                .usable(o, id)
                .filter(t -> !t.shipped())
                .orElseThrow(() -> new NotFoundException("letter template"));
    }

    private String page(
            Organisation o, LetterTemplate editing, Map<String, String> errors, KhetUser user, Model model) {
        model.addAttribute("org", o);
        model.addAttribute("templates", templates.of(o));
        model.addAttribute("keeps", LetterTemplates.keeps(user, o));
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        return "correspondence/templates";
    }
}
