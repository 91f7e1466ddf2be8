package org.khet.complaints;

import java.util.List;
import java.util.Optional;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.Schools;
import org.khet.shared.FieldError;
import org.springframework.stereotype.Component;

/** Where a complaint goes: the area office and, when one is named, the school it is about. */
@Component
class FilingPlaces {

    private final Areas areas;
    private final Schools schools;

    FilingPlaces(Areas areas, Schools schools) {
        this.areas = areas;
        this.schools = schools;
    }

    /** The school of the code given, none when no code is given, or null with an error for an unknown code. */
    Schools.SchoolRef school(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Schools.SchoolRef school = schools.byCodes(List.of(code.strip())).get(code.strip());
        if (school == null) {
            errors.add(FieldError.of("schoolCode", Texts.of("complaints.places.noSchool", code.strip())));
        }
        return school;
    }

    /** The area asked for; else the school's; else the only area of this installation. */
    Area area(String code, Schools.SchoolRef school, List<FieldError> errors) {
        if (code != null && !code.isBlank()) {
            Optional<Area> area = areas.byCode(code.strip());
            if (area.isEmpty()) {
                errors.add(FieldError.of("areaCode", Texts.of("complaints.filingPlaces.noSuchAreaOffice")));
                return null;
            }
            if (school != null && school.areaId() != area.get().id()) {
                errors.add(FieldError.of("schoolCode", Texts.of("complaints.filingPlaces.schoolNotInArea")));
            }
            return area.get();
        }
        if (school != null) {
            return areas.byId(school.areaId()).orElseThrow();
        }
        Optional<Area> only = areas.onlyOne();
        if (only.isPresent()) {
            return only.get();
        }
        errors.add(FieldError.of("areaCode", Texts.of("complaints.filingPlaces.chooseAreaOffice")));
        return null;
    }
}
