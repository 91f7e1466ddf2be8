package org.khet.registry;

import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Area office screens: the list (and creation, for the administrator), one area's units, networks and settings. */
@Controller
class AreaPages {

    private final Areas areas;
    private final Units units;
    private final Networks networks;
    private final SizeSchemes schemes;

    AreaPages(Areas areas, Units units, Networks networks, SizeSchemes schemes) {
        this.areas = areas;
        this.units = units;
        this.networks = networks;
        this.schemes = schemes;
    }

    @GetMapping("/areas")
    String list(@AuthenticationPrincipal KhetUser user, Model model) {
        model.addAttribute("areas", areas.visibleTo(user));
        return "registry/areas";
    }

    @PostMapping("/areas")
    String create(
            @RequestParam String code,
            @RequestParam String nameTh,
            @RequestParam String nameEn,
            @RequestParam String letterPrefix,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        try {
            Area area = areas.create(new Areas.NewArea(code, nameTh, nameEn, letterPrefix), user);
            return "redirect:/areas/" + area.id();
        } catch (RejectedException e) {
            flash.addFlashAttribute(
                    "error",
                    String.join(
                            " · ",
                            e.errors().stream()
                                    .map(x -> x.message().in(user.language()))
                                    .toList()));
            return "redirect:/areas";
        }
    }

    @GetMapping("/areas/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal KhetUser user, Model model) {
        Area area = areas.readable(id, user);
        model.addAttribute("area", area);
        model.addAttribute("units", units.inArea(id));
        model.addAttribute("networks", networks.inArea(id));
        model.addAttribute("schemes", schemes.codes());
        model.addAttribute(
                "canEdit",
                user.holds(org.khet.platform.Role.AREA_DIRECTOR, id)
                        || user.holds(org.khet.platform.Role.AREA_STAFF, id));
        return "registry/area";
    }

    @PostMapping("/areas/{id}/networks")
    String addNetwork(
            @PathVariable long id,
            @RequestParam String nameTh,
            @RequestParam(defaultValue = "") String nameEn,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return act(id, user, flash, () -> networks.create(id, nameTh, nameEn, user));
    }

    @PostMapping("/areas/{id}/networks/{network}")
    String renameNetwork(
            @PathVariable long id,
            @PathVariable long network,
            @RequestParam String nameTh,
            @RequestParam(defaultValue = "") String nameEn,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return act(id, user, flash, () -> networks.rename(network, nameTh, nameEn, user));
    }

    @PostMapping("/areas/{id}/units/{unit}")
    String updateUnit(
            @PathVariable long id,
            @PathVariable long unit,
            @RequestParam String nameTh,
            @RequestParam String nameEn,
            @RequestParam(defaultValue = "") String letterSuffix,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return act(id, user, flash, () -> units.update(unit, nameTh, nameEn, letterSuffix, user));
    }

    @PostMapping("/areas/{id}/size-scheme")
    String sizeScheme(
            @PathVariable long id,
            @RequestParam String scheme,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        if (!schemes.codes().contains(scheme)) {
            flash.addFlashAttribute(
                    "error", Texts.of("registry.area.unknownScheme").in(user.language()));
            return "redirect:/areas/" + id;
        }
        return act(id, user, flash, () -> areas.setSizeScheme(id, scheme, user));
    }

    @PostMapping("/areas/{id}/province")
    String province(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String province,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return act(id, user, flash, () -> areas.setProvince(id, province, user));
    }

    private String act(long areaId, KhetUser user, RedirectAttributes flash, Runnable change) {
        return Forms.saved(change, user, flash, "/areas/" + areaId);
    }
}
