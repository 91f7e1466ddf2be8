package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.AdminApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The school import through the API as the administrator, into area 6414 of the test's own (its school codes start
 * 6414, each test with its own six-digit prefix); area 6415 with school 64150001 is another area.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolImportTest extends AdminApiTest {

    @Autowired
    ApplicationContext context;

    long area;

    @BeforeAll
    void ownAreas() {
        area = TestArea.open(context, "6414").id();
        TestArea.open(context, "6415").school("0001", "โรงเรียนบ้านเขตอื่นนำเข้า");
    }

    /** Three schools whose codes start with {@code prefix} (six digits), so tests do not share rows. */
    static String good(String prefix, String network) {
        return """
                area_code,school_code,name_th,network,amphoe,tambon,students
                6414,%s01,โรงเรียนบ้านนาทอง,%s,เมือง,นาทอง,95
                6414,%s02,โรงเรียนวัดเขาแดง,%s,เมือง,เขาแดง,310
                6414,%s03,"โรงเรียนบ้านควน, สาขา",เครือข่ายใหม่%s,เมือง,ควน,1200
                """.formatted(prefix, network, prefix, network, prefix, network);
    }

    @Test
    void importsOnceThenChangesNothingOnTheSameFile() {
        String file = good("641400", "เครือข่ายนาทอง");
        var first = admin.upload("/api/v1/schools/import", "schools.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(3);
        assertThat(first.json().get("networks_created").asInt()).isEqualTo(2);
        long audits = auditRows();

        var again = admin.upload("/api/v1/schools/import", "schools.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(3);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isZero();
        assertThat(auditRows()).as("only the import summary is logged").isEqualTo(audits + 1);

        var school = admin.get("/api/v1/schools/64140003").json();
        assertThat(school.get("name_th").asString()).isEqualTo("โรงเรียนบ้านควน, สาขา");
        var listed = admin.get("/api/v1/schools?area=6414")
                .json()
                .get("items")
                .valueStream()
                .filter(s -> s.get("school_code").asString().equals("64140002"))
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("students").asInt()).isEqualTo(310);
        assertThat(listed.get("size_th").asString()).isEqualTo("ขนาดกลาง");
    }

    @Test
    void aChangedRowIsUpdatedAndAuditedWithBeforeAndAfter() {
        String file = good("641420", "เครือข่ายเขาแดง");
        admin.upload("/api/v1/schools/import", "schools.csv", file.getBytes(StandardCharsets.UTF_8));
        String changed = file.replace(
                "โรงเรียนวัดเขาแดง,เครือข่ายเขาแดง,เมือง,เขาแดง,310",
                "โรงเรียนวัดเขาแดงงาม,เครือข่ายเขาแดง,เมือง,เขาแดง,640");
        var r = admin.upload("/api/v1/schools/import", "schools.csv", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(r.json().get("updated").asInt()).isEqualTo(1);
        assertThat(r.json().get("unchanged").asInt()).isEqualTo(2);
        String after = jdbc.sql(
                        "select (x -> 'after')::text from platform.audit_event, jsonb_array_elements(changes) x "
                                + "where action = 'IMPORT' and x ->> 'type' = 'school' and x ->> 'id' = '64142002' "
                                + "order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(after).contains("โรงเรียนวัดเขาแดงงาม");
        String before = jdbc.sql(
                        "select (x -> 'before')::text from platform.audit_event, jsonb_array_elements(changes) x "
                                + "where action = 'IMPORT' and x ->> 'type' = 'school' and x ->> 'id' = '64142002' "
                                + "order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(before).contains("โรงเรียนวัดเขาแดง\"");
        assertThat(admin.get("/api/v1/schools?area=6414&q=64142002")
                        .json()
                        .get("items")
                        .get(0)
                        .get("size_th")
                        .asString())
                .isEqualTo("ขนาดใหญ่");
    }

    @Test
    void aFileWithBadRowsChangesNothingAndListsEveryError() {
        String bad = """
                area_code,school_code,name_th,network,amphoe,tambon,students
                6414,64149001,โรงเรียนดี,เครือข่ายดี,เมือง,ดี,50
                6414,6414900X,โรงเรียนรหัสผิด,เครือข่ายดี,เมือง,ดี,50
                6414,64149003,,เครือข่ายดี,เมือง,ดี,-4
                9999,64149004,โรงเรียนเขตผิด,เครือข่ายดี,เมือง,ดี,50
                6414,64149001,โรงเรียนซ้ำ,เครือข่ายดี,เมือง,ดี,50
                """;
        var r = admin.upload("/api/v1/schools/import", "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(422);
        var errors = r.json().get("errors").valueStream().toList();
        assertThat(errors)
                .extracting(e -> e.get("row").asInt() + ":" + e.get("field").asString())
                .containsExactlyInAnyOrder("3:school_code", "4:name_th", "4:students", "5:area_code", "6:school_code");
        assertThat(errors)
                .allMatch(e -> e.get("message_th").asString().startsWith("แถว ")
                        && e.get("message_en").asString().startsWith("Row "));
        assertThat(count("select count(*) from registry.school where code like '641490%'"))
                .isZero();
        assertThat(count("select count(*) from registry.network where area_id = " + area
                        + " and name_th = 'เครือข่ายดี'"))
                .isZero();
    }

    @Test
    void aSchoolCodeOfAnotherAreaIsRefused() {
        String other = """
                area_code,school_code,name_th,network,amphoe,tambon,students
                6414,64150001,โรงเรียนของเขตอื่น,เครือข่ายนาทอง,เมือง,นาทอง,95
                """;
        var r = admin.upload("/api/v1/schools/import", "other.csv", other.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("message_th").asString()).contains("เขตพื้นที่อื่น");
    }

    @Test
    void readsExcelAndThaiWindowsEncodedCsv() throws IOException {
        String csv = """
                area_code,school_code,name_th,network,amphoe,tambon,students
                6414,64147001,โรงเรียนบ้านทะเลน้อย,เครือข่ายทะเล,ควนขนุน,ทะเลน้อย,77
                """;
        var ansi =
                admin.upload("/api/v1/schools/import", "windows.csv", csv.getBytes(Charset.forName("x-windows-874")));
        assertThat(ansi.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/schools/64147001").json().get("name_th").asString())
                .isEqualTo("โรงเรียนบ้านทะเลน้อย");

        var xlsx = admin.upload("/api/v1/schools/import", "schools.xlsx", workbook());
        assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/schools/64147002").json().get("tambon").asString())
                .isEqualTo("พนางตุง");
    }

    @Test
    void studentsPerGradeAreImportedComparedAndChecked() {
        String file = """
                area_code,school_code,name_th,network,amphoe,tambon,students,p1,p2,p3,p4,p5,p6
                6414,64146001,โรงเรียนบ้านรายชั้น,เครือข่ายรายชั้น,เมือง,รายชั้น,,20,18,22,0,19,21
                """;
        var first = admin.upload("/api/v1/schools/import", "grades.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var grades = jdbc.sql(
                        "select grade || ':' || students from registry.enrolment e join registry.school s on s.id = e.school_id "
                                + "where s.code = '64146001' order by grade")
                .query(String.class)
                .list();
        assertThat(grades).containsExactly("P1:20", "P2:18", "P3:22", "P5:19", "P6:21");
        var row = admin.get("/api/v1/schools?area=6414&q=64146001")
                .json()
                .get("items")
                .get(0);
        assertThat(row.get("students").asInt()).isEqualTo(100);

        var again = admin.upload("/api/v1/schools/import", "grades.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(1);

        var moved = admin.upload(
                "/api/v1/schools/import",
                "grades.csv",
                file.replace(",20,18,", ",21,17,").getBytes(StandardCharsets.UTF_8));
        assertThat(moved.json().get("updated").asInt())
                .as("same total, different grades")
                .isEqualTo(1);

        var wrong = admin.upload(
                "/api/v1/schools/import",
                "grades.csv",
                file.replace(",รายชั้น,,", ",รายชั้น,99,").getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").get(0).get("message_th").asString())
                .contains("ไม่ตรงกับผลรวมรายชั้น (100)");
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("schools");
            String[][] rows = {
                {"area_code", "school_code", "name_th", "network", "amphoe", "tambon", "students"},
                {"6414", "64147002", "โรงเรียนบ้านพนางตุง", "เครือข่ายทะเล", "ควนขนุน", "พนางตุง", null}
            };
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    if (rows[i][c] != null) {
                        row.createCell(c).setCellValue(rows[i][c]);
                    }
                }
            }
            sheet.getRow(1).createCell(6).setCellValue(64);
            book.write(out);
            return out.toByteArray();
        }
    }

    private long auditRows() {
        return count("select count(*) from platform.audit_event");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
