package org.khet.questions;

import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's desk for the public Q&A: the questions waiting, answered and published, or set aside. */
@Controller
class QuestionDesk {

    /** The desk keeps the address it had inside the complaint centre: staff bookmarks and links point to it. */
    static final String PATH = "/complaints/questions";

    private final Questions questions;

    QuestionDesk(Questions questions) {
        this.questions = questions;
    }

    @GetMapping(PATH)
    String desk(@AuthenticationPrincipal KhetUser user, Model model) {
        if (user.areaIds().stream().noneMatch(a -> Questions.mayAnswer(user, a)) && !user.isAdmin()) {
            throw new org.khet.shared.ForbiddenException("answer public questions");
        }
        model.addAttribute("questions", questions.desk(user));
        model.addAttribute("language", user.language());
        return "questions/desk";
    }

    @PostMapping(PATH + "/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "") String answer,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return done(user, flash, () -> questions.answer(id, version, question, answer, user));
    }

    @PostMapping(PATH + "/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return done(user, flash, () -> questions.reject(id, version, user));
    }

    private static String done(KhetUser user, RedirectAttributes flash, Runnable change) {
        return Forms.saved(change, user, flash, PATH);
    }
}
