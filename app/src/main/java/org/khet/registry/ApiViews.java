package org.khet.registry;

/** The JSON shapes of the registry API, in snake_case as integrations expect. */
final class ApiViews {

    private ApiViews() {}

    record AreaView(
            long id,
            String code,
            String name_th,
            String name_en,
            String letter_prefix,
            String size_scheme,
            String province) {}

    record ReportView(int rows, int created, int updated, int unchanged, int networks_created) {}

    record SchoolView(
            long id,
            String school_code,
            String school_code10,
            String name_th,
            String name_en,
            Long network_id,
            String amphoe,
            String tambon,
            String status,
            String phone,
            String email,
            int version) {}

    record SchoolListView(
            long id,
            String school_code,
            String name_th,
            String network,
            String amphoe,
            String tambon,
            String status,
            Integer students,
            Integer academic_year,
            String size_th,
            String size_en) {}

    record PersonView(
            long id,
            String title,
            String first_name_th,
            String last_name_th,
            String position,
            String academic_standing,
            String school,
            String unit,
            String national_id_masked,
            String phone,
            String email,
            boolean active,
            int version) {}

    static AreaView of(Area a) {
        return new AreaView(a.id(), a.code(), a.nameTh(), a.nameEn(), a.letterPrefix(), a.sizeScheme(), a.province());
    }

    static ReportView of(ImportReport r) {
        return new ReportView(r.rows(), r.created(), r.updated(), r.unchanged(), r.networksCreated());
    }

    static SchoolView of(School s) {
        return new SchoolView(
                s.id(),
                s.code(),
                s.code10(),
                s.nameTh(),
                s.nameEn(),
                s.networkId(),
                s.amphoe(),
                s.tambon(),
                s.status(),
                s.phone(),
                s.email(),
                s.version());
    }

    static SchoolListView of(SchoolRow s) {
        return new SchoolListView(
                s.id(),
                s.code(),
                s.nameTh(),
                s.network(),
                s.amphoe(),
                s.tambon(),
                s.status(),
                s.students(),
                s.academicYear(),
                s.sizeTh(),
                s.sizeEn());
    }

    static PersonView of(Person p) {
        return new PersonView(
                p.id(),
                p.title(),
                p.firstNameTh(),
                p.lastNameTh(),
                p.positionTh(),
                p.standingTh(),
                p.schoolName(),
                p.unitName(),
                p.maskedNationalId(),
                p.phone(),
                p.email(),
                p.active(),
                p.version());
    }
}
