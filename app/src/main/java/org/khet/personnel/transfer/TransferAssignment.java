package org.khet.personnel.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a round's applicants and the proposed result, as pure functions.
 *
 * <p><b>Order.</b> Applicants are ranked by total score, highest first; a tie goes to the longer government service
 * (the earlier first appointment; a record without the date after those with one), then to the longer time at the
 * current school (the earlier {@code at_school_since}), then to the earlier request. Every school's ranking is this
 * one order restricted to those who wish the school.
 *
 * <p><b>Assignment.</b> Applicants are taken one by one in that order; each receives the first school in their own
 * wish order that still has a place, or nothing. Because every school ranks applicants by the same order, this is
 * the result of deferred acceptance: no applicant is left without a school they wished more while someone ranked
 * below them at that school took a place there, and no applicant is given a school they wished less than one that
 * still had a place for them.
 *
 * <p><b>Subject wanted.</b> A vacancy that wants a learning area is open only to applicants whose first major maps
 * to it ({@link #eligible}): for the others it is as if they had not wished it, so they go on to their next wish.
 */
final class TransferAssignment {

    /** An applicant: their request, total, the tie-breaking dates, and the wished schools in wish order. */
    record Applicant(
            long requestId, BigDecimal total, LocalDate appointedOn, LocalDate atSchoolSince, List<Long> wishes) {}

    static final Comparator<Applicant> ORDER = Comparator.comparing(Applicant::total, Comparator.reverseOrder())
            .thenComparing(Applicant::appointedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Applicant::atSchoolSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Applicant::requestId);

    private TransferAssignment() {}

    /**
     * The applicants with only the wishes open to them: a school in {@code wanted} (school id → the learning area its
     * vacancy wants) only for an applicant whose first major maps to that area ({@code majors}: request id → area).
     */
    static <A> List<Applicant> eligible(List<Applicant> applicants, Map<Long, A> wanted, Map<Long, A> majors) {
        return applicants.stream()
                .map(a -> new Applicant(
                        a.requestId(),
                        a.total(),
                        a.appointedOn(),
                        a.atSchoolSince(),
                        a.wishes().stream()
                                .filter(school -> !wanted.containsKey(school)
                                        || wanted.get(school).equals(majors.get(a.requestId())))
                                .toList()))
                .toList();
    }

    /** The applicants in ranking order. */
    static List<Applicant> ranked(List<Applicant> applicants) {
        return applicants.stream().sorted(ORDER).toList();
    }

    /** Request id → the school id it is given, for those given one; {@code places} is school id → vacancies. */
    static Map<Long, Long> assign(List<Applicant> applicants, Map<Long, Integer> places) {
        Map<Long, Integer> left = new HashMap<>(places);
        Map<Long, Long> given = new LinkedHashMap<>();
        for (Applicant a : ranked(applicants)) {
            for (long school : a.wishes()) {
                int free = left.getOrDefault(school, 0);
                if (free > 0) {
                    left.put(school, free - 1);
                    given.put(a.requestId(), school);
                    break;
                }
            }
        }
        return given;
    }
}
