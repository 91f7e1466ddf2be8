package org.khet.personnel.development;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.FileStore;
import org.khet.platform.KhetUser;
import org.khet.registry.Person;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's own development on a phone: this fiscal year's verified hours against the target, the records and a form to
 * add one; a record with what the reader may do (change it while not verified, verify or return it); the verifier's
 * queue; the certificate.
 */
@Controller
class DevelopmentPages {

    static final String PATH = "/personnel/development";

    private final DevelopmentAccess access;
    private final DevelopmentHours hours;
    private final DevelopmentRules rules;
    private final TrainingRecords records;
    private final TrainingFiling filing;
    private final TrainingReview review;
    private final FileStore files;

    DevelopmentPages(
            DevelopmentAccess access,
            DevelopmentHours hours,
            DevelopmentRules rules,
            TrainingRecords records,
            TrainingFiling filing,
            TrainingReview review,
            FileStore files) {
        this.access = access;
        this.hours = hours;
        this.rules = rules;
        this.records = records;
        this.filing = filing;
        this.review = review;
        this.files = files;
    }

    @GetMapping(PATH)
    String mine(@AuthenticationPrincipal KhetUser me, Model model) {
        Person p = access.personOf(me).orElse(null);
        FiscalYear year = rules.currentYear();
        model.addAttribute("person", p);
        model.addAttribute("yearText", String.valueOf(year.buddhistYear()));
        model.addAttribute(
                "row",
                p == null ? null : hours.ofPerson(p.areaId(), p.id(), year).orElse(null));
        model.addAttribute("records", p == null ? List.of() : records.ofPerson(p.id(), year.buddhistYear()));
        model.addAttribute("kinds", TrainingKind.values());
        model.addAttribute("today", rules.today());
        model.addAttribute("waiting", records.waitingFor(me).size());
        model.addAttribute("lists", me.areaIds().stream().anyMatch(a -> hours.mayList(me, a)));
        return "personnel/development/mine";
    }

    @PostMapping(PATH)
    String add(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String provider,
            @RequestParam(required = false) TrainingKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            @RequestParam(required = false) BigDecimal hours,
            @RequestParam(required = false) MultipartFile certificate,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        try {
            filing.file(form(title, provider, kind, firstDay, lastDay, hours, certificate), me);
            flash.addFlashAttribute("notice", "personnel.development.recorded");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
        }
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/records/{id}")
    String one(@PathVariable long id, @AuthenticationPrincipal KhetUser me, Model model) {
        TrainingRecord r = records.readable(id, me);
        model.addAttribute("r", r);
        model.addAttribute("mayVerify", r.pending() && access.mayVerify(me, r));
        model.addAttribute("mayEdit", r.editable() && access.owns(me, r));
        model.addAttribute("kinds", TrainingKind.values());
        model.addAttribute("today", rules.today());
        return "personnel/development/record";
    }

    @PostMapping(PATH + "/records/{id}")
    String edit(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String provider,
            @RequestParam(required = false) TrainingKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            @RequestParam(required = false) BigDecimal hours,
            @RequestParam(required = false) MultipartFile certificate,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        var form = form(title, provider, kind, firstDay, lastDay, hours, certificate);
        return done(id, () -> filing.edit(id, form, me), "personnel.development.changed", me, flash);
    }

    @PostMapping(PATH + "/records/{id}/verify")
    String verify(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(id, () -> review.verify(id, me), "personnel.development.verifiedNotice", me, flash);
    }

    @PostMapping(PATH + "/records/{id}/return")
    String giveBack(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(id, () -> review.giveBack(id, reason, me), "personnel.development.returnedNotice", me, flash);
    }

    @GetMapping(PATH + "/records/{id}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        TrainingRecord r = records.readable(id, me);
        String[] stored = records.certificate(r.id());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored[1]))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(r.certificateName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(files.read(TrainingFiling.FOLDER, stored[0]));
    }

    @GetMapping(PATH + "/queue")
    String queue(@AuthenticationPrincipal KhetUser me, Model model) {
        model.addAttribute("waiting", records.waitingFor(me));
        return "personnel/development/queue";
    }

    private static TrainingFiling.NewTraining form(
            String title,
            String provider,
            TrainingKind kind,
            LocalDate firstDay,
            LocalDate lastDay,
            BigDecimal hours,
            MultipartFile certificate) {
        try {
            boolean none = certificate == null || certificate.isEmpty();
            return new TrainingFiling.NewTraining(
                    title,
                    provider,
                    kind,
                    firstDay,
                    lastDay,
                    hours,
                    none ? null : certificate.getOriginalFilename(),
                    none ? null : certificate.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String done(long id, Runnable step, String notice, KhetUser me, RedirectAttributes flash) {
        return PageSteps.done(PATH + "/records/" + id, step, notice, me, flash);
    }
}
