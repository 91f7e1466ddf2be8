package org.khet.calendar;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.khet.platform.Forms;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The office calendar's one page: a year's holidays, national and the chosen area's own; add one, remove one, or
 * load the year from a file. Everyone signed in may read it; the editing forms show to those who may edit.
 */
@Controller
class CalendarPages {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2200;
    private final Holidays holidays;
    private final HolidayEditor editor;
    private final HolidayImport imports;
    private final Areas areas;
    private final Clock clock;

    CalendarPages(Holidays holidays, HolidayEditor editor, HolidayImport imports, Areas areas, Clock clock) {
        this.holidays = holidays;
        this.editor = editor;
        this.imports = imports;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String page(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long area,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        show(year(year), area(area, user), user, model);
        return "calendar/calendar";
    }

    @PostMapping("/calendar/holidays")
    String add(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long area,
            @RequestParam(defaultValue = "false") boolean national,
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") String nameTh,
            @RequestParam(defaultValue = "") String nameEn,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return Forms.saved(
                () -> editor.add(scope(national, area, user), day, nameTh, nameEn, user),
                user,
                flash,
                back(year(year), area(area, user)));
    }

    @PostMapping("/calendar/holidays/{id}/remove")
    String remove(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long area,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        return Forms.saved(() -> editor.remove(id, user), user, flash, back(year(year), area(area, user)));
    }

    @PostMapping("/calendar/import")
    String load(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long area,
            @RequestParam(defaultValue = "false") boolean national,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal KhetUser user,
            Model model)
            throws IOException {
        int y = year(year);
        Area chosen = area(area, user);
        try {
            Long scope = scope(national, area, user);
            model.addAttribute("report", imports.run(y, scope, Forms.upload(file), user));
        } catch (RejectedException e) {
            model.addAttribute("rejected", e);
        }
        show(y, chosen, user, model);
        return "calendar/calendar";
    }

    private void show(int year, Area area, KhetUser user, Model model) {
        model.addAttribute("year", year);
        model.addAttribute(
                "years",
                List.of(year - 1, year, year + 1).stream()
                        .filter(y -> y >= FIRST_YEAR && y <= LAST_YEAR)
                        .toList());
        model.addAttribute("area", area);
        model.addAttribute("areas", areas.visibleTo(user));
        model.addAttribute(
                "holidays",
                DayOff.of(holidays.between(
                        area == null ? null : area.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
        model.addAttribute("mayEditNational", HolidayEditor.mayEdit(null, user));
        model.addAttribute("mayEditArea", area != null && HolidayEditor.mayEdit(area.id(), user));
    }

    private int year(Integer asked) {
        return asked != null && asked >= FIRST_YEAR && asked <= LAST_YEAR
                ? asked
                : LocalDate.now(clock).getYear();
    }

    /** The area asked for when the user may read it; else the user's own, if any. */
    private Area area(Long asked, KhetUser user) {
        List<Area> readable = areas.visibleTo(user);
        return readable.stream()
                .filter(a -> asked != null
                        ? a.id() == asked
                        : user.homeArea().map(h -> h == a.id()).orElse(false))
                .findFirst()
                .orElse(null);
    }

    /**
     * Whose holidays a change is about: national, or the area asked for (the user's own when none was asked). The
     * editor is checked here, before the form is read, so a director posting for another area is refused whole.
     */
    private Long scope(boolean national, Long asked, KhetUser user) {
        Long areaId = national ? null : asked != null ? asked : user.homeArea().orElse(null);
        if (!national && areaId == null) {
            throw RejectedException.of("area", Texts.of("calendar.calendarPages.chooseAreaFirst"));
        }
        HolidayEditor.requireEditor(areaId, user);
        if (areaId != null && areas.byId(areaId).isEmpty()) {
            throw new org.khet.shared.NotFoundException("area");
        }
        return areaId;
    }

    private static String back(int year, Area area) {
        return UriComponentsBuilder.fromPath("/calendar")
                .queryParam("year", year)
                .queryParamIfPresent("area", java.util.Optional.ofNullable(area).map(Area::id))
                .toUriString();
    }
}
