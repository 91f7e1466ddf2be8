package org.khet.personnel;

import java.nio.charset.StandardCharsets;
import org.khet.registry.PeopleImport;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.context.ApplicationContext;

/** Schools and salaried government teachers of a test area for the salary-raise round tests. */
public final class SalaryRoundSchools {

    static final String PEOPLE = "area_code,national_id,first_name_th,last_name_th,position,school_code,birth_date,"
            + "appointed_on,at_school_since,position_number,salary,salary_level,employment_type\n";

    private SalaryRoundSchools() {}

    /**
     * Four schools of {@code area} with students in {@code year}: 120 (six criterion teachers), 100 (five), and two
     * of 20 (one each) in a small schools' network; two government teachers of level คศ.1 at the first (30,000 and
     * 41,000 baht) and one at the second (25,000).
     */
    public static void salaried(ApplicationContext context, TestArea area, int year) {
        Enrolled.schools(
                context,
                area,
                year,
                "0001,โรงเรียนใหญ่เงินเดือน,20,20,20,20,20,20",
                "0002,โรงเรียนกลางเงินเดือน,20,20,20,20,10,10",
                "เครือข่ายเล็ก|0003,โรงเรียนเล็กหนึ่ง,5,5,5,5,0,0",
                "เครือข่ายเล็ก|0004,โรงเรียนเล็กสอง,5,5,5,5,0,0");
        String c = area.code();
        String rows = PEOPLE
                + String.join(
                        "\n",
                        row(c, "01", "สมชาย", "0001", "30000"),
                        row(c, "02", "สมหญิง", "0001", "41000"),
                        row(c, "03", "สมศักดิ์", "0002", "25000"))
                + "\n";
        context.getBean(PeopleImport.class).run(rows.getBytes(StandardCharsets.UTF_8), area.admin());
    }

    /**
     * Government staff of the office's unit {@code unitCode} (level ชำนาญการ, no ceiling) with these salaries (blank:
     * no salary on record), named หน่วย{area}-{seed}, หน่วย{area}-{seed + 1}, …
     */
    public static void unitStaff(
            ApplicationContext context, TestArea area, String unitCode, int seed, String... salaries) {
        StringBuilder csv = new StringBuilder("area_code,national_id,first_name_th,last_name_th,position,unit_code,"
                + "birth_date,appointed_on,position_number,salary,salary_level,employment_type\n");
        for (int i = 0; i < salaries.length; i++) {
            String n = String.valueOf(seed + i);
            csv.append(String.join(
                            ",",
                            area.code(),
                            ThaiNationalId.withCheckDigit(area.code() + "000000" + n),
                            "หน่วย" + area.code() + "-" + n,
                            "กลุ่มงาน",
                            "GENERAL_OFFICER",
                            unitCode,
                            "1980-01-01",
                            "2005-05-16",
                            "",
                            salaries[i],
                            "ชำนาญการ",
                            "GOVERNMENT"))
                    .append('\n');
        }
        context.getBean(PeopleImport.class).run(csv.toString().getBytes(StandardCharsets.UTF_8), area.admin());
    }

    /** The results body of two people: {@code [{"person_id": a, "percent": percentA}, …]}. */
    static String results(long a, String percentA, long b, String percentB) {
        return "[{\"person_id\":%d,\"percent\":%s},{\"person_id\":%d,\"percent\":%s}]"
                .formatted(a, percentA, b, percentB);
    }

    /** The id of the person earning {@code salary} in a results answer's {@code people}. */
    static long personEarning(tools.jackson.databind.JsonNode people, String salary) {
        for (tools.jackson.databind.JsonNode p : people) {
            if (p.get("salary").decimalValue().compareTo(new java.math.BigDecimal(salary)) == 0) {
                return p.get("person_id").asLong();
            }
        }
        throw new AssertionError(salary);
    }

    private static String row(String area, String seed, String name, String school, String salary) {
        return String.join(
                ",",
                area,
                ThaiNationalId.withCheckDigit(area + "000000" + seed),
                name,
                "เงินเดือน" + area,
                "TEACHER",
                area + school,
                "1980-01-01",
                "2005-05-16",
                "2015-05-16",
                "",
                salary,
                "คศ.1",
                "GOVERNMENT");
    }
}
