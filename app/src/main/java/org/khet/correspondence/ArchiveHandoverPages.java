package org.khet.correspondence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.khet.platform.KhetUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The retention page's form that records the handover of a year end's twenty-year records to the archives. */
@Controller
class ArchiveHandoverPages {

    private final Organisations organisations;
    private final ArchiveTransfers transfers;

    ArchiveHandoverPages(Organisations organisations, ArchiveTransfers transfers) {
        this.organisations = organisations;
        this.transfers = transfers;
    }

    @PostMapping("/correspondence/retention/handover")
    String record(
            @RequestParam String org,
            @RequestParam int year,
            @RequestParam(required = false) String handedOn,
            @RequestParam(required = false) String coveringNumber,
            @RequestParam(required = false) String receivedBy,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        Organisation o = organisations.actingFor(org, me);
        return RetentionPages.back(
                o,
                year,
                "correspondence.archives.recorded",
                me,
                flash,
                () -> transfers.record(o, year, day(handedOn, year), coveringNumber, receivedBy, me));
    }

    /** The day as the date field sends it; a blank or broken one is refused as a day outside the allowed span. */
    private static LocalDate day(String value, int yearEnd) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ArchiveTransfers.wrongDay(yearEnd);
        }
    }
}
