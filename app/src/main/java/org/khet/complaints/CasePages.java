package org.khet.complaints;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.khet.platform.AuditLog;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.registry.Units;
import org.khet.shared.NotFoundException;
import org.springframework.http.CacheControl;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's case list and case page: the person a case is about, its complainant, files and rapid mobile unit
 * dispatches; its steps (screening, assigning, forwarding, answering, closing) are posted to {@link CaseStepPages}.
 */
@Controller
class CasePages {

    private final Cases cases;
    private final Units units;
    private final Assignees assignees;
    private final CaseSubjects subjects;
    private final Dispatches dispatches;
    private final Attachments attachments;
    private final AuditLog audit;
    private final java.time.Clock clock;

    CasePages(
            Cases cases,
            Units units,
            Assignees assignees,
            CaseSubjects subjects,
            Dispatches dispatches,
            Attachments attachments,
            AuditLog audit,
            java.time.Clock clock) {
        this.subjects = subjects;
        this.dispatches = dispatches;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
        this.cases = cases;
        this.units = units;
        this.assignees = assignees;
    }

    @GetMapping("/complaints")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        CaseStatus chosen = CaseStatus.named(status);
        model.addAttribute("cases", cases.list(user, chosen, overdue));
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("language", user.language());
        return "complaints/cases";
    }

    @GetMapping("/complaints/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) String subjectQuery,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        Cases.Case c = cases.read(id, user);
        if (subjectQuery != null) {
            model.addAttribute("subjectQuery", subjectQuery);
            model.addAttribute("candidates", subjects.candidates(c, subjectQuery, user));
        }
        return casePage(c, user, model);
    }

    @PostMapping("/complaints/{id}/subject")
    String nameSubject(
            @PathVariable long id,
            @RequestParam(required = false) Long personId,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return saved(id, user, flash, () -> subjects.name(id, personId, user));
    }

    @PostMapping("/complaints/{id}/dispatches")
    String dispatch(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String team,
            @RequestParam(required = false) LocalDate onDay,
            @RequestParam(defaultValue = "") String place,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return saved(id, user, flash, () -> dispatches.send(id, new ComplaintCase.Team(team, onDay, place), user));
    }

    @PostMapping("/complaints/{id}/dispatches/{dispatch}/report")
    String report(
            @PathVariable long id,
            @PathVariable long dispatch,
            @RequestParam(defaultValue = "") String report,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return saved(id, user, flash, () -> dispatches.report(id, dispatch, report, user));
    }

    /** A file sent with the case, for those who may read the case; every download is logged. */
    @GetMapping("/complaints/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(
            @PathVariable long id, @PathVariable long attachment, @AuthenticationPrincipal KhetUser user) {
        Cases.Case c = cases.read(id, user);
        Attachments.Checked file =
                attachments.read(id, attachment).orElseThrow(() -> new NotFoundException("attachment"));
        audit.viewed(c.areaId(), "complaint_attachment", attachment, "file of complaint " + c.trackingCode());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }

    @PostMapping("/complaints/{id}/complainant")
    String complainant(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        Cases.Case c = cases.read(id, user);
        model.addAttribute("complainant", cases.complainant(id, user).orElse(null));
        model.addAttribute("complainantShown", true);
        return casePage(c, user, model);
    }

    private static String saved(long id, KhetUser user, RedirectAttributes flash, Runnable change) {
        return Forms.saved(change, user, flash, "/complaints/" + id);
    }

    /** The case page; every showing of a case's details to the office is logged (PDPA), who read which case. */
    private String casePage(Cases.Case c, KhetUser user, Model model) {
        audit.viewed(c.areaId(), "complaint", c.id(), "case details");
        model.addAttribute("case", c);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("steps", cases.steps(c.id()));
        ComplaintCase now = new ComplaintCase(c);
        model.addAttribute(
                "next",
                c.status().next().stream().filter(to -> now.mayTake(user, to)).toList());
        model.addAttribute("maySeeComplainant", Cases.maySeeComplainant(user, c));
        model.addAttribute("units", units.inArea(c.areaId()));
        model.addAttribute("officers", assignees.offered(c));
        model.addAttribute("centre", Cases.runsCentre(user, c.areaId()));
        model.addAttribute("mayDispatch", now.mayDispatch(user));
        model.addAttribute("mayReport", now.mayReportDispatch(user));
        model.addAttribute("attachments", attachments.of(c.id()));
        model.addAttribute("dispatches", dispatches.of(c.id()));
        model.addAttribute("language", user.language());
        return "complaints/case";
    }
}
