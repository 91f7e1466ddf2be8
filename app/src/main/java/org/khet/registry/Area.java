package org.khet.registry;

/** An educational service area office: the tenant every registry row belongs to. */
public record Area(
        long id, String code, String nameTh, String nameEn, String letterPrefix, String sizeScheme, String province) {}
