package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.ReportFiles;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The personnel group's pages of the salary-raise rounds: the area's rounds and a new one; a round with its pool and
 * every school's and office unit's share explained, allocate and approve (the per-person results: {@link
 * SalaryResultPages}).
 */
@Controller
class SalaryRoundPages {

    static final String PATH = "/personnel/salary-rounds";

    private final SalaryRounds rounds;
    private final SalaryAllocationRows allocation;
    private final SalaryRoundUnits units;
    private final SalaryRules rules;
    private final Areas areas;
    private final SalaryRoundOrders orders;
    private final AuditLog audit;
    private final ReportFiles files;

    SalaryRoundPages(
            SalaryRounds rounds,
            SalaryAllocationRows allocation,
            SalaryRoundUnits units,
            SalaryRules rules,
            Areas areas,
            SalaryRoundOrders orders,
            ReportFiles files,
            AuditLog audit) {
        this.audit = audit;
        this.units = units;
        this.orders = orders;
        this.files = files;
        this.rounds = rounds;
        this.allocation = allocation;
        this.rules = rules;
        this.areas = areas;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String area, @AuthenticationPrincipal KhetUser me, Model model) {
        Area a = area(area, me);
        model.addAttribute("area", a);
        model.addAttribute("rounds", rounds.of(a, me));
        return "personnel/salary-rounds";
    }

    @PostMapping(PATH)
    String create(
            @RequestParam String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate roundDate,
            @RequestParam(defaultValue = "POOL") String method,
            @RequestParam(required = false) Integer qualityYear,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Area a = area(area, me);
        try {
            long id = rounds.create(a, roundDate, method, qualityYear, me);
            return "redirect:" + PATH + "/" + id;
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(me.language()));
            return "redirect:" + PATH + "?area=" + a.code();
        }
    }

    @GetMapping(PATH + "/{id}")
    String round(@PathVariable long id, @AuthenticationPrincipal KhetUser me, Model model) {
        SalaryRound round = rounds.get(id);
        Area area = areas.byId(round.areaId()).orElseThrow();
        rounds.checkManages(area, me);
        model.addAttribute("area", area);
        model.addAttribute("round", round);
        model.addAttribute("rule", round.ruleId() == null ? null : rules.rule(round.ruleId()));
        var rows = allocation.of(id);
        var unitRows = units.of(id);
        model.addAttribute("rows", rows);
        model.addAttribute("units", unitRows);
        model.addAttribute("clusters", allocation.clusters(id));
        int unitStaff = unitRows.stream().mapToInt(SalaryRoundUnits.Row::staff).sum();
        // a school no staffing rule covers counts no criterion teachers and so gets no share: the group must see it
        model.addAttribute(
                "withoutCriterion",
                rows.stream().filter(r -> r.criterionTeachers() == 0).count());
        model.addAttribute("unitStaff", unitStaff);
        model.addAttribute(
                "totalTeachers",
                rows.stream()
                                .mapToInt(SalaryAllocationRows.Row::criterionTeachers)
                                .sum()
                        + unitStaff);
        model.addAttribute(
                "totalWeighted",
                rows.stream()
                        .map(SalaryAllocationRows.Row::weighted)
                        .reduce(
                                unitRows.stream()
                                        .map(SalaryRoundUnits.Row::weighted)
                                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                                BigDecimal::add));
        if (round.allocated()) {
            BigDecimal quality = round.pool()
                    .multiply(rules.rule(round.ruleId()).qualitySharePercent())
                    .divide(BigDecimal.valueOf(100), 4, java.math.RoundingMode.HALF_UP);
            model.addAttribute("qualityPart", quality);
            model.addAttribute("basePart", round.pool().subtract(quality));
        }
        return "personnel/salary-round";
    }

    /** The orders of an approved round, as Excel or PDF; audited, as they name people and salaries. */
    @GetMapping(PATH + "/{id}/orders.{format}")
    ResponseEntity<byte[]> orders(
            @PathVariable long id, @PathVariable String format, @AuthenticationPrincipal KhetUser me) {
        SalaryRound round = rounds.get(id);
        Area area = areas.byId(round.areaId()).orElseThrow();
        rounds.checkManages(area, me);
        if (!round.approved()) {
            throw new NotFoundException("orders of a round not approved");
        }
        ResponseEntity<byte[]> file = files.download(
                orders.of(area, round, me.language()),
                "salary-orders-" + area.code() + "-" + round.roundDate(),
                format);
        audit.changedBy(
                me, area.id(), "SALARY_ORDERS_EXPORTED", "salary_round", id, null, java.util.Map.of("format", format));
        return file;
    }

    @PostMapping(PATH + "/{id}/allocate")
    String allocate(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        Area area = areas.byId(rounds.get(id).areaId()).orElseThrow();
        try {
            rounds.allocate(area, id, me);
            flash.addFlashAttribute("notice", "personnel.salary.round.allocatedNotice");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(me.language()));
        }
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal KhetUser me, RedirectAttributes flash) {
        Area area = areas.byId(rounds.get(id).areaId()).orElseThrow();
        try {
            rounds.approve(area, id, me);
            flash.addFlashAttribute("notice", "personnel.salary.round.approvedNotice");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(me.language()));
        }
        return "redirect:" + PATH + "/" + id;
    }

    private Area area(String code, KhetUser me) {
        return WorkforcePages.chosenArea(areas, code, me);
    }
}
