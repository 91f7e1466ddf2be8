package org.khet.procurement;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.Texts;
import org.khet.registry.Areas;
import org.khet.thai.FiscalYear;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public procurement portal, without an account: an area's notices (the office's and every school's) or a
 * school's own, newest change first, filtered and searchable in Thai; and each notice whole. A code that names no
 * buyer answers 404 with the list of area offices to start from.
 */
@Controller
class PublicProcurementPages {

    static final String PATH = "/public/procurement";
    static final int PAGE_SIZE = 20;

    private final Buyers buyers;
    private final NoticeSearch search;
    private final PublicNotice.Finder notices;
    private final Areas areas;
    private final MethodRules rules;

    PublicProcurementPages(
            Buyers buyers, NoticeSearch search, PublicNotice.Finder notices, Areas areas, MethodRules rules) {
        this.rules = rules;
        this.buyers = buyers;
        this.search = search;
        this.notices = notices;
        this.areas = areas;
    }

    /** Where the public starts: the only area office's notices, or the list of offices to choose from. */
    @GetMapping(PATH)
    String start(Model model) {
        Map<String, String> all = areas.namesByCode();
        if (all.size() == 1) {
            return "redirect:" + PATH + "/" + all.keySet().iterator().next();
        }
        model.addAttribute("areas", all);
        return "procurement/public-areas";
    }

    @GetMapping(PATH + "/{code}")
    String list(
            @PathVariable String code,
            @RequestParam(required = false) String year,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String method,
            @RequestParam(defaultValue = "") String school,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") String page,
            HttpServletResponse response,
            Model model) {
        Optional<Buyer> found = buyers.byCode(code);
        if (found.isEmpty()) {
            return missing("missingCode", code, response, model);
        }
        Buyer buyer = found.get();
        List<Buyer> schools = buyer.isOffice() ? search.schools(buyer) : List.of();
        Optional<Buyer> chosen =
                schools.stream().filter(s -> s.code().equals(school)).findFirst();
        // Values that name nothing the filters offer are read as not given, rather than answered with an error.
        NoticeSearch.Filter filter = new NoticeSearch.Filter(
                number(year),
                named(status, Procurement.Status.values()),
                named(method, Method.values()),
                chosen.map(Buyer::schoolId).orElse(null),
                q.strip());
        Integer pageNumber = number(page);
        Buyer office = buyers.officeOf(buyer);
        NoticeSearch.Page notices =
                search.find(buyer, office.name(), filter, pageNumber == null ? 1 : pageNumber, PAGE_SIZE);
        model.addAttribute("buyer", buyer);
        model.addAttribute("office", office);
        model.addAttribute("filter", filter);
        model.addAttribute("school", chosen.map(Buyer::code).orElse(""));
        model.addAttribute("schools", schools);
        model.addAttribute("years", search.years(buyer));
        model.addAttribute("statuses", Procurement.Status.values());
        model.addAttribute("methods", Method.values());
        model.addAttribute("page", notices);
        // The yearly plan of the year filtered, else of this fiscal year; the monthly summary of this month.
        model.addAttribute(
                "year",
                filter.fiscalYear() == null ? FiscalYear.of(rules.today()).buddhistYear() : filter.fiscalYear());
        MonthPicker.add(LocaleContextHolder.getLocale(), rules.today(), model);
        model.addAttribute("atomFeed", PATH + "/" + buyer.code() + "/feed.atom");
        model.addAttribute(
                "atomFeedTitle",
                Texts.of("procurement.portal.feedTitle", buyer.name()).th());
        return "procurement/public-notices";
    }

    @GetMapping(PATH + "/notices/{ocid}")
    String notice(@PathVariable String ocid, HttpServletResponse response, Model model) {
        Optional<PublicNotice> found = notices.byOcid(ocid);
        if (found.isEmpty()) {
            return missing("missingNotice", ocid, response, model);
        }
        model.addAttribute("n", found.get());
        model.addAttribute("p", found.get().procurement());
        return "procurement/public-notice";
    }

    /** The 404 page: what was not found, and the area offices to start from. */
    private String missing(String what, String value, HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("areas", areas.namesByCode());
        model.addAttribute(what, value);
        return "procurement/public-areas";
    }

    private static Integer number(String typed) {
        return typed != null && typed.strip().matches("[0-9]{1,6}") ? Integer.valueOf(typed.strip()) : null;
    }

    private static String named(String typed, Enum<?>[] values) {
        return Arrays.stream(values)
                .map(Enum::name)
                .filter(n -> n.equals(typed))
                .findFirst()
                .orElse("");
    }
}
