package org.khet.registry;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.shared.PageNumber;
import org.khet.shared.RejectedException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** School screens: search (htmx swaps the same results fragment the full page wraps), view and edit. */
@Controller
class SchoolPages {

    private final SchoolQueries queries;
    private final Schools schools;
    private final Enrolments enrolments;
    private final Networks networks;
    private final Areas areas;
    private final People people;
    private final CurrentAcademicYear currentYear;
    private final MessageSource messages;

    SchoolPages(
            SchoolQueries queries,
            Schools schools,
            Enrolments enrolments,
            Networks networks,
            Areas areas,
            People people,
            CurrentAcademicYear currentYear,
            MessageSource messages) {
        this.currentYear = currentYear;
        this.messages = messages;
        this.queries = queries;
        this.schools = schools;
        this.enrolments = enrolments;
        this.networks = networks;
        this.areas = areas;
        this.people = people;
    }

    @GetMapping("/schools")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long area,
            @RequestParam(required = false) Long network,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        var filter = new SchoolQueries.Filter(area, q, network, status, PageNumber.forgiving(page));
        model.addAttribute("filter", filter);
        model.addAttribute("result", queries.search(filter, user));
        model.addAttribute("areas", areas.visibleTo(user));
        Long networkArea =
                area != null && user.canRead(area) ? area : user.homeArea().orElse(null);
        model.addAttribute("networks", networkArea == null ? java.util.List.of() : networks.inArea(networkArea));
        return htmx != null ? "registry/schools :: results" : "registry/schools";
    }

    @GetMapping("/schools/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        School school = schools.readable(id, user);
        model.addAttribute("school", school);
        model.addAttribute("row", queries.row(id).orElseThrow());
        model.addAttribute("area", areas.byId(school.areaId()).orElseThrow());
        model.addAttribute("years", enrolments.of(id));
        model.addAttribute("grades", Enrolments.GRADES);
        model.addAttribute("currentYear", currentYear.get());
        model.addAttribute("staff", people.search(new People.Filter("", id, null, PageNumber.FIRST), user));
        model.addAttribute("canEdit", schools.canEdit(school, user));
        return "registry/school";
    }

    @GetMapping("/schools/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        School school = schools.readable(id, user);
        String mergedCode = school.mergedInto() == null
                ? ""
                : schools.byId(school.mergedInto()).map(School::code).orElse("");
        model.addAttribute("form", SchoolForm.of(school, mergedCode));
        return editView(school, model);
    }

    @PostMapping("/schools/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SchoolForm form,
            BindingResult result,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        School school = schools.readable(id, user);
        if (!result.hasErrors()) {
            try {
                schools.update(id, form, user);
                flash.addFlashAttribute("notice", "common.saved");
                return "redirect:/schools/" + id;
            } catch (RejectedException e) {
                Forms.reject(result, e, user);
            }
        }
        return editView(school, model);
    }

    @PostMapping("/schools/{id}/enrolment")
    String enrolment(
            @PathVariable long id,
            @RequestParam int academicYear,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal KhetUser user,
            Locale locale,
            RedirectAttributes flash) {
        Map<String, Integer> byGrade = new LinkedHashMap<>();
        try {
            for (String grade : Enrolments.GRADES) {
                String v = params.getOrDefault("grade_" + grade, "").strip();
                byGrade.put(grade, v.isEmpty() ? 0 : Integer.parseInt(v));
            }
            enrolments.set(id, academicYear, byGrade, user);
            flash.addFlashAttribute("notice", "common.saved");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("error", messages.getMessage("registry.enrolment.notWhole", null, locale));
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(user.language()));
        }
        return "redirect:/schools/" + id + "#enrolment";
    }

    private String editView(School school, Model model) {
        model.addAttribute("school", school);
        model.addAttribute("networks", networks.inArea(school.areaId()));
        model.addAttribute("statuses", SchoolRules.STATUSES);
        return "registry/school-edit";
    }
}
