package org.khet.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.khet.platform.KhetUser;
import org.khet.platform.ReportFiles;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention page of an office or a school, for those who act for it: after a year end, the letters it may ask to
 * destroy, with the committee and its decision on each, and those it hands to the National Archives; both printable
 * in the regulation's forms (PDF, Excel). A row's class can be changed here, which moves it in or out of the list.
 */
@Controller
class RetentionPages {

    private static final String PAGE = "/correspondence/retention";

    /** A class as the page offers it, in the reader's language. */
    record Option(String code, String label) {}

    private final Organisations organisations;
    private final DestructionLists lists;
    private final RetentionClasses classes;
    private final Retention retention;
    private final RegisterBook book;
    private final ReportFiles files;
    private final RetentionDeadlines deadlines;
    private final ArchiveTransfers transfers;

    RetentionPages(
            Organisations organisations,
            DestructionLists lists,
            RetentionClasses classes,
            Retention retention,
            RegisterBook book,
            ReportFiles files,
            RetentionDeadlines deadlines,
            ArchiveTransfers transfers) {
        this.organisations = organisations;
        this.lists = lists;
        this.classes = classes;
        this.retention = retention;
        this.book = book;
        this.files = files;
        this.deadlines = deadlines;
        this.transfers = transfers;
    }

    @GetMapping(PAGE)
    String page(
            @RequestParam(required = false) String org,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        List<Organisation> mine = organisations.of(me);
        Organisation o = chosen(mine, org, me);
        int yearEnd = year == null ? book.thisYear() - 1 : year;
        RetentionSheet sheet = sheet(o, yearEnd, me);
        model.addAttribute("orgs", mine);
        model.addAttribute("org", o);
        model.addAttribute("yearEnd", yearEnd);
        model.addAttribute(
                "years",
                IntStream.rangeClosed(0, 30)
                        .map(i -> book.thisYear() - i)
                        .boxed()
                        .toList());
        model.addAttribute(
                "classes",
                classes.offered(book.today()).stream()
                        .map(c -> new Option(c.code(), c.label(me.language())))
                        .toList());
        model.addAttribute("lines", sheet.lines(lists.destruction(o, yearEnd)));
        model.addAttribute("transfer", sheet.lines(lists.transfer(o, yearEnd)));
        var committee = lists.committee(o, yearEnd);
        model.addAttribute(
                "chair", committee.map(DestructionLists.Committee::chair).orElse(""));
        List<String> members = new ArrayList<>(
                committee.map(DestructionLists.Committee::members).orElse(List.of()));
        while (members.size() < 4) {
            members.add("");
        }
        model.addAttribute("members", members);
        model.addAttribute("decided", committee.isPresent());
        deadlines(o, yearEnd, committee.isPresent(), me.language(), model);
        model.addAttribute("registers", Register.values());
        model.addAttribute("query", "?org=" + o.code() + "&year=" + yearEnd);
        return "correspondence/retention";
    }

    @GetMapping(PAGE + "/{list}.{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String list,
            @PathVariable String format,
            @RequestParam String org,
            @RequestParam int year,
            @AuthenticationPrincipal KhetUser me) {
        Organisation o = organisations.actingFor(org, me);
        RetentionSheet sheet = sheet(o, year, me);
        var report =
                switch (list) {
                    case "destruction" ->
                        sheet.destruction(
                                lists.destruction(o, year),
                                lists.committee(o, year).orElse(null));
                    case "transfer" -> sheet.transfer(lists.transfer(o, year));
                    default -> throw new NotFoundException("list");
                };
        return files.download(report, list + "-" + o.code() + "-" + year, format);
    }

    @PostMapping(PAGE + "/decide")
    String decide(
            @RequestParam String org,
            @RequestParam int year,
            @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Organisation o = organisations.actingFor(org, me);
        var committee = new DestructionLists.Committee(form.getFirst("chair"), form.get("member"));
        return back(o, year, "correspondence.retention.decided", me, flash, () -> {
            lists.decide(o, year, committee, decisions(form), me);
        });
    }

