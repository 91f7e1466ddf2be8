package org.khet.personnel;

/**
 * Where a round's per-person results are entered: a school (its director or the personnel group) or one of the
 * office's own units (the personnel group or the area director); {@code id} is the school's or the unit's registry id.
 */
record SalaryPlace(boolean unit, long id) {

    static SalaryPlace school(long schoolId) {
        return new SalaryPlace(false, schoolId);
    }

    static SalaryPlace ofUnit(long unitId) {
        return new SalaryPlace(true, unitId);
    }

    /** The column of {@code personnel.salary_result} that names this place. */
    String column() {
        return unit ? "unit_id" : "school_id";
    }

    /** The people of this place in {@code registry.person_placement p}: a unit's are those not placed at a school. */
    String peopleWhere() {
        return unit ? "p.unit_id = :place and p.school_id is null" : "p.school_id = :place";
    }
}
