package org.khet.registry;

/** A school as lists show it, with its students of the latest year and the size class they put it in. */
public record SchoolRow(
        long id,
        long areaId,
        String code,
        String nameTh,
        String nameEn,
        String network,
        String amphoe,
        String tambon,
        String status,
        Integer students,
        Integer academicYear,
        String sizeTh,
        String sizeEn) {}
