package org.khet.personnel;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/** The checks of a record's dates, the same for a form and an imported row: each problem by its column. */
final class EmploymentChecks {

    /** A birth date later than this many years ago is taken for a typing mistake. */
    static final int YOUNGEST_AGE = 15;

    private EmploymentChecks() {}

    static void dates(
            LocalDate birth,
            LocalDate appointed,
            LocalDate atSchoolSince,
            LocalDate today,
            BiConsumer<String, Bilingual> problem) {
        if (birth != null && birth.isAfter(today.minusYears(YOUNGEST_AGE))) {
            problem.accept("birth_date", Texts.of("personnel.record.import.tooYoung"));
        }
        notFuture("appointed_on", appointed, today, problem);
        notFuture("at_school_since", atSchoolSince, today, problem);
        if (birth != null && appointed != null && !appointed.isAfter(birth)) {
            problem.accept("appointed_on", Texts.of("personnel.record.import.beforeBirth"));
        }
    }

    private static void notFuture(
            String column, LocalDate day, LocalDate today, BiConsumer<String, Bilingual> problem) {
        if (day != null && day.isAfter(today)) {
            problem.accept(column, Texts.of("personnel.record.import.future"));
        }
    }
}
