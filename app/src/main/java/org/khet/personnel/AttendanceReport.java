package org.khet.personnel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Report;
import org.khet.platform.Report.Cell;
import org.khet.platform.Texts;
import org.khet.thai.BuddhistDates;
import org.springframework.stereotype.Component;

/** The month's attendance summary as a table for Excel, with the same figures as the page. */
@Component
class AttendanceReport {

    private static final List<String> COLUMNS =
            List.of("seq", "name", "unit", "workingDays", "present", "late", "leave", "travel", "absent");

    Report of(YearMonth month, List<AttendanceSheet.Summary> rows, String language) {
        List<String> header = COLUMNS.stream()
                .map(c -> Texts.of("personnel.attendance.col." + c).in(language))
                .toList();
        List<List<Cell>> cells = new ArrayList<>();
        int n = 0;
        for (AttendanceSheet.Summary s : rows) {
            cells.add(List.of(
                    Cell.count(++n),
                    Cell.text(s.name()),
                    Cell.text(s.unitName()),
                    Cell.count(s.workingDays()),
                    Cell.count(s.present()),
                    Cell.count(s.late()),
                    Cell.count(s.leave()),
                    Cell.count(s.travel()),
                    Cell.count(s.absent())));
        }
        String title = Texts.of("personnel.attendance.monthTitle").in(language);
        return new Report(title, monthName(month, language), List.of(new Report.Table(title, header, cells)));
    }

    static String monthName(YearMonth month, String language) {
        return "en".equals(language)
                ? month.toString()
                : BuddhistDates.monthName(month.getMonthValue()) + " " + BuddhistDates.toBuddhistYear(month.getYear());
    }
}
