package org.khet.registry;

/** A school network (เครือข่ายสถานศึกษา) of an area, with how many schools belong to it. */
public record Network(long id, long areaId, String nameTh, String nameEn, long schools) {}
