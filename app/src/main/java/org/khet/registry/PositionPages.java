package org.khet.registry;

import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The positions list; the administrator edits it in place. */
@Controller
class PositionPages {

    private final Positions positions;

    PositionPages(Positions positions) {
        this.positions = positions;
    }

    @GetMapping("/positions")
    String list(Model model) {
        model.addAttribute("positions", positions.all());
        model.addAttribute("places", Positions.PLACES);
        return "registry/positions";
    }

    @PostMapping("/positions")
    String save(
            @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "") String code,
            @RequestParam String nameTh,
            @RequestParam String nameEn,
            @RequestParam String place,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return Forms.saved(
                () -> positions.save(id, code.strip().toUpperCase(), nameTh, nameEn, place, user),
                user,
                flash,
                "/positions");
    }
}
