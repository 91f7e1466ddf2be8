package org.khet.platform.audit;

import java.time.LocalDate;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.shared.ForbiddenException;
import org.khet.shared.PageNumber;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log screen. The administrator searches everything; an area director or internal auditor searches
 * their own area's events.
 */
@Controller
class AuditController {

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
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
        if (!me.hasAny(Role.SYSTEM_ADMIN, Role.AREA_DIRECTOR, Role.INTERNAL_AUDITOR)) {
            throw new ForbiddenException("audit");
        }
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
}
