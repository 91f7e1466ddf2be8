package org.khet.correspondence;

import org.khet.platform.KhetUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding a letter from the inbox's search box: every word typed (Thai split into words) in its subject, text,
 * number or sender, narrowed by direction and the days it was sent; listed like the inbox, newest first.
 */
@Controller
class LetterSearchPages {

    private final Acting acting;
    private final LetterSearch search;

    LetterSearchPages(Acting acting, LetterSearch search) {
        this.acting = acting;
        this.search = search;
    }

    @GetMapping(CorrespondencePages.PATH + "/search")
    String find(
            @RequestParam(required = false) String org,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String direction,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        Organisation o = acting.chosen(user, org);
        LetterSearch.Query query =
                new LetterSearch.Query(q, direction, null, PaperLetterApi.date(from), PaperLetterApi.date(to), page);
        model.addAttribute("org", o);
        model.addAttribute("orgs", acting.all(user));
        model.addAttribute("q", q);
        model.addAttribute("direction", direction);
        model.addAttribute("from", query.from());
        model.addAttribute("to", query.to());
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("found", q.isBlank() ? null : search.find(o, query, Organisations.directs(user, o)));
        return "correspondence/search";
    }
}
