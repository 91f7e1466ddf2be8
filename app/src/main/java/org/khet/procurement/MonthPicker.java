package org.khet.procurement;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.khet.thai.BuddhistDates;
import org.springframework.ui.Model;

/**
 * The month and Buddhist-Era year to choose for the monthly summary (สขร. 1), on the staff's list and the public
 * portal alike: the months by name in the reader's language, this month chosen.
 */
final class MonthPicker {

    private MonthPicker() {}

    static void add(Locale locale, LocalDate today, Model model) {
        Map<Integer, String> months = new LinkedHashMap<>();
        for (Month m : Month.values()) {
            months.put(m.getValue(), m.getDisplayName(TextStyle.FULL, locale));
        }
        model.addAttribute("months", months);
        model.addAttribute("thisMonth", today.getMonthValue());
        model.addAttribute("thisYear", Integer.toString(BuddhistDates.toBuddhistYear(today.getYear())));
    }
}
