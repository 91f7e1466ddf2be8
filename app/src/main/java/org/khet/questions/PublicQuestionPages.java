package org.khet.questions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.khet.platform.PublicLimits;
import org.khet.registry.Areas;
import org.khet.shared.RejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public Q&A page: published answers, searchable by topic and word, and the form to ask without an account. */
@Controller
class PublicQuestionPages {

    /** A question as the public form sends it; {@code homepage} is the trap field robots fill in. */
    record AskForm(String areaCode, String topic, String question, String homepage) {

        static AskForm empty() {
            return new AskForm("", "", "", "");
        }
    }

    private final Questions questions;
    private final PublicLimits limits;
    private final Areas areas;

    PublicQuestionPages(Questions questions, PublicLimits limits, Areas areas) {
        this.questions = questions;
        this.limits = limits;
        this.areas = areas;
    }

    @GetMapping("/public/questions")
    String page(@RequestParam(defaultValue = "") String topic, @RequestParam(defaultValue = "") String q, Model model) {
        return page(topic, q, AskForm.empty(), model);
    }

    @PostMapping("/public/questions")
    String ask(
            @org.springframework.web.bind.annotation.ModelAttribute AskForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (limits.refused(PublicLimits.Kind.SUBMIT, request.getRemoteAddr(), response, model)) {
            return page("", "", form, model);
        }
        if (form.homepage() != null && !form.homepage().isBlank()) {
            response.setStatus(422);
            model.addAttribute("refused", true);
            return page("", "", form, model);
        }
        try {
            model.addAttribute("asked", questions.ask(form.areaCode(), form.topic(), form.question()));
            response.setStatus(201);
            return page("", "", AskForm.empty(), model);
        } catch (RejectedException e) {
            response.setStatus(422);
            model.addAttribute("rejected", e);
            return page("", "", form, model);
        }
    }

    private String page(String topic, String q, AskForm form, Model model) {
        Map<String, String> all = areas.namesByCode();
        model.addAttribute("topics", Questions.Topic.values());
        model.addAttribute("topic", topic);
        model.addAttribute("q", q);
        model.addAttribute("form", form);
        model.addAttribute("areas", all);
        // An installation serving several area offices says whose answer each one is.
        model.addAttribute("areaById", all.size() > 1 ? areas.allById() : Map.of());
        model.addAttribute("questions", questions.published(topic, q, 100));
        model.addAttribute(
                "language",
                org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        return "questions/public";
    }
}
