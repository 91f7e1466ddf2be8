package org.khet.registry;

import jakarta.validation.Valid;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.shared.ForbiddenException;
import org.khet.shared.PageNumber;
import org.khet.shared.RejectedException;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/** People screens: search, view (national ID masked, revealed on request and logged), add and edit. */
@Controller
class PeoplePages {

    private final People people;
    private final PersonEditor editor;
    private final Areas areas;
    private final Units units;
    private final Schools schools;
    private final PersonChoices choices;
    private final PersonAccounts personAccounts;

    PeoplePages(
            People people,
            PersonEditor editor,
            Areas areas,
            Units units,
            Schools schools,
            PersonChoices choices,
            PersonAccounts personAccounts) {
        this.personAccounts = personAccounts;
        this.people = people;
        this.editor = editor;
        this.areas = areas;
        this.units = units;
        this.schools = schools;
        this.choices = choices;
    }

    @GetMapping("/people")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Long school,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "") String scope,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        boolean schoolOnly = user.grants().stream().noneMatch(g -> g.isAreaWide()) && !user.isAdmin();
        if (school == null && unit == null && schoolOnly && user.schoolIds().size() == 1 && !"all".equals(scope)) {
            school = user.schoolIds().iterator().next();
        }
        var filter = new People.Filter(q, school, unit, PageNumber.forgiving(page));
        model.addAttribute("schoolOnly", schoolOnly && !"all".equals(scope));
        model.addAttribute("filter", filter);
        model.addAttribute("result", people.search(filter, user));
        model.addAttribute("canAdd", user.homeArea().map(a -> mayAdd(a, user)).orElse(false));
        return htmx != null ? "registry/people :: results" : "registry/people";
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        Person p = people.readable(id, user);
        model.addAttribute("person", p);
        model.addAttribute("canReveal", people.maySeeNationalId(p, user));
        model.addAttribute("canEdit", people.mayEdit(p, user));
        model.addAttribute("canLink", PersonAccounts.mayLink(p, user));
        model.addAttribute("account", personAccounts.usernameOf(id).orElse(null));
        return "registry/person";
    }

    @PostMapping("/people/{id}/account")
    String link(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String username,
            @AuthenticationPrincipal KhetUser user,
            org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        return org.khet.platform.Forms.saved(
                () -> personAccounts.link(id, username, user), user, flash, "/people/" + id);
    }

    @PostMapping(value = "/people/{id}/national-id", produces = "text/html")
    @ResponseBody
    String reveal(@PathVariable long id, @AuthenticationPrincipal KhetUser user) {
        return "<span class=\"masked\" id=\"national-id\">" + HtmlUtils.htmlEscape(people.reveal(id, user)) + "</span>";
    }

    @GetMapping("/people/new")
    String create(@AuthenticationPrincipal KhetUser user, Model model) {
        long area = user.homeArea().orElseThrow(() -> new ForbiddenException("add person"));
        model.addAttribute("form", new PersonForm("", "", "", null, null, "", null, "", "", "", true, 0));
        return formView(area, null, model);
    }

    @PostMapping("/people")
    String add(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        long area = user.homeArea().orElseThrow(() -> new ForbiddenException("add person"));
        if (!result.hasErrors()) {
            try {
                return "redirect:/people/" + editor.create(area, form, user);
            } catch (RejectedException e) {
                Forms.reject(result, e, user);
            }
        }
        return formView(area, null, model);
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        Person p = people.readable(id, user);
        String schoolCode = p.schoolId() == null
                ? ""
                : schools.byId(p.schoolId()).map(School::code).orElse("");
        model.addAttribute(
                "form",
                new PersonForm(
                        p.title(),
                        p.firstNameTh(),
                        p.lastNameTh(),
                        p.positionId(),
                        p.academicStanding(),
                        schoolCode,
                        p.unitId(),
                        "",
                        p.phone(),
                        p.email(),
                        p.active(),
                        p.version()));
        return formView(p.areaId(), p, model);
    }

    @PostMapping("/people/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            @AuthenticationPrincipal KhetUser user,
            Model model,
            RedirectAttributes flash) {
        Person p = people.readable(id, user);
        if (!result.hasErrors()) {
            try {
                editor.update(id, form, user);
                flash.addFlashAttribute("notice", "common.saved");
                return "redirect:/people/" + id;
            } catch (RejectedException e) {
                Forms.reject(result, e, user);
            }
        }
        return formView(p.areaId(), p, model);
    }

    private boolean mayAdd(long areaId, KhetUser user) {
        return user.holds(org.khet.platform.Role.AREA_DIRECTOR, areaId)
                || user.holds(org.khet.platform.Role.AREA_STAFF, areaId)
                || !user.schoolIds().isEmpty()
                        && user.hasAny(org.khet.platform.Role.SCHOOL_DIRECTOR, org.khet.platform.Role.SCHOOL_CLERK);
    }

    private String formView(long areaId, Person person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("area", areas.byId(areaId).orElseThrow());
        model.addAttribute("units", units.inArea(areaId));
        model.addAttribute("positions", choices.positions());
        model.addAttribute("standings", choices.standings());
        return "registry/person-edit";
    }
}
