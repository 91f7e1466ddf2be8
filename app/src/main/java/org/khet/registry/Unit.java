package org.khet.registry;

/** A unit of an area office: one of its nine groups (กลุ่ม) or another unit it keeps. */
public record Unit(long id, long areaId, String code, String nameTh, String nameEn, String letterSuffix, long people) {}
