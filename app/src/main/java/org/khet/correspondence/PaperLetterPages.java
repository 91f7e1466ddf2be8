package org.khet.correspondence;

import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a letter that came on paper, from the inbox: the clerk photographs or uploads the scan and types the
 * letter's number, date, sender, subject, urgency and secrecy. Registered, the letter's page opens with its receipt
 * number; refused, the form comes back as typed with each reason next to its field and nothing kept.
 */
@Controller
class PaperLetterPages {

    static final String PATH = CorrespondencePages.PATH + "/paper";

    /** The form as typed; {@code dated} as the date picker sends it (or typed as 4/12/2569). */
    record Form(String org, String from, String number, String dated, String subject, String urgency, String secrecy) {

        static Form empty(String org) {
            return new Form(org, "", "", "", "", Urgency.NORMAL.name(), Secrecy.NONE.name());
        }
    }

    private final Acting acting;
    private final PaperLetters paper;

    PaperLetterPages(Acting acting, PaperLetters paper) {
        this.acting = acting;
        this.paper = paper;
    }

    @GetMapping(PATH)
    String form(@RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser user, Model model) {
        Organisation o = acting.chosen(user, org);
        return page(o, Form.empty(o.code()), Map.of(), model);
    }

    @PostMapping(path = PATH, consumes = "multipart/form-data")
    String register(
            Form typed,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        Organisation o = acting.chosen(user, typed.org());
        try {
            PaperLetters.Received r = paper.register(
                    o,
                    new PaperLetters.Typed(
                            typed.from(),
                            typed.number(),
                            typed.dated() == null ? null : PaperLetterApi.date(typed.dated()),
                            typed.subject(),
                            typed.urgency(),
                            typed.secrecy()),
                    file == null ? null : file.getOriginalFilename(),
                    PaperLetterApi.bytes(file),
                    user);
            flash.addFlashAttribute("receiptGiven", r.receipt().number());
            return "redirect:" + LetterPages.path(r.letterId(), o);
        } catch (RejectedException e) {
            model.addAttribute("rejectedBy", e.reason().in(user.language()));
            return page(o, typed, WritingPages.byField(e, user), model);
        }
    }

    private static String page(Organisation o, Form typed, Map<String, String> errors, Model model) {
        model.addAttribute("org", o);
        model.addAttribute("paper", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("secrecies", Secrecy.values());
        return "correspondence/paper";
    }
}
