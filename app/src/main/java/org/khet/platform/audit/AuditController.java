package org.khet.platform.audit;

import java.time.LocalDate;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.PageNumber;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log screen. The administrator searches everything; an area director or internal auditor searches
 * their own area's events.
 */
@Controller
class AuditController {

    private final AuditSearch search;
    private final ImportChanges changes;

    AuditController(AuditSearch search, ImportChanges changes) {
        this.search = search;
        this.changes = changes;
    }

    @GetMapping("/audit")
    String audit(
            @AuthenticationPrincipal KhetUser me,
            @RequestParam(defaultValue = "") String who,
            @RequestParam(defaultValue = "") String what,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        mayRead(me);
        PageNumber asked = PageNumber.forgiving(page);
        var filter = new AuditSearch.Filter(who.strip(), what.strip(), from, to, asked.number());
        var events = search.find(filter, me);
        if (events.isEmpty() && filter.page() > 0) {
            filter = filter.onPage(
                    asked.within(search.count(filter, me), AuditSearch.PAGE).number());
            events = search.find(filter, me);
        }
        model.addAttribute("filter", filter);
        model.addAttribute("events", events);
        return htmx != null ? "platform/audit :: results" : "platform/audit";
    }

    /** The rows an import changed, a page at a time; {@code record} narrows them to one record's. */
    @GetMapping("/audit/{id}/changes")
    String changes(
            @AuthenticationPrincipal KhetUser me,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String record,
            @RequestParam(defaultValue = "0") String page,
            Model model) {
        mayRead(me);
        var event = search.event(id, me)
                .filter(AuditSearch.Event::isImport)
                .orElseThrow(() -> new NotFoundException("audit event " + id));
        PageNumber asked = PageNumber.forgiving(page);
        String only = record.strip();
        var rows = changes.of(id, only, asked.number(), me);
        if (rows.changes().isEmpty() && asked.number() > 0) {
            long total = changes.of(id, only, 0, me).total();
            rows = changes.of(id, only, asked.within(total, ImportChanges.PAGE).number(), me);
        }
        model.addAttribute("event", event);
        model.addAttribute("record", only);
        model.addAttribute("rows", rows);
        return "platform/audit-changes";
    }

    private static void mayRead(KhetUser me) {
        if (!me.hasAny(Role.SYSTEM_ADMIN, Role.AREA_DIRECTOR, Role.INTERNAL_AUDITOR)) {
            throw new ForbiddenException("audit");
        }
    }
}
