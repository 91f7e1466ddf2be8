package org.khet.registry;

/**
 * A person of the area office or one of its schools. The national ID is held as digits but never leaves this
 * module unmasked except through {@link People#reveal}, which logs the read.
 */
public record Person(
        long id,
        long areaId,
        Long schoolId,
        String schoolName,
        Long unitId,
        String unitName,
        String title,
        String firstNameTh,
        String lastNameTh,
        Long positionId,
        String positionTh,
        String positionEn,
        String academicStanding,
        String standingTh,
        String standingEn,
        String maskedNationalId,
        String phone,
        String email,
        boolean active,
        int version) {

    /** Only a place, for asking whether a user may put someone there. */
    static Person placedAt(long areaId, Long schoolId, Long unitId) {
        return new Person(
                0, areaId, schoolId, null, unitId, null, null, "", "", null, null, null, null, null, null, null, null,
                null, true, 0);
    }

    public String fullName() {
        return (title == null ? "" : title) + firstNameTh + " " + lastNameTh;
    }
}
