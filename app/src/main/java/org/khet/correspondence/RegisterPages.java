package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.platform.ReportFiles;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The registers page, for those who act for an organisation (at the office its director and staff, at a school its
 * director and clerk): choose the organisation, the register and the year, or days within it; read the rows, print
 * or download them (PDF in the regulation's layout, Excel); cancel a number with its reason.
 */
@Controller
class RegisterPages {

    private final Organisations organisations;
    private final RegisterBook book;
    private final Registers registers;
    private final ReportFiles files;

    RegisterPages(Organisations organisations, RegisterBook book, Registers registers, ReportFiles files) {
        this.organisations = organisations;
        this.book = book;
        this.registers = registers;
        this.files = files;
    }

    /** What the reader asked for, checked: the organisation they act for, the register and the period. */
    private record Choice(Organisation org, Register register, RegisterPeriod period, Optional<String> periodError) {}

    @GetMapping("/correspondence/registers")
    String page(
            @RequestParam(required = false) String org,
            @RequestParam(required = false) String register,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        List<Organisation> mine = organisations.of(me);
        Choice c = choice(mine, org, register, year, from, to, me);
        model.addAttribute("orgs", mine);
        model.addAttribute("org", c.org());
        model.addAttribute("registers", Register.values());
        model.addAttribute("register", c.register());
        model.addAttribute("years", book.years(c.org(), c.period().year()));
        model.addAttribute("period", c.period());
        model.addAttribute("from", c.period().wholeYear() ? null : c.period().from());
        model.addAttribute("to", c.period().wholeYear() ? null : c.period().to());
        c.periodError().ifPresent(e -> model.addAttribute("periodError", e));
        model.addAttribute("lines", book.lines(c.org(), c.register(), c.period(), me));
        model.addAttribute("query", query(c));
        return "correspondence/registers";
    }

    @GetMapping("/correspondence/registers/export.{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String format,
            @RequestParam String org,
            @RequestParam String register,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal KhetUser me) {
        Choice c = choice(List.of(organisations.actingFor(org, me)), org, register, year, from, to, me);
        String language = me.language();
        var sheet = new RegisterSheet(
                c.org(),
                c.register(),
                c.period(),
                book.lines(c.org(), c.register(), c.period(), me),
                RegisterBook.date(book.today(), language),
                language);
        String name = "register-" + c.org().code() + "-" + c.register().name().toLowerCase(java.util.Locale.ROOT) + "-"
                + c.period().year()
                + (c.period().wholeYear()
                        ? ""
                        : "-" + c.period().from() + "-" + c.period().to());
        return files.download("xlsx".equals(format) ? sheet.workbook() : sheet.paper(), name, format);
    }

    @PostMapping("/correspondence/registers/cancel")
    String cancel(
            @RequestParam String org,
            @RequestParam String register,
            @RequestParam int year,
            @RequestParam long entry,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Organisation o = organisations.actingFor(org, me);
        try {
            registers.cancel(o, entry, reason, me);
            flash.addFlashAttribute("notice", "correspondence.registers.cancel.done");
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.errors().get(0).message().in(me.language()));
        }
        String r = Register.named(register).orElse(Register.RECEIPT).name();
        return "redirect:/correspondence/registers?org=" + o.code() + "&register=" + r + "&year=" + year;
    }

    private Choice choice(
            List<Organisation> mine,
            String org,
            String register,
            Integer year,
            LocalDate from,
            LocalDate to,
            KhetUser me) {
        if (mine.isEmpty()) {
            throw new ForbiddenException("read registers");
        }
        Organisation o = org == null || org.isBlank()
                ? mine.get(0)
                : mine.stream()
                        .filter(m -> m.code().equals(org.strip()))
                        .findFirst()
                        .orElseGet(() -> organisations.actingFor(org, me));
        Register r = register == null || register.isBlank()
                ? Register.RECEIPT
                : Register.named(register).orElseThrow(() -> new NotFoundException("register"));
        int y = year == null ? book.thisYear() : year;
        Optional<RegisterPeriod> asked = RegisterPeriod.of(y, from, to);
        Optional<String> error = asked.isPresent()
                ? Optional.empty()
                : Optional.of(
                        Texts.of("correspondence.registers.period.invalid", y).in(me.language()));
        return new Choice(o, r, asked.orElse(RegisterPeriod.wholeYear(y)), error);
    }

    /** The query of the chosen register and period, for the download links. */
    private static String query(Choice c) {
        var q = UriComponentsBuilder.newInstance()
                .queryParam("org", c.org().code())
                .queryParam("register", c.register().name())
                .queryParam("year", c.period().year());
        if (!c.period().wholeYear()) {
            q.queryParam("from", c.period().from()).queryParam("to", c.period().to());
        }
        return q.build().encode().toUriString();
    }
}
