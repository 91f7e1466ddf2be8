package org.khet.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.khet.platform.AuditLog;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.khet.thai.BuddhistDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's holidays of one scope (national, or one area's own) from a CSV or Excel file with the columns
 * {@code date, name_th} and optionally {@code name_en}, as the cabinet's announcement lists them. Every row is
 * checked first and any bad one rejects the whole file; a good file adds the days that are new and renames the
 * days already there, so loading the same file twice changes nothing. Days not in the file are kept.
 */
@Component
class HolidayImport {

    /** What a file changed. */
    record Report(int rows, int created, int renamed, int unchanged) {}

    private record Row(int number, LocalDate day, String nameTh, String nameEn) {}

    static final List<String> REQUIRED = List.of("date", "name_th");
    private static final int MAX_ROWS = 366;
    private final Holidays holidays;
    private final AuditLog audit;

    HolidayImport(Holidays holidays, AuditLog audit) {
        this.holidays = holidays;
        this.audit = audit;
    }

    @Transactional
    Report run(int year, Long areaId, byte[] content, KhetUser by) {
        HolidayEditor.requireEditor(areaId, by);
        TabularFile file = TabularFile.read(content);
        if (file.rows().size() > MAX_ROWS) {
            throw RejectedException.of(
                    "file", Texts.of("calendar.import.tooManyRows", file.rows().size(), MAX_ROWS));
        }
        ImportErrors errors = new ImportErrors();
        errors.requireColumns(file, REQUIRED);
        List<Row> rows = check(file, year, areaId, errors);
        errors.throwIfAny();
        return save(rows, year, areaId);
    }

    private List<Row> check(TabularFile file, int year, Long areaId, ImportErrors errors) {
        Set<LocalDate> national = areaId == null
                ? Set.of()
                : holidays.ofScope(null, year).stream().map(Holiday::day).collect(Collectors.toSet());
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (TabularFile.Row row : file.rows()) {
            int n = row.number();
            LocalDate day = Cells.date(row, "date", errors);
            if (day != null && day.getYear() != year) {
                errors.add(
                        n,
                        "date",
                        Texts.of(
                                "calendar.import.otherYear",
                                BuddhistDates.abbreviated(day),
                                BuddhistDates.toBuddhistYear(year),
                                day.toString(),
                                year));
            } else if (day != null && seen.containsKey(day)) {
                errors.add(n, "date", Texts.of("calendar.import.sameDate", seen.get(day)));
            } else if (day != null && national.contains(day)) {
                errors.add(n, "date", Texts.of("calendar.import.national"));
            }
            if (day != null) {
                seen.putIfAbsent(day, n);
            }
            String th = Cells.required(row, "name_th", HolidayEditor.MAX_NAME, errors);
            String en = row.get("name_en");
            if (en.length() > HolidayEditor.MAX_NAME) {
                errors.add(n, "name_en", Texts.of("import.cell.tooLong", HolidayEditor.MAX_NAME));
            }
            rows.add(new Row(n, day, th, en.isEmpty() ? null : en));
        }
        return rows;
    }

    private Report save(List<Row> rows, int year, Long areaId) {
        Map<LocalDate, Holiday> existing = new HashMap<>();
        holidays.ofScope(areaId, year).forEach(h -> existing.put(h.day(), h));
        int created = 0;
        int renamed = 0;
        for (Row row : rows) {
            Holiday before = existing.get(row.day());
            if (before == null) {
                long id = holidays.add(areaId, row.day(), row.nameTh(), row.nameEn());
                audit.changed(
                        areaId,
                        "CREATE",
                        HolidayEditor.ENTITY,
                        id,
                        null,
                        HolidayEditor.values(row.day(), row.nameTh(), row.nameEn()));
                created++;
            } else if (!row.nameTh().equals(before.nameTh())
                    || !java.util.Objects.equals(row.nameEn(), before.nameEn())) {
                holidays.rename(before.id(), row.nameTh(), row.nameEn());
                audit.changed(
                        areaId,
                        "UPDATE",
                        HolidayEditor.ENTITY,
                        before.id(),
                        HolidayEditor.values(before.day(), before.nameTh(), before.nameEn()),
                        HolidayEditor.values(row.day(), row.nameTh(), row.nameEn()));
                renamed++;
            }
        }
        return new Report(rows.size(), created, renamed, rows.size() - created - renamed);
    }
}
