package org.khet.registry;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/** The rules a school's fields must keep, whichever door the change comes through. */
final class SchoolRules {

    static final List<String> STATUSES = List.of("OPEN", "CLOSED", "MERGED");

    private SchoolRules() {}

    static void check(SchoolForm f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.nameTh() == null || f.nameTh().isBlank()) {
            errors.add(FieldError.of("nameTh", Texts.of("registry.schoolRules.schoolNameRequired")));
        }
        if (f.amphoe() == null || f.amphoe().isBlank()) {
            errors.add(FieldError.of("amphoe", Texts.of("registry.schoolRules.districtAmphoeRequired")));
        }
        if (f.tambon() == null || f.tambon().isBlank()) {
            errors.add(FieldError.of("tambon", Texts.of("registry.schoolRules.subdistrictTambonRequired")));
        }
        if (f.code10() != null && !f.code10().isBlank() && !f.code10().strip().matches("[0-9]{10}")) {
            errors.add(FieldError.of("code10", Texts.of("registry.schoolRules.schoolCode")));
        }
        if (!STATUSES.contains(f.status())) {
            errors.add(FieldError.of("status", Texts.of("registry.schoolRules.statusMustOpenClosed")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("registry.schoolRules.invalidSchool"), errors);
        }
    }
}
