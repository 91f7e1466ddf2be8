package org.khet.procurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The area's suppliers for those who buy: found by name or tax ID, each with its directors and a warning when the
 * government lists it as debarred; a new one added on the same page, which on a phone is one column.
 */
@Controller
class SupplierPages {

    static final String PATH = "/procurement/suppliers";

    private final Suppliers suppliers;

    SupplierPages(Suppliers suppliers) {
        this.suppliers = suppliers;
    }

    @GetMapping(PATH)
    String list(@RequestParam(defaultValue = "") String q, @AuthenticationPrincipal KhetUser me, Model model) {
        long area = area(me);
        model.addAttribute("q", q);
        model.addAttribute("suppliers", suppliers.find(area, q, me));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new Typed("", "", "", ""));
        }
        return "procurement/suppliers";
    }

    /** What was typed on the form, to show again when it is refused. */
    record Typed(String taxId, String name, String address, String directors) implements java.io.Serializable {}

    @PostMapping(PATH)
    String add(
            @RequestParam(defaultValue = "") String taxId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String directors,
            @AuthenticationPrincipal KhetUser me,
            RedirectAttributes flash) {
        long area = area(me);
        List<String> names = new ArrayList<>(Arrays.asList(directors.split("\\R")));
        try {
            suppliers.add(area, new Suppliers.Draft(taxId, name, address, names), me);
            flash.addFlashAttribute("notice", "procurement.supplier.added");
            return "redirect:" + PATH + "?q="
                    + java.net.URLEncoder.encode(name.strip(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (RejectedException e) {
            Map<String, String> errors = new java.util.HashMap<>();
            e.errors()
                    .forEach(
                            err -> errors.putIfAbsent(err.field(), err.message().in(me.language())));
            flash.addFlashAttribute("errors", errors);
            flash.addFlashAttribute("typed", new Typed(taxId, name, address, directors));
            return "redirect:" + PATH + "#add";
        }
    }

    private static long area(KhetUser me) {
        return me.homeArea()
                .filter(a -> Suppliers.keeps(me, a))
                .orElseThrow(() -> new ForbiddenException("keep suppliers"));
    }
}
