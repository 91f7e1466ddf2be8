package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's staffing criterion: the small-school bands (shipped as starting figures) and the formula for
 * larger schools (shipped empty: the office enters it from the circular in force), each added or ended from a day
 * not yet past, with the circular it comes from.
 */
@Controller
class StaffingAdminPages {

    static final String PATH = "/admin/personnel/staffing";

    private final StaffingRules rules;

    StaffingAdminPages(StaffingRules rules) {
        this.rules = rules;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("bands", rules.bands());
        model.addAttribute("formulas", rules.formulas());
        model.addAttribute("today", rules.today());
        return "personnel/staffing";
    }

    @PostMapping(PATH + "/bands")
    String addBand(
            @RequestParam(required = false) Integer studentsFrom,
            @RequestParam(required = false) Integer studentsTo,
            @RequestParam(required = false) Integer administrators,
            @RequestParam(required = false) Integer teachers,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                () -> rules.addBand(
                        new StaffingRules.Band(
                                0,
                                orZero(studentsFrom),
                                orZero(studentsTo),
                                orMinus(administrators),
                                orMinus(teachers),
                                from,
                                null,
                                circular,
                                false),
                        me),
                "personnel.staffing.bandAdded",
                me,
                flash);
    }

    @PostMapping(PATH + "/formulas")
    String addFormula(
            @RequestParam(required = false) Integer studentsFrom,
            @RequestParam(required = false) Integer studentsTo,
            @RequestParam(required = false) BigDecimal studentsPerTeacher,
            @RequestParam(required = false) Integer studentsPerClassroom,
            @RequestParam(required = false) BigDecimal teachersPerClassroom,
            @RequestParam(required = false) Integer administrators,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String circular,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                () -> rules.addFormula(
                        new StaffingRules.Formula(
                                0,
                                orZero(studentsFrom),
                                studentsTo,
                                studentsPerTeacher,
                                studentsPerClassroom,
                                teachersPerClassroom,
                                orMinus(administrators),
                                from,
                                null,
                                circular,
                                false),
                        me),
                "personnel.staffing.formulaAdded",
                me,
                flash);
    }

    @PostMapping(PATH + "/end")
    String end(
            @RequestParam(defaultValue = "") String row,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        String[] kindAndId = row.split(":", 2);
        StaffingRules.Kind kind = "FORMULA".equals(kindAndId[0]) ? StaffingRules.Kind.FORMULA : StaffingRules.Kind.BAND;
        long id = kindAndId.length > 1 && kindAndId[1].matches("[0-9]{1,18}") ? Long.parseLong(kindAndId[1]) : 0;
        return done(() -> rules.end(kind, id, from, me), "personnel.staffing.ended", me, flash);
    }

    /** A missing count is no count: 0 fails the range check with its message. */
    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    /** A missing count of people fails the count check with its message. */
    private static int orMinus(Integer n) {
        return n == null ? -1 : n;
    }

    private static String done(Runnable change, String notice, KhetUser me, RedirectAttributes flash) {
        try {
            change.run();
            flash.addFlashAttribute("notice", notice);
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
        } catch (NotFoundException e) {
            flash.addFlashAttribute(
                    "error", Texts.of("personnel.staffing.notInForce").in(me.language()));
        }
        return "redirect:" + PATH;
    }
}
