package org.khet.personnel.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The proposed result on small contested cases: each place goes to the highest-ranked applicant still wanting it, in
 * each applicant's wish order; ties go to the earlier first appointment, then the longer time at the school.
 */
class TransferAssignmentTest {

    private static final long X = 1;
    private static final long Y = 2;

    @Test
    void eachPlaceGoesToTheHighestRankedApplicantInTheirWishOrder() {
        var p1 = applicant(1, "80", "2010-05-16", List.of(X, Y));
        var p2 = applicant(2, "90", "2015-05-16", List.of(X));
        var p3 = applicant(3, "70", "2005-05-16", List.of(Y, X));
        var p4 = applicant(4, "80", "2008-05-16", List.of(Y));

        assertThat(TransferAssignment.ranked(List.of(p1, p2, p3, p4)))
                .extracting(TransferAssignment.Applicant::requestId)
                .containsExactly(2L, 4L, 1L, 3L);
        // p2 takes X; p4 (80, appointed before p1) takes Y; p1's wishes are both full; p3's too.
        assertThat(TransferAssignment.assign(List.of(p1, p2, p3, p4), Map.of(X, 1, Y, 1)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(2L, X, 4L, Y));
    }

    @Test
    void aVacancyWantingALearningAreaGoesOnlyToAnApplicantWhoseFirstMajorIsInIt() {
        var thai = applicant(1, "95", "2010-05-16", List.of(X, Y));
        var maths = applicant(2, "70", "2010-05-16", List.of(X));
        var none = applicant(3, "99", "2010-05-16", List.of(X));
        var eligible = TransferAssignment.eligible(
                List.of(thai, maths, none), Map.of(X, "MATHEMATICS"), Map.of(1L, "THAI", 2L, "MATHEMATICS"));

        assertThat(eligible)
                .extracting(TransferAssignment.Applicant::wishes)
                .containsExactly(List.of(Y), List.of(X), List.of());
        // X wants mathematics: the higher scores of the Thai major and of the one with no major do not take it.
        assertThat(TransferAssignment.assign(eligible, Map.of(X, 1, Y, 1)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(1L, Y, 2L, X));
    }

    @Test
    void aLowerWishIsGivenWhenTheFirstIsFullAndASecondPlaceGoesDownTheRanking() {
        var high = applicant(1, "95", "2010-05-16", List.of(X, Y));
        var middle = applicant(2, "85", "2010-05-16", List.of(X, Y));
        var low = applicant(3, "75", "2010-05-16", List.of(X));

        assertThat(TransferAssignment.assign(List.of(low, middle, high), Map.of(X, 1, Y, 1)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(1L, X, 2L, Y));
        assertThat(TransferAssignment.assign(List.of(low, middle, high), Map.of(X, 2, Y, 1)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(1L, X, 2L, X));
    }

    @Test
    void aTieOnTotalAndAppointmentGoesToTheLongerTimeAtTheSchoolThenTheEarlierRequest() {
        var later = new TransferAssignment.Applicant(
                5, new BigDecimal("60"), LocalDate.parse("2010-05-16"), LocalDate.parse("2020-05-16"), List.of(X));
        var longer = new TransferAssignment.Applicant(
                6, new BigDecimal("60.00"), LocalDate.parse("2010-05-16"), LocalDate.parse("2016-05-16"), List.of(X));
        var noDate = new TransferAssignment.Applicant(
                4, new BigDecimal("60"), null, LocalDate.parse("2012-05-16"), List.of(X));

        assertThat(TransferAssignment.ranked(List.of(noDate, later, longer)))
                .extracting(TransferAssignment.Applicant::requestId)
                .containsExactly(6L, 5L, 4L);
        assertThat(TransferAssignment.assign(List.of(noDate, later, longer), Map.of(X, 1)))
                .containsExactly(Map.entry(6L, X));
    }

    private static TransferAssignment.Applicant applicant(long id, String total, String appointed, List<Long> wishes) {
        return new TransferAssignment.Applicant(
                id, new BigDecimal(total), LocalDate.parse(appointed), LocalDate.parse("2015-05-16"), wishes);
    }
}
