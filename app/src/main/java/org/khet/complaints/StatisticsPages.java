package org.khet.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Report;
import org.khet.platform.ReportFiles;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.thai.FiscalYear;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Complaint figures by fiscal year: the public summary ITA asks every office to publish (anonymised: counts and
 * days only), and the office's fuller view with channels and units, as a page and as Excel.
 */
@Controller
class StatisticsPages {

    private final CaseStatistics statistics;
    private final Areas areas;
    private final ReportFiles files;
    private final MessageSource messages;
    private final java.time.Clock clock;

    StatisticsPages(
            CaseStatistics statistics, Areas areas, ReportFiles files, MessageSource messages, java.time.Clock clock) {
        this.statistics = statistics;
        this.areas = areas;
        this.files = files;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/public/complaints/summary")
    String publicSummary(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer year,
            java.util.Locale locale,
            Model model) {
        Map<String, String> all = areas.namesByCode();
        if (all.isEmpty()) {
            throw new NotFoundException("area");
        }
        String code = area != null && all.containsKey(area)
                ? area
                : all.keySet().iterator().next();
        Area chosen = areas.byCode(code).orElseThrow();
        model.addAttribute("areas", all);
        model.addAttribute("area", chosen);
        return page(chosen, year, false, locale, model);
    }

    @GetMapping("/complaints/reports")
    String officeReport(
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser user,
            java.util.Locale locale,
            Model model) {
        Area area = officeArea(user);
        model.addAttribute("area", area);
        return page(area, year, true, locale, model);
    }

    @GetMapping("/complaints/reports/export.{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String format,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser user,
            java.util.Locale locale) {
        Area area = officeArea(user);
        FiscalYear fy = fiscalYear(year);
        CaseStatistics.Figures f = statistics.of(area.id(), fy, LocalDate.now(clock));
        return files.download(report(area, f, locale), "complaints-" + area.code() + "-" + fy.buddhistYear(), format);
    }

    private String page(Area area, Integer year, boolean office, java.util.Locale locale, Model model) {
        FiscalYear fy = fiscalYear(year);
        int current = FiscalYear.of(LocalDate.now(clock)).buddhistYear();
        model.addAttribute("figures", statistics.of(area.id(), fy, LocalDate.now(clock)));
        model.addAttribute("years", List.of(current, current - 1, current - 2));
        model.addAttribute("office", office);
        model.addAttribute("monthNames", monthNames(fy, locale));
        return "complaints/statistics";
    }

    private FiscalYear fiscalYear(Integer year) {
        int current = FiscalYear.of(LocalDate.now(clock)).buddhistYear();
        return FiscalYear.ofBuddhistYear(year != null && year >= current - 10 && year <= current ? year : current);
    }

    /** The area of the office's director or legal officer reading its report. */
    private Area officeArea(KhetUser user) {
        return user.homeArea()
                .filter(a -> Cases.runsCentre(user, a))
                .flatMap(areas::byId)
                .orElseThrow(() -> new ForbiddenException("read complaint reports"));
    }

    private static Map<Integer, String> monthNames(FiscalYear fy, java.util.Locale locale) {
        Map<Integer, String> names = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            LocalDate month = fy.start().plusMonths(i);
            names.put(
                    month.getMonthValue(),
                    "en".equals(locale.getLanguage())
                            ? month.getMonth()
                                            .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                                    + " " + month.getYear()
                            : org.khet.thai.BuddhistDates.monthAbbreviation(month.getMonthValue()) + " "
                                    + (month.getYear() + 543) % 100);
        }
        return names;
    }

    private Report report(Area area, CaseStatistics.Figures f, java.util.Locale locale) {
        List<Report.Table> tables = new ArrayList<>();
        List<List<Report.Cell>> months = new ArrayList<>();
        monthNames(f.year(), locale)
                .forEach((m, name) -> months.add(List.of(
                        Report.Cell.text(name),
                        Report.Cell.count(f.byMonth().get(m)[0]),
                        Report.Cell.count(f.byMonth().get(m)[1]))));
        tables.add(new Report.Table(
                m("complaints.stats.byMonth", locale),
                List.of(
                        m("complaints.stats.month", locale),
                        m("complaints.stats.received", locale),
                        m("complaints.stats.closed", locale)),
                months));
        tables.add(counts(m("complaints.stats.byCategory", locale), f.byCategory(), "complaints.category.", locale));
        tables.add(counts(m("complaints.stats.byChannel", locale), f.byChannel(), "complaints.channel.", locale));
        tables.add(counts(m("complaints.stats.byOutcome", locale), f.byOutcome(), "complaints.step.", locale));
        tables.add(counts(m("complaints.stats.byUnit", locale), f.byUnit(), null, locale));
        return new Report(
                m("complaints.stats.title", locale) + " " + f.year().buddhistYear(),
                area.nameTh() + " · " + m("complaints.stats.receivedTotal", locale) + " " + f.received() + " · "
                        + m("complaints.stats.closed", locale) + " " + f.closed() + " · "
                        + m("complaints.cases.overdue", locale) + " " + f.overdue(),
                tables);
    }

    private Report.Table counts(String title, Map<String, Integer> counts, String prefix, java.util.Locale locale) {
        List<List<Report.Cell>> rows = new ArrayList<>();
        counts.forEach((key, n) -> rows.add(
                List.of(Report.Cell.text(prefix == null ? key : m(prefix + key, locale)), Report.Cell.count(n))));
        return new Report.Table(title, List.of("", m("complaints.stats.count", locale)), rows);
    }

    private String m(String key, java.util.Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
