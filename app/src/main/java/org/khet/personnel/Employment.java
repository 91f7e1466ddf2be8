package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The personnel record of a registry person ({@code personnel.employment}): what the personnel group needs beyond
 * who the person is and where. Personal data: see {@link Employments} for who reads it.
 */
record Employment(
        long personId,
        LocalDate birthDate,
        LocalDate appointedOn,
        LocalDate atSchoolSince,
        String positionNumber,
        BigDecimal salary,
        String salaryLevel,
        LocalDate standingSince,
        EmploymentType employmentType,
        int version) {

    /** A person with no record yet: every fact unknown, a government official until said otherwise. */
    static Employment none(long personId) {
        return new Employment(personId, null, null, null, "", null, "", null, EmploymentType.GOVERNMENT, -1);
    }

    /** Whether the record exists (an unsaved one has version -1). */
    public boolean saved() {
        return version >= 0;
    }
}
