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

    boolean same(long otherArea, Long otherSchool) {
        return areaId == otherArea && java.util.Objects.equals(schoolId, otherSchool);
    }
}
