package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.AdminApiTest;
import org.khet.WebSession;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Imports refuse files that would cost the server more than a file of their kind should: whole, saying why. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBoundsTest extends AdminApiTest {

    @Autowired
    ApplicationContext context;

    /** Area 6416 with school 64160001 (for a results row); the files name schools 6416xxxx. */
    @BeforeAll
    void ownArea() {
        TestArea.open(context, "6416").school("0001", "โรงเรียนบ้านขอบเขตไฟล์");
    }

    @Test
    void aHeaderOfAHundredThousandColumnsIsRefusedNamingTheCap() {
        StringBuilder csv = new StringBuilder("area_code,school_code,name_th,network,amphoe,tambon,students");
        for (int i = 0; i < 100_000; i++) {
            csv.append(",c").append(i);
        }
        csv.append("\n6416,64169901,โรงเรียนหัวตารางยาว,เครือข่าย,เมือง,ตำบล,10\n");

        var answer = admin.upload(
                "/api/v1/schools/import", "wide.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("detail_en").asString())
                .isEqualTo("The file has too many columns (100007); at most 200 are accepted");
        assertThat(answer.json().get("detail_th").asString()).contains("ไม่เกิน 200 คอลัมน์");
        assertThat(schools("64169901")).isZero();
    }

    @Test
    void trailingEmptyFieldsAsExcelSavesThemAreNoColumns() {
        String empty = ",".repeat(300);
        String csv = "area_code,school_code,name_th,network,amphoe,tambon,students,phone" + empty + "\n"
                + "6416,64169903,โรงเรียนช่องว่างท้ายแถว,เครือข่ายตะโหมด,เมือง,ตำบล,10,0812345678" + empty + "\n"
                + empty + "\n";

        var answer = admin.upload("/api/v1/schools/import", "excel.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(schools("64169903")).isOne();
    }

    @Test
    void anXlsxThatInflatesFarIsRefusedNamingTheLimit() throws IOException {
        byte[] bomb = xlsxBomb(50 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        var answer = admin.upload("/api/v1/schools/import", "bomb.xlsx", bomb);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("detail_en").asString())
                .contains("at most 100 MB once inflated")
                .contains("at most 100 times its compressed size");
        assertThat(answer.json().get("detail_th").asString()).contains("100 MB");
    }

    @Test
    void anUploadOverTheMultipartLimitAnswers413WithAProblemNamingTheLimit() {
        var answer = admin.upload("/api/v1/schools/import", "big.csv", new byte[21 * 1024 * 1024]);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("status").asInt()).isEqualTo(413);
        assertThat(answer.json().get("detail_en").asString())
                .isEqualTo("The upload is too large: at most 20 MB per file and 25 MB per request; nothing was saved");
        assertThat(answer.json().get("detail_th").asString()).contains("ไฟล์ละไม่เกิน 20 MB");
    }

    @Test
    void aFormUploadOverTheLimitAnswers413WithAPageNamingTheLimit() {
        WebSession browser = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);

        var answer = browser.postFile("/imports", "/imports/schools", "big.csv", new byte[21 * 1024 * 1024]);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body())
                .contains("ไฟล์ละไม่เกิน 20 MB")
                .contains("ส่งไฟล์ไม่ได้")
                .doesNotContain("Content Too Large");
    }

    @Test
    void aResultsFileWithFifteenHundredBadRowsIsRefusedWholeAndCounted() {
        StringBuilder csv = new StringBuilder("academic_year,exam,grade,school_code,subject,examinees,mean,sd\n");
        csv.append("2567,ONET,P6,64160001,MATH,20,12.345,5\n");
        for (int i = 0; i < 1500; i++) {
            csv.append("2567,ONET,P6,9%07d,MATH,20,45,5\n".formatted(i));
        }

        var answer = admin.upload(
                "/api/v1/achievement/imports", "results.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("detail_en").asString())
                .isEqualTo("The file has 1500 error(s); nothing was saved (the first 1000 are listed, 500 more are"
                        + " not)");
        assertThat(answer.json().get("errors")).hasSize(1001);
        assertThat(jdbc.sql("select count(*) from achievement.school_result where mean = 12.345")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRegistryFileWithFifteenHundredBadRowsIsRefusedWhole() {
        StringBuilder csv = new StringBuilder("area_code,school_code,name_th,network,amphoe,tambon,students\n");
        csv.append("6416,64169902,โรงเรียนแถวดี,เครือข่าย,เมือง,ตำบล,10\n");
        for (int i = 0; i < 1500; i++) {
            csv.append("9999,6416%04d,โรงเรียนแถวเสีย,เครือข่าย,เมือง,ตำบล,10\n".formatted(5000 + i));
        }

        var answer = admin.upload(
                "/api/v1/schools/import", "schools.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("detail_en").asString())
                .startsWith("The file has 1500 error(s); nothing was saved");
        assertThat(schools("64169902")).isZero();
    }

    private long schools(String code) {
        return jdbc.sql("select count(*) from registry.school where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    /** A workbook whose one sheet is {@code inflated} bytes of XML that deflate a thousandfold. */
    private static byte[] xlsxBomb(int inflated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[64 * 1024];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (int written = 0; written < inflated; written += blank.length) {
                zip.write(blank);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
