package org.khet.personnel.transfer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.khet.personnel.Enrolled;
import org.khet.registry.PeopleImport;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.context.ApplicationContext;

/**
 * Schools of a test area for the transfer tests: 0001 has its teachers, 0002 (100 students, five criterion teachers)
 * and 0003 (60 students, three) have none, so the workforce plan finds them short; and government teachers at 0001
 * with the dates the minimum-time rule reads.
 */
public final class TransferSchools {

    private static final String HEADER = "area_code,national_id,first_name_th,last_name_th,position,school_code,"
            + "birth_date,appointed_on,at_school_since,position_number,salary,salary_level,employment_type\n";

    private TransferSchools() {}

    /** The three schools of {@code area} with students in academic year {@code year}. */
    public static void schools(ApplicationContext context, TestArea area, int year) {
        Enrolled.schools(
                context,
                area,
                year,
                "0001,โรงเรียนต้นทางย้าย,10,10,10,10,10,10",
                "0002,โรงเรียนขาดครูหนึ่ง,20,20,20,20,10,10",
                "0003,โรงเรียนขาดครูสอง,10,10,10,10,10,10");
    }

    /**
     * A government teacher of {@code area} at its school {@code schoolNumber}, first appointed on {@code appointedOn}
     * and there since {@code atSchoolSince} (null: the record lacks it); {@code seed} two digits. Their person id.
     */
    public static long teacher(
            ApplicationContext context,
            TestArea area,
            String seed,
            String firstName,
            String schoolNumber,
            LocalDate appointedOn,
            LocalDate atSchoolSince) {
        String row = String.join(
                ",",
                area.code(),
                ThaiNationalId.withCheckDigit(area.code() + "000000" + seed),
                firstName,
                "ย้าย" + area.code(),
                "TEACHER",
                area.code() + schoolNumber,
                "1985-01-01",
                appointedOn.toString(),
                atSchoolSince == null ? "" : atSchoolSince.toString(),
                "",
                "30000",
                "คศ.1",
                "GOVERNMENT");
        context.getBean(PeopleImport.class).run((HEADER + row + "\n").getBytes(StandardCharsets.UTF_8), area.admin());
        return area.personId(area.code() + "000000" + seed);
    }
}
