package org.khet.accounts;

import java.util.List;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.Schools;
import org.khet.registry.Unit;
import org.khet.registry.Units;
import org.khet.shared.FieldError;
import org.springframework.stereotype.Component;

/**
 * Turns a grant written with the registry's codes ({@code role} and {@code area_code}, {@code area_code} and
 * {@code unit_code}, or {@code school_code}, as the role's reach needs) into a grant of ids, and back.
 */
@Component
class GrantPlaces {

    private final Areas areas;
    private final Units units;
    private final Schools schools;

    GrantPlaces(Areas areas, Units units, Schools schools) {
        this.areas = areas;
        this.units = units;
        this.schools = schools;
    }

    /** A grant as scripts and files write it. */
    record CodedGrant(String role, String areaCode, String unitCode, String schoolCode) {}

    /** The grant, or the reasons it cannot be one added to {@code errors} (with {@code row}, 0 outside a file). */
    Optional<RoleGrant> resolve(CodedGrant g, String field, int row, List<FieldError> errors) {
        Role role = roleOf(g.role());
        if (role == null) {
            errors.add(new FieldError(row, field + "role", Texts.of("accounts.grant.noRole", g.role())));
            return Optional.empty();
        }
        boolean area = present(g.areaCode());
        boolean unit = present(g.unitCode());
        boolean school = present(g.schoolCode());
        boolean shaped =
                switch (role.reach()) {
                    case EVERYWHERE -> !area && !unit && !school;
                    case AREA -> area && !unit && !school;
                    case UNIT -> area && unit && !school;
                    case SCHOOL -> school && !area && !unit || school && area && !unit;
                };
        if (!shaped) {
            // The Thai text names the role in Thai, the English one by the code scripts write.
            errors.add(new FieldError(
                    row, field + "role", Texts.of("accounts.grant.shape." + role.reach(), role.nameTh(), role.name())));
            return Optional.empty();
        }
        return switch (role.reach()) {
            case EVERYWHERE -> Optional.of(new RoleGrant(role, null, null, null));
            case AREA -> area(g.areaCode(), field, row, errors).map(a -> new RoleGrant(role, a.id(), null, null));
            case UNIT -> area(g.areaCode(), field, row, errors).flatMap(a -> unit(role, a, g, field, row, errors));
            case SCHOOL -> school(role, g, field, row, errors);
        };
    }

    /** The grant in codes, as the API answers it. */
    CodedGrant codesOf(RoleGrant g, KhetUser reader) {
        String area = g.areaId() == null
                ? null
                : areas.byId(g.areaId()).map(Area::code).orElse(null);
        return switch (g.role().reach()) {
            case EVERYWHERE -> new CodedGrant(g.role().name(), null, null, null);
            case AREA -> new CodedGrant(g.role().name(), area, null, null);
            case UNIT ->
                new CodedGrant(
                        g.role().name(),
                        area,
                        units.inArea(g.areaId()).stream()
                                .filter(u -> u.id() == g.unitId())
                                .map(Unit::code)
                                .findFirst()
                                .orElse(null),
                        null);
            case SCHOOL ->
                new CodedGrant(
                        g.role().name(),
                        null,
                        null,
                        schools.readableRef(g.schoolId(), reader)
                                .map(Schools.SchoolRef::code)
                                .orElse(null));
        };
    }

    private Optional<Area> area(String code, String field, int row, List<FieldError> errors) {
        Optional<Area> a = areas.byCode(code.strip());
        if (a.isEmpty()) {
            errors.add(new FieldError(row, field + "area_code", Texts.of("accounts.grant.noArea", code)));
        }
        return a;
    }

    private Optional<RoleGrant> unit(Role role, Area a, CodedGrant g, String field, int row, List<FieldError> errors) {
        Optional<Unit> u = units.byCode(a.id(), g.unitCode().strip());
        if (u.isEmpty()) {
            errors.add(new FieldError(
                    row, field + "unit_code", Texts.of("accounts.grant.noUnit", g.unitCode(), a.code())));
        }
        return u.map(found -> new RoleGrant(role, a.id(), found.id(), null));
    }

    private Optional<RoleGrant> school(Role role, CodedGrant g, String field, int row, List<FieldError> errors) {
        var s = schools.byCodes(List.of(g.schoolCode().strip()))
                .get(g.schoolCode().strip());
        if (s == null) {
            errors.add(new FieldError(row, field + "school_code", Texts.of("accounts.grant.noSchool", g.schoolCode())));
            return Optional.empty();
        }
        if (present(g.areaCode())
                && !areas.byId(s.areaId())
                        .map(Area::code)
                        .orElse("")
                        .equals(g.areaCode().strip())) {
            errors.add(new FieldError(
                    row, field + "area_code", Texts.of("accounts.grant.schoolNotInArea", s.code(), g.areaCode())));
            return Optional.empty();
        }
        return Optional.of(new RoleGrant(role, s.areaId(), null, s.id()));
    }

    private static Role roleOf(String name) {
        try {
            return name == null ? null : Role.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
