package org.khet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.khet.Api;
import org.khet.thai.ThaiNationalId;

/**
 * An area of a test's own (code {@code 86xx}) with one school, its director (with {@code directorEmail} in the
 * registry) and its clerk (with none, or {@code clerkEmail}), and an area director {@code dir<code>} with the
 * password {@code director-<code>-pw}.
 */
public final class SchoolOfTwo {

    private SchoolOfTwo() {}

    /** Makes the area through the API as {@code admin}; answers the school's code. */
    public static String make(Api admin, String area, String directorEmail) {
        return make(admin, area, directorEmail, "");
    }

    /** As {@link #make(Api, String, String)}, the clerk with {@code clerkEmail} in the registry. */
    public static String make(Api admin, String area, String directorEmail, String clerkEmail) {
        String school = area + "0001";
        admin.post("/api/v1/areas", """
                {"code":"%s","name_th":"สพป.ส่งรหัสผ่าน %s","name_en":"Password Delivery %s","letter_prefix":"ศธ 0%s"}""".formatted(area, area, area, area));
        admin.upload("/api/v1/schools/import", "schools.csv", """
                area_code,school_code,name_th,network,amphoe,tambon,students
                %s,%s,โรงเรียนบ้านส่งรหัส %s,เครือข่ายส่งรหัส,เมือง,นาทอง,120
                """.formatted(area, school, area)
                .getBytes(StandardCharsets.UTF_8));
        String people = "area_code,national_id,title,first_name_th,last_name_th,position,school_code,email\n"
                + person(area, 1, "นาง,สมศรี,ส่งถึง,SCHOOL_DIRECTOR", school, directorEmail)
                + person(area, 2, "นาย,สมชาย,ไม่มีอีเมล,GENERAL_OFFICER", school, clerkEmail);
        var imported = admin.upload("/api/v1/people/import", "people.csv", people.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        var director = admin.post("/api/v1/users", """
                {"username":"dir%s","password":"director-%s-pw","display_name":"ผอ.เขต ส่งรหัส %s",
                 "grants":[{"role":"AREA_DIRECTOR","area_code":"%s"}]}""".formatted(area, area, area, area));
        assertThat(director.status()).as(director.body()).isEqualTo(201);
        return school;
    }

    private static String person(String area, int n, String nameAndPosition, String school, String email) {
        return String.join(
                        ",",
                        area,
                        ThaiNationalId.withCheckDigit("3" + area + "000000" + n),
                        nameAndPosition,
                        school,
                        email)
                + "\n";
    }
}
