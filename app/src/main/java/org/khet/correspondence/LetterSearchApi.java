package org.khet.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.khet.platform.KhetUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Thai full-text search over an organisation's letters. */
@RestController
@Tag(name = "Correspondence")
class LetterSearchApi {

    private final Organisations organisations;
    private final LetterSearch search;

    LetterSearchApi(Organisations organisations, LetterSearch search) {
        this.organisations = organisations;
        this.search = search;
    }

    @GetMapping("/api/v1/correspondence/search")
    @Operation(
            summary = "Letters of an organisation whose subject, text, number or sender has every word of q",
            description = "direction SENT or RECEIVED (both when not given), kind, from and to (ISO dates, sent on "
                    + "those days in Thailand); 20 a page, newest first.")
    List<LetterSearch.Found> search(
            @RequestParam String org,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal KhetUser me) {
        Organisation o = organisations.actingFor(org, me);
        return search.find(o, new LetterSearch.Query(q, direction, kind, from, to, page), Organisations.directs(me, o));
    }
}
