package org.khet.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and removes holidays one at a time: the national ones by the system administrator, an area's own by its
 * director or the administrator. Every change is audited with the holiday's values.
 */
@Component
class HolidayEditor {

    static final String ENTITY = "holiday";
    static final int MAX_NAME = 200;
    private final Holidays holidays;
    private final AuditLog audit;

    HolidayEditor(Holidays holidays, AuditLog audit) {
        this.holidays = holidays;
        this.audit = audit;
    }

    /** Who may change the holidays of a scope: national ({@code areaId} null) or one area's own. */
    static boolean mayEdit(Long areaId, KhetUser by) {
        return by.isAdmin() || (areaId != null && by.holds(Role.AREA_DIRECTOR, areaId));
    }

    static void requireEditor(Long areaId, KhetUser by) {
        if (!mayEdit(areaId, by)) {
            throw new ForbiddenException(areaId == null ? "edit national holidays" : "edit this area's holidays");
        }
    }

    @Transactional
    void add(Long areaId, String day, String nameTh, String nameEn, KhetUser by) {
        requireEditor(areaId, by);
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        try {
            date = LocalDate.parse(day == null ? "" : day.strip());
        } catch (java.time.DateTimeException e) {
            errors.add(FieldError.of("day", Texts.of("calendar.holidayEditor.dateNotValid")));
        }
        String th = nameTh == null ? "" : nameTh.strip();
        String en = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        if (th.isEmpty() || th.length() > MAX_NAME) {
            errors.add(FieldError.of("nameTh", Texts.of("calendar.holidayEditor.giveHolidaySName")));
        }
        if (en != null && en.length() > MAX_NAME) {
            errors.add(FieldError.of("nameEn", Texts.of("calendar.holidayEditor.englishTooLong", MAX_NAME)));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("calendar.holidayEditor.notSaved"), errors);
        }
        try {
            long id = holidays.add(areaId, date, th, en);
            audit.changed(areaId, "CREATE", ENTITY, id, null, values(date, th, en));
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("day", Texts.of("calendar.holidayEditor.dayAlreadyHoliday"));
        }
    }

    @Transactional
    Holiday remove(long id, KhetUser by) {
        Holiday h = holidays.byId(id).orElseThrow(() -> new NotFoundException("holiday"));
        requireEditor(h.areaId(), by);
        holidays.remove(id);
        audit.changed(h.areaId(), "DELETE", ENTITY, id, values(h.day(), h.nameTh(), h.nameEn()), null);
        return h;
    }

    static Map<String, Object> values(LocalDate day, String nameTh, String nameEn) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("day", day);
        values.put("name_th", nameTh);
        values.put("name_en", nameEn);
        return values;
    }
}
