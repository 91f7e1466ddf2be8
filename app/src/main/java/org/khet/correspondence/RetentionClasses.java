package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The retention classes and the default, as the table an administrator keeps says on a day: which classes are
 * offered then, and which class a letter registered that day keeps when nobody chose one. Never constants: the
 * regulation has changed them before.
 */
@Component
class RetentionClasses {

    /** A class as offered: how many years after the year of registration it is kept (null: permanently). */
    record RetentionClass(String code, Integer years, String labelTh, String labelEn) {

        boolean permanent() {
            return years == null;
        }

        String label(String language) {
            return "en".equals(language) ? labelEn : labelTh;
        }
    }

    private final JdbcClient jdbc;

    RetentionClasses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The classes offered on {@code day}, the shortest first and the permanent one last. */
    List<RetentionClass> offered(LocalDate day) {
        return jdbc.sql("""
                        select distinct on (code) code, years, label_th, label_en
                        from correspondence.retention_class
                        where valid_from <= :day and (valid_until is null or valid_until > :day)
                        order by code, valid_from desc""").param("day", day).query(RetentionClass.class).list().stream()
                .sorted((a, b) -> Integer.compare(
                        a.years() == null ? Integer.MAX_VALUE : a.years(),
                        b.years() == null ? Integer.MAX_VALUE : b.years()))
                .toList();
    }

    /** The class offered on {@code day} under {@code code}, if it is offered then. */
    Optional<RetentionClass> offered(String code, LocalDate day) {
        return offered(day).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The version of class {@code code} in force on {@code day}, offered still or not (what an entry keeps). */
    Optional<RetentionClass> version(String code, LocalDate day) {
        return jdbc.sql("""
                        select code, years, label_th, label_en from correspondence.retention_class
                        where code = :code and valid_from <= :day order by valid_from desc limit 1""")
                .param("code", code)
                .param("day", day)
                .query(RetentionClass.class)
                .optional();
    }

    /** The code of the class a letter registered on {@code day} keeps when nobody chose one. */
    String defaultOn(LocalDate day) {
        return jdbc.sql("""
                        select code from correspondence.retention_default
                        where valid_from <= :day order by valid_from desc limit 1""").param("day", day).query(String.class).single();
    }
}
