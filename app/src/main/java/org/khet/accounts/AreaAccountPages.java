package org.khet.accounts;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The area office's page for giving its schools' people accounts: choose the area and positions, see who would get
 * one, make them all, and print the sheet of first-sign-in passwords, or send each person theirs by their own channel
 * and print the sheet for those who have none. The sheet is this response only.
 */
@Controller
class AreaAccountPages {

    static final Set<SchoolPosition> USUAL = EnumSet.of(SchoolPosition.SCHOOL_DIRECTOR, SchoolPosition.GENERAL_OFFICER);

    private final AreaAccounts areaAccounts;
    private final AccountFile file;
    private final Areas areas;
    private final SlipSheet sheet;

    AreaAccountPages(AreaAccounts areaAccounts, AccountFile file, Areas areas, SlipSheet sheet) {
        this.areaAccounts = areaAccounts;
        this.file = file;
        this.areas = areas;
        this.sheet = sheet;
    }

    @GetMapping("/accounts/area")
    String page(
            @RequestParam(required = false) Long area,
            @RequestParam(required = false) Set<SchoolPosition> positions,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Area chosen = chosen(area, me);
        Set<SchoolPosition> asked = positions == null || positions.isEmpty() ? USUAL : positions;
        model.addAttribute("areas", choices(me));
        model.addAttribute("area", chosen);
        model.addAttribute("positions", SchoolPosition.values());
        model.addAttribute("asked", asked);
        if (chosen != null && area != null) {
            var candidates = areaAccounts.preview(chosen.id(), asked);
            model.addAttribute("candidates", candidates);
            model.addAttribute(
                    "newCount", candidates.stream().filter(c -> !c.hasAccount()).count());
        }
        return "accounts/area";
    }

    @PostMapping("/accounts/area")
    String create(
            @RequestParam long area,
            @RequestParam Set<SchoolPosition> positions,
            @RequestParam(defaultValue = "false") boolean byChannel,
            @AuthenticationPrincipal KhetUser me,
            Model model) {
        Area chosen = chosen(area, me);
        return showSheet(areaAccounts.create(chosen.id(), chosen.nameTh(), positions, handover(byChannel)), model);
    }

    @PostMapping("/accounts/file")
    String fromFile(
            @RequestParam("file") MultipartFile upload,
            @RequestParam(defaultValue = "false") boolean byChannel,
            @AuthenticationPrincipal KhetUser me,
            Model model)
            throws IOException {
        if (!Granting.mayGiveAccounts(me)) {
            throw new ForbiddenException("give accounts");
        }
        try {
            return showSheet(file.create(Forms.upload(upload), me, handover(byChannel)), model);
        } catch (RejectedException e) {
            model.addAttribute("rejected", e);
            return page(null, null, me, model);
        }
    }

    /** The sheet as a PDF, made from the slips the sheet page sends back: the server kept none of them. */
    @PostMapping("/accounts/sheet.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam String slips, @AuthenticationPrincipal KhetUser me) {
        if (!Granting.mayGiveAccounts(me)) {
            throw new ForbiddenException("give accounts");
        }
        return sheet.pdf(sheet.read(slips), signInUrl(), Locale.forLanguageTag(me.language()));
    }

    private String showSheet(Batch batch, Model model) {
        model.addAttribute("batch", batch);
        model.addAttribute("signIn", signInUrl());
        model.addAttribute("slipsJson", sheet.write(batch.slips()));
        return "accounts/sheet";
    }

    private static Handover.Choice handover(boolean byChannel) {
        return new Handover.Choice(byChannel, signInUrl());
    }

    private static String signInUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/login")
                .toUriString();
    }

    /** The area asked for, if the user may give accounts there; a director's own area when none is asked. */
    private Area chosen(Long area, KhetUser me) {
        if (!Granting.mayGiveAccounts(me)) {
            throw new ForbiddenException("give accounts");
        }
        if (area == null) {
            List<Area> mine = choices(me);
            return mine.size() == 1 ? mine.get(0) : null;
        }
        if (!me.isAdmin() && !Granting.mayGiveIn(me, area)) {
            throw new ForbiddenException("give accounts in another area");
        }
        return areas.byId(area).orElseThrow(() -> new org.khet.shared.NotFoundException("area"));
    }

    private List<Area> choices(KhetUser me) {
        return areas.visibleTo(me).stream()
                .filter(a -> me.isAdmin() || Granting.mayGiveIn(me, a.id()))
                .toList();
    }
}
