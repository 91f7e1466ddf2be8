package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.PeopleImport;
import org.khet.registry.TestArea;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people import takes the personnel record's columns through the registry's {@code PeopleImportColumns}: dates in
 * ISO 8601 or Thai day/month/BE year, salary, level, position number and employment type, an empty cell keeping what
 * the record has; a bad cell refuses the whole file with bilingual reasons, and so does a file with those columns from
 * someone outside the personnel group.
 */
@ModuleTest
class EmploymentImportTest {

    static final String HEADER = "area_code,national_id,first_name_th,last_name_th,position,school_code,birth_date,"
            + "appointed_on,at_school_since,position_number,salary,salary_level,employment_type\n";

    @Autowired
    ApplicationContext context;

    @Autowired
    PeopleImport people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theImportKeepsTheRecordsColumnsThaiDatesIncluded() {
        TestArea area = TestArea.open(context, "6900");
        area.school("0001", "โรงเรียนประวัติหนึ่ง");
        String row = line(
                area,
                "690000000001",
                "สมศรี",
                "TEACHER",
                "15/3/2510",
                "1990-05-16",
                "1/6/2560",
                "12345",
                "38,750",
                "คศ.2",
                "ข้าราชการ");
        var report = imported(csv(row), area.admin());

        assertThat(report.created()).isEqualTo(1);
        long person = area.personId("690000000001");
        List<Object> first = record(person);
        assertThat(first)
                .isEqualTo(List.of(
                        LocalDate.of(1967, 3, 15),
                        LocalDate.of(1990, 5, 16),
                        LocalDate.of(2017, 6, 1),
                        "12345",
                        new BigDecimal("38750.00"),
                        "คศ.2",
                        "GOVERNMENT"));

        // Empty cells keep what the record has; a given one replaces it.
        people.run(
                csv(line(area, "690000000001", "สมศรี", "TEACHER", "", "", "", "", "39,000", "", "CONTRACT")),
                area.admin());
        List<Object> expected = new java.util.ArrayList<>(first);
        expected.set(4, new BigDecimal("39000.00"));
        expected.set(6, "CONTRACT");
        assertThat(record(person)).isEqualTo(expected);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where entity_type = 'employment'"
                                + " and :id = any(changed_ids)")
                        .param("id", String.valueOf(person))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void badCellsRefuseTheWholeFileWithBilingualReasons() {
        TestArea area = TestArea.open(context, "6901");
        area.school("0001", "โรงเรียนประวัติสอง");
        people.run(
                csv(line(area, "690100000001", "มานี", "TEACHER", "1970-01-01", "", "", "", "30000", "", "")),
                area.admin());
        long existing = area.personId("690100000001");
        String good = line(area, "690100000002", "ใหม่", "TEACHER", "1/1/2515", "", "", "", "", "", "");
        String changed = line(area, "690100000001", "มานี", "TEACHER", "1971-01-01", "", "", "", "31000", "", "");
        String badDate = line(area, "690100000003", "ชูใจ", "TEACHER", "31/2/2510", "", "", "", "", "", "");
        String badSalary = line(area, "690100000004", "ปิติ", "TEACHER", "", "", "", "", "สามหมื่น", "", "");
        String badType = line(area, "690100000005", "วีระ", "TEACHER", "", "", "", "", "", "", "PERMANENT");
        String beforeBirth =
                line(area, "690100000006", "เพ็ญ", "TEACHER", "2000-01-01", "1999-05-01", "", "", "", "", "");

        RejectedException refused = (RejectedException) org.assertj.core.api.Assertions.catchThrowable(
                () -> people.run(csv(good, changed, badDate, badSalary, badType, beforeBirth), area.admin()));

        assertThat(refused.errors())
                .extracting(FieldError::row, FieldError::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "birth_date"),
                        org.assertj.core.groups.Tuple.tuple(5, "salary"),
                        org.assertj.core.groups.Tuple.tuple(6, "employment_type"),
                        org.assertj.core.groups.Tuple.tuple(7, "appointed_on"));
        FieldError type = refused.errors().get(2);
        assertThat(type.message().th()).contains("ประเภทการจ้าง", "PERMANENT");
        assertThat(type.message().en()).contains("employment type", "PERMANENT");
        assertThat(refused.errors().get(3).message().en()).contains("first appointment must come after");
        // Nothing changed: no new person, the existing record as it was.
        assertThat(jdbc.sql("select count(*) from registry.person where area_id = :a")
                        .param("a", area.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(record(existing).get(0)).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(record(existing).get(4)).isEqualTo(new BigDecimal("30000.00"));
    }

    @Test
    void onlyThePersonnelGroupImportsTheRecordsColumns() {
        TestArea area = TestArea.open(context, "6902");
        area.school("0001", "โรงเรียนประวัติสาม");
        KhetUser planner = area.account("plan.6902", Role.AREA_STAFF, area.unit("PLAN"));
        KhetUser personnel = area.account("personnel.6902", Role.AREA_STAFF, area.unit("PERSONNEL"));
        String row = line(area, "690200000001", "สมชาย", "TEACHER", "1968-10-02", "", "", "", "", "", "");

        assertThatThrownBy(() -> people.run(csv(row), planner))
                .isInstanceOf(RejectedException.class)
                .satisfies(
                        e -> assertThat(((RejectedException) e).reason().en()).contains("personnel group"));
        assertThat(jdbc.sql("select count(*) from registry.person where area_id = :a")
                        .param("a", area.id())
                        .query(Integer.class)
                        .single())
                .isZero();

        people.run(csv(row), personnel);
        assertThat(record(area.personId("690200000001")).get(0)).isEqualTo(LocalDate.of(1968, 10, 2));
    }

    /** The import's report, or a failure listing every error the import found. */
    private org.khet.registry.ImportReport imported(byte[] file, KhetUser user) {
        try {
            return people.run(file, user);
        } catch (RejectedException e) {
            throw new AssertionError(
                    e.errors().stream().map(err -> err.message().en()).toList().toString());
        }
    }

    private List<Object> record(long person) {
        return jdbc.sql("""
                        select birth_date, appointed_on, at_school_since, position_number, salary, salary_level,
                               employment_type from personnel.employment where person_id = :p""")
                .param("p", person)
                .query((rs, n) -> java.util.Arrays.<Object>asList(
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getObject("appointed_on", LocalDate.class),
                        rs.getObject("at_school_since", LocalDate.class),
                        rs.getString("position_number"),
                        rs.getBigDecimal("salary"),
                        rs.getString("salary_level"),
                        rs.getString("employment_type")))
                .single();
    }

    static String line(TestArea area, String idSeed, String name, String position, String... record) {
        return String.join(
                ",",
                area.code(),
                ThaiNationalId.withCheckDigit(idSeed),
                name,
                "ทดสอบ" + area.code(),
                position,
                area.code() + "0001",
                String.join(",", quoted(record)));
    }

    private static List<String> quoted(String... cells) {
        return java.util.Arrays.stream(cells)
                .map(c -> c.contains(",") ? "\"" + c + "\"" : c)
                .toList();
    }

    static byte[] csv(String... rows) {
        return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
