package org.khet.complaints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.Schools;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff write down a complaint that came by walk-in, phone, letter, Facebook, e-mail or LINE; it joins the same
 * cases as the public form, and the receipt's code and secret go back to the complainant.
 */
@Controller
class StaffIntakePages {

    static final List<Channel> CHANNELS =
            List.of(Channel.WALK_IN, Channel.PHONE, Channel.LETTER, Channel.FACEBOOK, Channel.EMAIL, Channel.LINE);

    /**
     * The language a complaint taken in by staff is answered in: the clerk's own language says nothing of the
     * complainant's, and Thai is the office's.
     */
    private static final String THAI = "th";

    private final Complaints complaints;
    private final Areas areas;
    private final Schools schools;

    StaffIntakePages(Complaints complaints, Areas areas, Schools schools) {
        this.complaints = complaints;
        this.areas = areas;
        this.schools = schools;
    }

    /** The office's staff who take complaints in: the director, the units' staff and the legal officers. */
    static boolean mayTakeIn(KhetUser user, long areaId) {
        return user.isAdmin()
                || user.holds(Role.AREA_DIRECTOR, areaId)
                || user.holds(Role.AREA_STAFF, areaId)
                || user.holds(Role.LEGAL_OFFICER, areaId);
    }

    @GetMapping("/complaints/new")
    String form(@AuthenticationPrincipal KhetUser user, Model model) {
        return formPage(ComplaintForm.empty(), user, model);
    }

    @PostMapping("/complaints/new")
    String file(
            @ModelAttribute ComplaintForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal KhetUser user,
            Model model)
            throws java.io.IOException {
        Map<String, String> mine = areasOf(user);
        String areaCode = mine.size() == 1 ? mine.keySet().iterator().next() : form.areaCode();
        if (areaCode != null && !areaCode.isBlank() && !mine.containsKey(areaCode)) {
            throw new ForbiddenException("take in complaints for this area");
        }
        try {
            Channel channel = CHANNELS.stream()
                    .filter(c -> c.name().equals(form.channel()))
                    .findFirst()
                    .orElseThrow(() -> RejectedException.of(
                            "channel", Texts.of("complaints.staffIntakePages.chooseHowComplaintCame")));
            ComplaintForm inArea = new ComplaintForm(
                    areaCode,
                    form.channel(),
                    form.category(),
                    form.subject(),
                    form.details(),
                    form.identity(),
                    form.name(),
                    form.phone(),
                    form.email(),
                    form.notifyBy(),
                    form.schoolCode(),
                    null);
            model.addAttribute(
                    "receipt", complaints.file(inArea.complaint(THAI), channel, ComplaintForm.uploads(files)));
            model.addAttribute("staff", true);
            return "complaints/receipt";
        } catch (RejectedException e) {
            model.addAttribute("rejected", e);
            return formPage(form, user, model);
        }
    }

    private String formPage(ComplaintForm form, KhetUser user, Model model) {
        Map<String, String> mine = areasOf(user);
        if (mine.isEmpty()) {
            throw new ForbiddenException("take in complaints");
        }
        model.addAttribute("form", form);
        model.addAttribute("areas", mine);
        model.addAttribute("complaintCategories", Category.complaints());
        model.addAttribute("serviceCategories", Category.services());
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("staff", true);
        if (mine.size() == 1) {
            long area =
                    areas.byCode(mine.keySet().iterator().next()).orElseThrow().id();
            model.addAttribute("schools", schools.openIn(area));
        }
        return "complaints/form";
    }

    /** The areas the user takes complaints in, code → name. */
    private Map<String, String> areasOf(KhetUser user) {
        Map<String, String> mine = new LinkedHashMap<>();
        for (Area a : areas.visibleTo(user)) {
            if (mayTakeIn(user, a.id())) {
                mine.put(a.code(), a.nameTh());
            }
        }
        return mine;
    }
}
