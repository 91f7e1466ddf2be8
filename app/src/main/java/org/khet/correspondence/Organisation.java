package org.khet.correspondence;

/**
 * An organisation that sends, receives and keeps registers: the area office ({@code schoolId} null) or one of its
 * schools. {@code code} is the area's four-digit code or the school's eight-digit code; {@code prefix} is what its
 * letter numbers start with ("ศธ 04xxx"), empty when none is set yet.
 */
record Organisation(long areaId, Long schoolId, String code, String nameTh, String prefix) {

    boolean isOffice() {
        return schoolId == null;
    }

    /**
     * The SQL condition matching this organisation's rows (of the table aliased {@code alias}, or unaliased when
     * empty), written so that an index serves it: the office's by area and no school, a school's by area and school. ("school_id
     * is not distinct from :school" would serve both, but no index can answer it.) Takes the parameters {@code :area}
     * and {@code :school}.
     */
    String rows(String alias) {
        String t = alias.isEmpty() ? "" : alias + ".";
        return t + "area_id = :area and " + t + (isOffice() ? "school_id is null" : "school_id = :school");
    }

    boolean same(long otherArea, Long otherSchool) {
        return areaId == otherArea && java.util.Objects.equals(schoolId, otherSchool);
    }
}
