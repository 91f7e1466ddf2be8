package org.khet.registry;

/** A school as stored: what its page shows and its form edits. */
public record School(
        long id,
        long areaId,
        String code,
        String code10,
        String nameTh,
        String nameEn,
        Long networkId,
        String amphoe,
        String tambon,
        String status,
        Long mergedInto,
        String phone,
        String email,
        int version) {}
