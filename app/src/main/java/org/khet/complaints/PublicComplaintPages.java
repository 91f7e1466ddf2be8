package org.khet.complaints;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.khet.platform.PublicLimits;
import org.khet.registry.Areas;
import org.khet.registry.Schools;
import org.khet.shared.RejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public complaint form, its receipt and the status page, without an account. The receipt and the status page
 * are answers to POST and never cached, so the secret appears in no address, history or log.
 */
@Controller
class PublicComplaintPages {

    private final Complaints complaints;
    private final PublicLimits limits;
    private final Areas areas;
    private final Schools schools;

    PublicComplaintPages(Complaints complaints, PublicLimits limits, Areas areas, Schools schools) {
        this.complaints = complaints;
        this.limits = limits;
        this.areas = areas;
        this.schools = schools;
    }

    @GetMapping("/public/complaints")
    String form(Model model) {
        return formPage(ComplaintForm.empty(), model);
    }

    @PostMapping("/public/complaints")
    String file(
            @ModelAttribute ComplaintForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            java.util.Locale locale,
            Model model)
            throws IOException {
        noStore(response);
        if (limits.refused(PublicLimits.Kind.SUBMIT, request.getRemoteAddr(), response, model)) {
            return formPage(form, model);
        }
        if (form.trapped()) {
            response.setStatus(422);
            model.addAttribute("refused", true);
            return formPage(form, model);
        }
        try {
            model.addAttribute(
                    "receipt",
                    complaints.file(
                            // Progress is written to the complainant in the language they read the form in.
                            form.complaint(locale.getLanguage()), Channel.WEB, ComplaintForm.uploads(files)));
            response.setStatus(201);
            return "complaints/receipt";
        } catch (RejectedException e) {
            response.setStatus(422);
            model.addAttribute("rejected", e);
            return formPage(form, model);
        }
    }

    @GetMapping("/public/complaints/track")
    String trackForm() {
        return "complaints/track";
    }

    @PostMapping("/public/complaints/track")
    String track(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String secret,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return statusPage(
                PublicLimits.Kind.LOOKUP, code, secret, () -> complaints.track(code, secret), request, response, model);
    }

    @PostMapping("/public/complaints/information")
    String addInformation(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String secret,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        List<Attachments.Upload> uploads = ComplaintForm.uploads(files);
        try {
            String page = statusPage(
                    PublicLimits.Kind.SUBMIT,
                    code,
                    secret,
                    () -> complaints.addInformation(code, secret, text, uploads),
                    request,
                    response,
                    model);
            model.addAttribute("added", model.containsAttribute("status"));
            return page;
        } catch (RejectedException e) {
            response.setStatus(422);
            model.addAttribute("rejected", e);
            model.addAttribute("status", complaints.track(code, secret).orElseThrow());
            model.addAttribute("secret", secret);
            return "complaints/status";
        }
    }

    /**
     * The status page after a look-up or an addition, within the client's limits; an unknown code and a wrong
     * secret answer alike and count as a miss.
     */
    private String statusPage(
            PublicLimits.Kind kind,
            String code,
            String secret,
            java.util.function.Supplier<java.util.Optional<Complaints.Status>> lookup,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        noStore(response);
        String client = request.getRemoteAddr();
        model.addAttribute("code", code);
        if (limits.refused(kind, client, response, model)) {
            return "complaints/track";
        }
        var status = lookup.get();
        if (status.isEmpty()) {
            limits.missed(client);
            response.setStatus(404);
            model.addAttribute("notFound", true);
            return "complaints/track";
        }
        model.addAttribute("status", status.get());
        model.addAttribute("secret", secret);
        return "complaints/status";
    }

    private String formPage(ComplaintForm form, Model model) {
        Map<String, String> all = areas.namesByCode();
        model.addAttribute("form", form);
        model.addAttribute("areas", all);
        model.addAttribute("complaintCategories", Category.complaints());
        model.addAttribute("serviceCategories", Category.services());
        if (all.size() == 1) {
            long area =
                    areas.byCode(all.keySet().iterator().next()).orElseThrow().id();
            model.addAttribute("schools", schools.openIn(area));
        }
        return "complaints/form";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
