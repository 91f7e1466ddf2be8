package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.People;
import org.khet.registry.Person;
import org.khet.registry.PersonAccounts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personnel record pages: finding a person of the area by name (for anyone else, their own record), and one
 * person's record — the registry's facts
 * (national ID masked), the personnel facts and qualifications — as a form for the personnel group and read-only for
 * the person and their school's director.
 */
@Controller
class EmploymentPages {

    static final String PATH = "/personnel/people";

    private final Employments employments;
    private final EmploymentQualifications qualifications;
    private final RetirementRules rules;
    private final People people;
    private final Areas areas;
    private final Retirements retirements;
    private final PersonnelAccess access;
    private final PersonAccounts accounts;

    EmploymentPages(
            Employments employments,
            EmploymentQualifications qualifications,
            RetirementRules rules,
            People people,
            Areas areas,
            Retirements retirements,
            PersonnelAccess access,
            PersonAccounts accounts) {
        this.employments = employments;
        this.qualifications = qualifications;
        this.rules = rules;
        this.people = people;
        this.areas = areas;
        this.retirements = retirements;
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping(PATH)
    String find(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal KhetUser me, Model model) {
        List<Area> mine = areas.visibleTo(me).stream()
                .filter(a -> retirements.mayList(me, a.id()))
                .toList();
        if (mine.isEmpty()) {
            // Everyone else has one record to read: their own, when an account is linked to them.
            return accounts.personOf(me.id())
                    .map(own -> "redirect:" + PATH + "/" + own)
                    .orElseThrow(() -> new ForbiddenException("personnel records"));
        }
        List<Person> found = mine.stream()
                .flatMap(a -> people.matching(a.id(), q, 50).stream())
                .filter(p -> readable(p, me))
                .toList();
        model.addAttribute("q", q);
        model.addAttribute("found", found);
        return "personnel/people";
    }

    @GetMapping(PATH + "/{personId}")
    String record(@PathVariable long personId, @AuthenticationPrincipal KhetUser me, Model model) {
        Employments.Viewed viewed = employments.read(personId, me);
        return page(viewed, viewed.employment(), List.of(), me.language(), model);
    }

    @PostMapping(PATH + "/{personId}")
    String save(
            @PathVariable long personId,
            @RequestParam(name = "birth_date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate birthDate,
            @RequestParam(name = "appointed_on", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate appointedOn,
            @RequestParam(name = "at_school_since", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate atSchoolSince,
            @RequestParam(name = "position_number", defaultValue = "") String positionNumber,
            @RequestParam(required = false) BigDecimal salary,
            @RequestParam(name = "salary_level", defaultValue = "") String salaryLevel,
            @RequestParam(name = "standing_since", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate standingSince,
            @RequestParam(name = "employment_type", defaultValue = "GOVERNMENT") EmploymentType employmentType,
            @RequestParam int version,
            @AuthenticationPrincipal KhetUser me,
            Model model,
            RedirectAttributes flash) {
        Employment form = new Employment(
                personId,
                birthDate,
                appointedOn,
                atSchoolSince,
                positionNumber,
                salary,
                salaryLevel,
                standingSince,
                employmentType,
                version);
        try {
            employments.save(form, me);
        } catch (ConflictException e) {
            // Someone saved the record after this form was read: show it as it is now, with the reason.
            flash.addFlashAttribute("error", e.reason().in(me.language()));
            return "redirect:" + PATH + "/" + personId;
        } catch (RejectedException e) {
            model.addAttribute("error", e.reason().in(me.language()));
            return page(employments.allowed(personId, me), form, e.errors(), me.language(), model);
        }
        flash.addFlashAttribute("notice", "personnel.record.saved");
        return "redirect:" + PATH + "/" + personId;
    }

    @PostMapping(PATH + "/{personId}/qualifications")
    String addQualification(
            @PathVariable long personId,
            @RequestParam(defaultValue = "") String degree,
            @RequestParam(defaultValue = "") String major,
            @RequestParam(defaultValue = "") String institution,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        try {
            qualifications.add(
                    personId, new EmploymentQualifications.Qualification(0, degree, major, institution, year), me);
            flash.addFlashAttribute("notice", "personnel.record.qualification.added");
        } catch (RejectedException e) {
            flash.addFlashAttribute(
                    "error",
                    e.errors().stream()
                            .map(err -> err.message().in(me.language()))
                            .collect(Collectors.joining(" ")));
        }
        return "redirect:" + PATH + "/" + personId + "#qualifications";
    }

    @PostMapping(PATH + "/{personId}/qualifications/{id}/delete")
    String removeQualification(
            @PathVariable long personId,
            @PathVariable long id,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        qualifications.remove(personId, id, me);
        flash.addFlashAttribute("notice", "personnel.record.qualification.removed");
        return "redirect:" + PATH + "/" + personId + "#qualifications";
    }

    private String page(
            Employments.Viewed viewed, Employment shown, List<FieldError> errors, String language, Model model) {
        model.addAttribute("person", viewed.person());
        model.addAttribute("record", shown);
        model.addAttribute("edits", viewed.edits());
        model.addAttribute("types", EmploymentType.values());
        model.addAttribute("qualifications", qualifications.of(viewed.person().id()));
        model.addAttribute(
                "retiresOn",
                shown.birthDate() == null || shown.employmentType() != EmploymentType.GOVERNMENT
                        ? null
                        : rules.ages().retiresOn(shown.birthDate()));
        model.addAttribute(
                "fieldErrors",
                errors.stream()
                        .collect(Collectors.toMap(
                                FieldError::field, e -> e.message().in(language), (a, b) -> a)));
        return "personnel/record";
    }

    private boolean readable(Person p, KhetUser me) {
        return access.manages(me, p.areaId())
                || (p.schoolId() != null && access.readsSchool(me, p.areaId(), p.schoolId()));
    }
}
