package org.khet.personnel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.khet.registry.Area;
import org.khet.registry.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The office's own units in a salary-raise round: which units share in it (those with government staff who have a
 * salary on record, placed in the unit rather than at a school), what their staff's salaries add to a POOL round's base,
 * and their stored shares ({@code personnel.salary_unit_allocation}).
 */
@Component
class SalaryRoundUnits {

    /** One unit's stored share, with what the page explains it by. */
    record Row(
            long unitId,
            String unitCode,
            String unitName,
            int staff,
            BigDecimal weight,
            BigDecimal baseShare,
            BigDecimal qualityShare,
            BigDecimal received) {

        public BigDecimal total() {
            return baseShare.add(qualityShare);
        }

        /** Staff × weight: the unit's part of the quality share's denominator. */
        public BigDecimal weighted() {
            return weight.multiply(BigDecimal.valueOf(staff));
        }
    }

    private static final String STAFF = """
            from registry.person_placement p join personnel.employment e on e.person_id = p.id
            where p.area_id = :a and p.active and p.school_id is null and p.unit_id is not null
              and e.employment_type = 'GOVERNMENT' and e.salary is not null""";

    private final JdbcClient jdbc;
    private final Units units;

    SalaryRoundUnits(JdbcClient jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The area's units with government staff who have a salary on record, in the registry's order. */
    List<SalaryAllocation.Unit> staffed(Area area) {
        Map<Long, Integer> staff = jdbc
                .sql("select p.unit_id, count(*) " + STAFF + " group by p.unit_id")
                .param("a", area.id())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return units.inArea(area.id()).stream()
                .filter(u -> staff.containsKey(u.id()))
                .map(u -> new SalaryAllocation.Unit(u.id(), u.code(), u.nameTh(), staff.get(u.id())))
                .toList();
    }

    /** The salaries of the units' government staff today: their part of a POOL round's salary base. */
    BigDecimal salaryBase(Area area) {
        return jdbc.sql("select coalesce(sum(e.salary), 0) " + STAFF)
                .param("a", area.id())
                .query(BigDecimal.class)
                .single();
    }

    /** Replaces the round's unit shares. */
    void store(long roundId, List<SalaryAllocation.UnitShare> shares) {
        jdbc.sql("delete from personnel.salary_unit_allocation where round_id = :r")
                .param("r", roundId)
                .update();
        for (SalaryAllocation.UnitShare s : shares) {
            jdbc.sql("""
                            insert into personnel.salary_unit_allocation (round_id, unit_id, unit_code, unit_name,
                                staff, weight, base_share, quality_share, received)
                            values (:r, :id, :code, :name, :staff, :w, :base, :quality, :received)""")
                    .param("r", roundId)
                    .param("id", s.unit().id())
                    .param("code", s.unit().code())
                    .param("name", s.unit().name())
                    .param("staff", s.unit().staff())
                    .param("w", s.weight())
                    .param("base", s.baseShare())
                    .param("quality", s.qualityShare())
                    .param("received", s.received())
                    .update();
        }
    }

    List<Row> of(long roundId) {
        return jdbc.sql("""
                        select unit_id, unit_code, unit_name, staff, weight, base_share, quality_share, received
                        from personnel.salary_unit_allocation where round_id = :r order by unit_code""").param("r", roundId).query(Row.class).list();
    }

    Optional<Row> of(long roundId, long unitId) {
        return of(roundId).stream().filter(r -> r.unitId() == unitId).findFirst();
    }
}