    @PostMapping(PAGE + "/class")
    String setClass(
            @RequestParam String org,
            @RequestParam int year,
            @RequestParam long entry,
            @RequestParam("class") String code,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Organisation o = organisations.actingFor(org, me);
        return back(o, year, "correspondence.retention.class.done", me, flash, () -> retention.set(o, entry, code, me));
    }

    @PostMapping(PAGE + "/class-by-number")
    String setClassByNumber(
            @RequestParam String org,
            @RequestParam int year,
            @RequestParam String register,
            @RequestParam int registerYear,
            @RequestParam int sequence,
            @RequestParam("class") String code,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Organisation o = organisations.actingFor(org, me);
        return back(o, year, "correspondence.retention.class.done", me, flash, () -> {
            long entry;
            try {
                Register r = Register.named(register).orElseThrow(() -> new NotFoundException("register"));
                entry = retention.entry(o, r, registerYear, sequence);
            } catch (NotFoundException e) {
                throw RejectedException.of(
                        "sequence", Texts.of("correspondence.retention.entry.none", registerYear, sequence));
            }
            retention.set(o, entry, code, me);
        });
    }

    /** When the chosen year end's lists are due, whether they are late, and the handover if recorded. */
    private void deadlines(Organisation o, int yearEnd, boolean decided, String language, Model model) {
        RetentionDeadlines.Due due = deadlines.after(yearEnd);
        var handover = transfers.of(o, yearEnd);
        model.addAttribute("destructionBy", RegisterBook.day(due.destructionBy(), language));
        model.addAttribute("destructionLate", !decided && book.today().isAfter(due.destructionBy()));
        model.addAttribute("transferBy", RegisterBook.day(due.transferBy(), language));
        model.addAttribute("transferLate", handover.isEmpty() && book.today().isAfter(due.transferBy()));
        model.addAttribute("handover", handover.orElse(null));
        model.addAttribute(
                "handedOn",
                handover.map(h -> RegisterBook.day(h.handedOn(), language)).orElse(""));
        model.addAttribute("today", book.today());
    }

    /** Makes {@code change} and goes back to the page, saying {@code done} or why nothing changed. */
    static String back(Organisation o, int year, String done, KhetUser me, RedirectAttributes flash, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", done);
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
        }
        return "redirect:" + PAGE + "?org=" + o.code() + "&year=" + year;
    }

    /** Each row's decision as the form sends it: {@code keep-<entry>} a year to keep it until, blank to destroy. */
    private static List<DestructionLists.Decision> decisions(Map<String, List<String>> form) {
        List<DestructionLists.Decision> out = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("keep-") && !values.isEmpty() && !values.get(0).isBlank()) {
                long entry = Long.parseLong(name.substring(5));
                try {
                    out.add(new DestructionLists.Decision(
                            entry, Integer.valueOf(values.get(0).strip())));
                } catch (NumberFormatException e) {
                    throw RejectedException.of("keepUntil", Texts.of("correspondence.retention.keepUntil.number"));
                }
            }
        });
        return out;
    }

    private RetentionSheet sheet(Organisation o, int yearEnd, KhetUser me) {
        return new RetentionSheet(
                o,
                yearEnd,
                Organisations.directs(me, o),
                RegisterBook.date(book.today(), me.language()),
                me.language());
    }

    private Organisation chosen(List<Organisation> mine, String org, KhetUser me) {
        if (mine.isEmpty()) {
            throw new ForbiddenException("keep letters");
        }
        return org == null || org.isBlank()
                ? mine.get(0)
                : mine.stream()
                        .filter(m -> m.code().equals(org.strip()))
                        .findFirst()
                        .orElseGet(() -> organisations.actingFor(org, me));
    }
}
