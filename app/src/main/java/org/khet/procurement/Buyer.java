package org.khet.procurement;

/**
 * Who buys: an area office ({@code schoolId} null, {@code code} its 4-digit code) or one of its schools (its 8-digit
 * code), with the name shown on pages.
 */
public record Buyer(long areaId, Long schoolId, String code, String name) {

    public boolean isOffice() {
        return schoolId == null;
    }
}
