package org.khet.platform;

/** The roles of Khet and where each applies. */
public enum Role {
    SYSTEM_ADMIN(Reach.EVERYWHERE, "ผู้ดูแลระบบ", "System administrator"),
    AREA_DIRECTOR(Reach.AREA, "ผู้อำนวยการเขตพื้นที่", "Area director"),
    AREA_STAFF(Reach.UNIT, "เจ้าหน้าที่กลุ่มในสำนักงานเขต", "Area unit staff"),
    SUPERVISOR(Reach.AREA, "ศึกษานิเทศก์", "Supervisor"),
    INTERNAL_AUDITOR(Reach.AREA, "ผู้ตรวจสอบภายใน", "Internal auditor"),
    LEGAL_OFFICER(Reach.AREA, "นิติกร", "Legal officer"),
    SCHOOL_DIRECTOR(Reach.SCHOOL, "ผู้อำนวยการโรงเรียน", "School director"),
    SCHOOL_CLERK(Reach.SCHOOL, "เจ้าหน้าที่ธุรการโรงเรียน", "School clerk"),
    TEACHER(Reach.SCHOOL, "ครู", "Teacher");

    /** Where a grant of the role applies. */
    public enum Reach {
        EVERYWHERE,
        AREA,
        UNIT,
        SCHOOL
    }

    private final Reach reach;
    private final String nameTh;
    private final String nameEn;

    Role(Reach reach, String nameTh, String nameEn) {
        this.reach = reach;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public Reach reach() {
        return reach;
    }

    public String label(String language) {
        return "en".equals(language) ? nameEn : nameTh;
    }

    public String nameTh() {
        return nameTh;
    }
}
