package org.khet.procurement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's procurement settings: the value bands that allow each method (added or ended from a day not
 * yet past, with the circular they come from), the reference-price rule (window and minimum evidence, from a day not
 * yet past) and the government's list of debarred suppliers, imported whole.
 */
@Controller
class ProcurementAdminPages {

    static final String PATH = "/admin/procurement";

    private final MethodRules rules;
    private final DebarredList debarred;
    private final ReferenceRules referenceRules;
    private final Thresholds thresholds;

    ProcurementAdminPages(
            MethodRules rules, DebarredList debarred, ReferenceRules referenceRules, Thresholds thresholds) {
        this.rules = rules;
        this.debarred = debarred;
        this.referenceRules = referenceRules;
        this.thresholds = thresholds;
    }

    @GetMapping(PATH)
    String page(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("methods", Method.values());
        model.addAttribute("today", rules.today());
        model.addAttribute("latest", debarred.latest().orElse(null));
        model.addAttribute("referenceRules", referenceRules.all());
        model.addAttribute("thresholds", thresholds.all());
        return "procurement/admin";
    }

    @PostMapping(PATH + "/rules")
    String add(
            @RequestParam(defaultValue = "") String method,
            @RequestParam(defaultValue = "") String variant,
            @RequestParam(defaultValue = "") String catalogue,
            @RequestParam(required = false) BigDecimal above,
            @RequestParam(required = false) BigDecimal upTo,
            @RequestParam(required = false) Integer minInvited,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String source,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Boolean inCatalogue = catalogue.isBlank() ? null : Boolean.valueOf(catalogue);
        return done(
                () -> rules.add(
                        new MethodRules.Rule(
                                0,
                                Method.named(method).orElse(null),
                                variant,
                                inCatalogue,
                                above,
                                upTo,
                                minInvited,
                                from,
                                null,
                                source),
                        me),
                "procurement.rule.added",
                me,
                flash);
    }

    @PostMapping(PATH + "/rules/end")
    String end(
            @RequestParam long rule,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(() -> rules.end(rule, from, me), "procurement.rule.ended", me, flash);
    }

    @PostMapping(PATH + "/reference-rules")
    String addReferenceRule(
            @RequestParam(required = false) Integer windowMonths,
            @RequestParam(required = false) Integer minEvidence,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String source,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                () -> referenceRules.add(windowMonths, minEvidence, from, source, me),
                "reference.rule.added",
                me,
                flash);
    }

    /** A red-flag threshold's new value from a day not yet past. */
    @PostMapping(PATH + "/thresholds")
    String setThreshold(
            @RequestParam(defaultValue = "") String threshold,
            @RequestParam(required = false) BigDecimal value,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        String[] codeAndParameter = threshold.split("/", 2);
        return done(
                () -> thresholds.set(
                        codeAndParameter[0],
                        codeAndParameter.length > 1 ? codeAndParameter[1] : "",
                        value,
                        from,
                        note,
                        me),
                "procurement.threshold.saved",
                me,
                flash);
    }

    @PostMapping(PATH + "/debarred")
    String importDebarred(
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(
                () -> {
                    if (file == null || file.isEmpty()) {
                        throw RejectedException.of("file", Texts.of("procurement.debarred.noFile"));
                    }
                    try {
                        debarred.replace(file.getBytes(), file.getOriginalFilename(), me);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                "procurement.debarred.imported",
                me,
                flash);
    }

    private static String done(Runnable change, String notice, KhetUser me, RedirectAttributes flash) {
        try {
            change.run();
            flash.addFlashAttribute("notice", notice);
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
            flash.addFlashAttribute(
                    "importErrors",
                    e.errors().stream()
                            .map(err -> err.message().in(me.language()))
                            .toList());
        }
        return "redirect:" + PATH;
    }
}
