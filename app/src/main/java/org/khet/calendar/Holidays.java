package org.khet.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code calendar.holiday}. */
@Component
class Holidays {

    private static final String COLUMNS = "id, area_id, day, name_th, name_en";
    private final JdbcClient jdbc;

    Holidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** National holidays and, when {@code areaId} is given, that area's own, between two days (both included). */
    List<Holiday> between(Long areaId, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + """
                         from calendar.holiday
                        where (area_id is null or area_id = :area) and day between :from and :to
                        order by day, area_id nulls first""")
                .param("area", areaId)
                .param("from", from)
                .param("to", to)
                .query(Holidays::holiday)
                .list();
    }

    /** Only the rows of one scope (national when {@code areaId} is null) in a year. */
    List<Holiday> ofScope(Long areaId, int year) {
        return jdbc.sql("select " + COLUMNS + """
                         from calendar.holiday
                        where area_id is not distinct from :area and day between :from and :to
                        order by day""")
                .param("area", areaId)
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query(Holidays::holiday)
                .list();
    }

    Optional<Holiday> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from calendar.holiday where id = :id")
                .param("id", id)
                .query(Holidays::holiday)
                .optional();
    }

    long add(Long areaId, LocalDate day, String nameTh, String nameEn) {
        return jdbc.sql("""
                        insert into calendar.holiday (area_id, day, name_th, name_en)
                        values (:area, :day, :th, :en) returning id""")
                .param("area", areaId)
                .param("day", day)
                .param("th", nameTh)
                .param("en", nameEn)
                .query(Long.class)
                .single();
    }

    void rename(long id, String nameTh, String nameEn) {
        jdbc.sql("update calendar.holiday set name_th = :th, name_en = :en where id = :id")
                .param("th", nameTh)
                .param("en", nameEn)
                .param("id", id)
                .update();
    }

    void remove(long id) {
        jdbc.sql("delete from calendar.holiday where id = :id").param("id", id).update();
    }

    private static Holiday holiday(ResultSet rs, int row) throws SQLException {
        return new Holiday(
                rs.getLong("id"),
                (Long) rs.getObject("area_id"),
                rs.getObject("day", LocalDate.class),
                rs.getString("name_th"),
                rs.getString("name_en"));
    }
}
