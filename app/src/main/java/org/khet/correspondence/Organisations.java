package org.khet.correspondence;

import java.util.List;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.registry.Unit;
import org.khet.registry.Units;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the organisations letters come from and go to, by code or id, with their letter prefix, and says who acts
 * for one: at the area office its director and staff, at a school its director and clerk (the system administrator
 * everywhere). Only those who act for an organisation read its inbox and registers or send in its name.
 */
@Component
class Organisations {

    private final JdbcClient jdbc;
    private final Areas areas;
    private final Units units;

    Organisations(JdbcClient jdbc, Areas areas, Units units) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.units = units;
    }

    /** The id of the office's unit with {@code code}, if the office has one. */
    Optional<Long> unit(Organisation office, String code) {
        return units.byCode(office.areaId(), code.strip()).map(Unit::id);
    }

    /** The organisation with {@code code} (four digits: an area office; eight: a school), if there is one. */
    Optional<Organisation> byCode(String code) {
        String c = code == null ? "" : code.strip();
        if (c.matches("\\d{4}")) {
            return areas.byCode(c).map(this::office);
        }
        if (c.matches("\\d{8}")) {
            return jdbc.sql("""
                            select s.area_id, s.id as school_id, s.code, s.name_th, coalesce(p.prefix, '') as prefix
                            from registry.school_summary s
                            left join correspondence.school_prefix p on p.school_id = s.id
                            where s.code = :c""").param("c", c).query(Organisation.class).optional();
        }
        return Optional.empty();
    }

    /** The organisation that keeps rows with {@code areaId} and {@code schoolId} (null: the area office). */
    Organisation byId(long areaId, Long schoolId) {
        return schoolId == null
                ? office(areas.byId(areaId).orElseThrow(() -> new NotFoundException("area")))
                : school(schoolId);
    }

    private Organisation school(long schoolId) {
        return jdbc.sql("""
                        select s.area_id, s.id as school_id, s.code, s.name_th, coalesce(p.prefix, '') as prefix
                        from registry.school_summary s
                        left join correspondence.school_prefix p on p.school_id = s.id
                        where s.id = :id""")
                .param("id", schoolId)
                .query(Organisation.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("school"));
    }

    /** The organisation with {@code code} if {@code user} acts for it; otherwise "not found" or "forbidden". */
    Organisation actingFor(String code, KhetUser user) {
        Organisation org = byCode(code).orElseThrow(() -> new NotFoundException("organisation"));
        if (!actsFor(user, org)) {
            throw new ForbiddenException("act for " + org.code());
        }
        return org;
    }

    static boolean actsFor(KhetUser user, Organisation org) {
        if (org.isOffice()) {
            return user.holds(Role.AREA_DIRECTOR, org.areaId()) || user.holds(Role.AREA_STAFF, org.areaId());
        }
        return user.isAdmin() || user.holdsAtSchool(org.schoolId(), Role.SCHOOL_DIRECTOR, Role.SCHOOL_CLERK);
    }

    /** The place of the director of the organisation keeping rows with {@code areaId} and {@code schoolId}. */
    static org.khet.platform.RoleGrant directorOf(long areaId, Long schoolId) {
        return schoolId == null
                ? new org.khet.platform.RoleGrant(org.khet.platform.Role.AREA_DIRECTOR, areaId, null, null)
                : new org.khet.platform.RoleGrant(org.khet.platform.Role.SCHOOL_DIRECTOR, areaId, null, schoolId);
    }

    /** Whether {@code user} directs {@code org}: the one who reads its secret letters. */
    static boolean directs(KhetUser user, Organisation org) {
        return org.isOffice()
                ? user.holds(Role.AREA_DIRECTOR, org.areaId())
                : user.holdsAtSchool(org.schoolId(), Role.SCHOOL_DIRECTOR);
    }

    /** Whether account {@code user} works in {@code org}: at the school, or across or in a unit of the office. */
    boolean worksIn(Organisation org, long user) {
        return jdbc.sql("""
                        select count(*) > 0 from platform.user_role r
                        join platform.user_summary u on u.id = r.user_id and u.enabled
                        where r.user_id = :u and r.area_id = :area
                          and (case when cast(:school as bigint) is null then r.school_id is null
                                    else r.school_id = :school end)""")
                .param("u", user)
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query(Boolean.class)
                .single();
    }

    /** Every organisation {@code user} acts for: their area offices, then their schools. */
    List<Organisation> of(KhetUser user) {
        List<Organisation> mine = new java.util.ArrayList<>();
        for (long area : user.areaIds()) {
            Organisation office = office(areas.byId(area).orElseThrow());
            if (actsFor(user, office)) {
                mine.add(office);
            }
        }
        for (long school : user.schoolIds()) {
            Organisation org = school(school);
            if (actsFor(user, org)) {
                mine.add(org);
            }
        }
        return mine;
    }

    private Organisation office(Area a) {
        return new Organisation(a.id(), null, a.code(), a.nameTh(), a.letterPrefix() == null ? "" : a.letterPrefix());
    }
}
