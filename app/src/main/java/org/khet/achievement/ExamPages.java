package org.khet.achievement;

import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The exams and their subjects by year, for everyone to read and for the administrator to change. */
@Controller
class ExamPages {

    private final Exams exams;
    private final ExamSubjects subjects;

    ExamPages(Exams exams, ExamSubjects subjects) {
        this.exams = exams;
        this.subjects = subjects;
    }

    @GetMapping("/achievement/exams")
    String list(@AuthenticationPrincipal KhetUser user, Model model) {
        return listPage(user, model);
    }

    @PostMapping("/achievement/exams/{exam}/subjects")
    String add(
            @PathVariable String exam,
            @ModelAttribute("form") Entered form,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        try {
            subjects.add(form.of(exam, form.grade(), form.code()), user);
            flash.addFlashAttribute("notice", "common.saved");
            return "redirect:/achievement/exams#exam-" + exam;
        } catch (RejectedException e) {
            model.addAttribute("rejected", e);
            model.addAttribute("failedExam", exam);
            return listPage(user, model);
        }
    }

    @GetMapping("/achievement/exams/subjects/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        requireAdmin(user);
        Exams.Subject s = subjects.byId(id);
        model.addAttribute("subject", s);
        model.addAttribute(
                "form",
                new Entered(
                        s.grade(),
                        s.code(),
                        s.nameTh(),
                        s.nameEn(),
                        String.valueOf(s.firstYear()),
                        s.lastYear() == null ? "" : String.valueOf(s.lastYear())));
        return "achievement/exam-subject";
    }

    @PostMapping("/achievement/exams/subjects/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") Entered form,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        requireAdmin(user);
        Exams.Subject s = subjects.byId(id);
        try {
            subjects.update(id, form.of(s.exam(), s.grade(), s.code()), user);
            flash.addFlashAttribute("notice", "common.saved");
            return "redirect:/achievement/exams#exam-" + s.exam();
        } catch (RejectedException e) {
            model.addAttribute("rejected", e);
            model.addAttribute("subject", s);
            return "achievement/exam-subject";
        }
    }

    /** What the user typed, shown again beside the errors. */
    record Entered(String grade, String code, String nameTh, String nameEn, String firstYear, String lastYear) {

        /** The subject typed, for an exam, grade and code (an edit keeps the stored ones). */
        ExamSubjects.Form of(String exam, String grade, String code) {
            return new ExamSubjects.Form(
                    exam, grade, code, nameTh, nameEn, year(firstYear, "firstYear"), open(lastYear));
        }
    }

    private String listPage(KhetUser user, Model model) {
        model.addAttribute("catalogue", exams.catalogue());
        model.addAttribute("language", user.language());
        model.addAttribute("canEdit", user.isAdmin());
        return "achievement/exams";
    }

    private static int year(String text, String field) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw RejectedException.of(field, Texts.of("achievement.examPages.year"));
        }
    }

    private static Integer open(String text) {
        return text == null || text.isBlank() ? null : year(text, "lastYear");
    }

    private static void requireAdmin(KhetUser user) {
        if (!user.isAdmin()) {
            throw new org.khet.shared.ForbiddenException("edit exam subjects");
        }
    }
}
