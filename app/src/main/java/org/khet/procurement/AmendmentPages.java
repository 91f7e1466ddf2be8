package org.khet.procurement;

import java.time.LocalDate;
import org.khet.platform.KhetUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a procurement's page for a contract amendment and an attached file, and the attached file itself.
 * Each answers with the page again, saying what was saved or each refused field with the reason.
 */
@Controller
class AmendmentPages {

    private static final String PATH = ProcurementPages.PATH + "/{ocid}";

    private final Amendments amendments;
    private final ProcurementAttachments attachments;

    AmendmentPages(Amendments amendments, ProcurementAttachments attachments) {
        this.amendments = amendments;
        this.attachments = attachments;
    }

    @PostMapping(PATH + "/amendments")
    String amend(
            @PathVariable String ocid,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate amendedOn,
            @RequestParam(defaultValue = "") String rationale,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String newValue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newEnd,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return ProcurementStepPages.done(
                ocid,
                "amendments",
                "procurement.amendment.done",
                me,
                flash,
                () -> amendments.record(
                        ocid,
                        new Amendments.NewAmendment(amendedOn, rationale, description, Amounts.parse(newValue), newEnd),
                        me));
    }

    @PostMapping(PATH + "/documents")
    String attach(
            @PathVariable String ocid,
            @RequestParam(defaultValue = "") String documentType,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        return ProcurementStepPages.done(
                ocid,
                "attachments",
                "procurement.document.done",
                me,
                flash,
                () -> attachments.attach(ocid, AmendmentApi.attachment(documentType, title, file), me));
    }

    @GetMapping(PATH + "/documents/{id}")
    ResponseEntity<byte[]> file(
            @PathVariable String ocid, @PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        return AmendmentApi.download(attachments.read(ocid, id, me));
    }
}
