package org.khet.personnel;

import java.time.LocalDate;
import org.khet.personnel.common.PageSteps;
import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
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
 * The person's own leave (balance, requests, a form to file one — phone first), one request with what the reader
 * may do with it, and the approver's queue.
 */
@Controller
class LeavePages {

    static final String PATH = "/personnel/leave";

    private final LeaveView view;
    private final LeaveRules rules;
    private final LeaveFiling filing;
    private final LeaveRequests requests;
    private final LeaveDecisions decisions;
    private final LeaveAccess access;
    private final LeaveAttachments attachments;

    LeavePages(
            LeaveView view,
            LeaveRules rules,
            LeaveFiling filing,
            LeaveRequests requests,
            LeaveDecisions decisions,
            LeaveAccess access,
            LeaveAttachments attachments) {
        this.view = view;
        this.rules = rules;
        this.filing = filing;
        this.requests = requests;
        this.decisions = decisions;
        this.access = access;
        this.attachments = attachments;
    }

    @GetMapping(PATH)
    String mine(@AuthenticationPrincipal KhetUser me, Model model) {
        model.addAttribute("mine", view.of(me).orElse(null));
        model.addAttribute("rules", rules.inForce(rules.today()));
        model.addAttribute("today", rules.today());
        return "personnel/leave";
    }

    @PostMapping(PATH)
    String file(
            @RequestParam(defaultValue = "") String type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            @RequestParam(defaultValue = "false") boolean halfDay,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String contact,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        var form = new LeaveFiling.NewLeave(type, firstDay, lastDay, halfDay, reason, contact);
        try {
            long id = filing.file(form, me);
            flash.addFlashAttribute("notice", "personnel.leave.filed");
            return "redirect:" + PATH + "/" + id;
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
            flash.addFlashAttribute("form", form);
            return "redirect:" + PATH;
        }
    }

    @GetMapping(PATH + "/{id}")
    String one(@PathVariable long id, @AuthenticationPrincipal KhetUser me, Model model) {
        LeaveRequest r = requests.readable(id, me);
        model.addAttribute("r", r);
        boolean mayDecide = r.waiting() && access.mayApprove(me, r);
        model.addAttribute("mayDecide", mayDecide);
        model.addAttribute("balance", mayDecide ? view.balanceFor(r).orElse(null) : null);
        model.addAttribute("mayCancel", r.cancellable() && access.isApplicant(me, r));
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("mayAttach", access.isApplicant(me, r) && (r.waiting() || "APPROVED".equals(r.status())));
        return "personnel/leave-request";
    }

    @PostMapping(PATH + "/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash)
            throws java.io.IOException {
        byte[] content = file.getBytes();
        return done(
                id,
                () -> attachments.attach(id, file.getOriginalFilename(), content, me),
                "personnel.leave.attachment.added",
                me,
                flash);
    }

    @GetMapping(PATH + "/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(
            @PathVariable long id, @PathVariable long attachment, @AuthenticationPrincipal KhetUser me) {
        LeaveAttachments.Content c = attachments.read(id, attachment, me);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(c.attachment().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(c.attachment().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(c.bytes());
    }

    @GetMapping(PATH + "/queue")
    String queue(@AuthenticationPrincipal KhetUser me, Model model) {
        model.addAttribute("waiting", requests.waitingFor(me));
        int year = org.khet.thai.FiscalYear.of(rules.today()).buddhistYear();
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("area", requests.ofAreas(me, year));
        return "personnel/leave-queue";
    }

    @PostMapping(PATH + "/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(id, () -> decisions.approve(id, me), "personnel.leave.approved", me, flash);
    }

    @PostMapping(PATH + "/{id}/refuse")
    String refuse(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return done(id, () -> decisions.refuse(id, reason, me), "personnel.leave.refused", me, flash);
    }

    @PostMapping(PATH + "/{id}/cancel")
    String cancel(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        return done(id, () -> decisions.cancel(id, me), "personnel.leave.cancelled", me, flash);
    }

    private static String done(long id, Runnable step, String notice, KhetUser me, RedirectAttributes flash) {
        return PageSteps.done(PATH + "/" + id, step, notice, me, flash);
    }
}
