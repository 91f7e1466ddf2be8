package org.khet.achievement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/** A checked question for the grouping engine: which year, exam, grade, subject (or ALL) and policy. */
record GroupRequest(int year, String exam, String grade, String subject, String policy) {

    /** Normalises and checks the parameters against the exam catalogue; bad ones are refused all together. */
    static GroupRequest of(
            Integer year, String exam, String grade, String subject, String policy, Exams.Catalogue catalogue) {
        List<FieldError> errors = new ArrayList<>();
        String e = exam == null ? "" : exam.toUpperCase(Locale.ROOT);
        String g = grade == null ? "" : grade.toUpperCase(Locale.ROOT);
        String s = subject == null || subject.isBlank() ? Results.ALL : subject.toUpperCase(Locale.ROOT);
        String p = policy == null || policy.isBlank() ? QualityPolicies.DEFAULT : policy.toUpperCase(Locale.ROOT);
        if (year == null || year < 2500 || year > 2700) {
            errors.add(FieldError.of("year", Texts.of("achievement.groupRequest.yearMust25002700")));
        }
        var known = catalogue.exam(e);
        if (known.isEmpty()) {
            errors.add(FieldError.of("exam", Texts.of("achievement.groupRequest.unknownExam", String.valueOf(exam))));
        } else if (!known.get().grades().contains(g)) {
            errors.add(FieldError.of(
                    "grade",
                    Texts.of(
                            "achievement.groupRequest.noGrade",
                            String.valueOf(e),
                            String.valueOf(grade),
                            String.valueOf(known.get().grades()))));
        } else if (year != null && !s.equals(Results.ALL) && !catalogue.hasSubject(e, g, year, s)) {
            errors.add(FieldError.of(
                    "subject",
                    Texts.of(
                            "achievement.groupRequest.noSubject",
                            String.valueOf(e),
                            String.valueOf(g),
                            String.valueOf(year),
                            String.valueOf(subject))));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("achievement.groupRequest.notValid"), errors);
        }
        return new GroupRequest(year, e, g, s, p);
    }
}
