package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.TestClock;
import org.khet.WebSession;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The registers page over HTTP on an area of its own (6751): the rows in the regulation's columns, a cancelled row
 * kept with its reason, a secret subject only for the director, the PDF and Excel of a period, and who may see it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterPagesTest extends IntegrationTest {

    private static final String PAGE = "/correspondence/registers";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    CorrespondenceArea office;
    int year;

    @BeforeAll
    void anAreaWithADispatchRegisterOverThreeDays() {
        office = new CorrespondenceArea(context, port, "6751", 1);
        TestClock clock = context.getBean(TestClock.class);
        LocalDate today = context.getBean(Registers.class).today();
        year = today.getYear() + 543;
        // Registered on the last three days of this year so far (fewer at its very start), the earliest first.
        int daysBack = Math.min(2, today.getDayOfYear() - 1);
        clock.advance(Duration.ofDays(-daysBack));
        try {
            send("ขอเชิญประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน ประจำภาคเรียนที่ ๒ ปีการศึกษา ๒๕๖๙", "NONE");
            send("ส่งซ้ำโดยผิดพลาด", "NONE");
            send("สอบข้อเท็จจริงกรณีร้องเรียนครูผู้สอน", "SECRET");
            for (int i = 4; i <= 30; i++) {
                if (i % 10 == 0 && daysBack > 0) {
                    clock.advance(Duration.ofDays(1));
                    daysBack--;
                }
                send("รายงานผลการดำเนินงานโครงการอาหารกลางวัน ฉบับที่ " + i, "NONE");
            }
        } finally {
            clock.reset();
        }
    }

    @Test
    void theStaffSeeTheRowsCancelANumberWithItsReasonAndSecretSubjectsStayHidden() {
        WebSession staff = WebSession.signedIn(port, office.staffName, TestArea.PASSWORD);
        String query = "?org=6751&register=DISPATCH&year=" + year;
        String page = staff.get(PAGE + query).body();
        assertThat(page).contains("ทะเบียนหนังสือส่ง", "เลขทะเบียน", "การปฏิบัติ", "หมายเหตุ", "ศธ 06751/1");
        assertThat(page).doesNotContain("สอบข้อเท็จจริง").contains("แสดงเรื่องเฉพาะผู้บริหาร");

        var refused = staff.postForm(PAGE + query, PAGE + "/cancel", form(2, " "));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(staff.get(PAGE + query).body()).contains("กรุณาระบุเหตุผลที่ยกเลิกเลข");
        var cancelled = staff.postForm(PAGE + query, PAGE + "/cancel", form(2, "ออกเลขซ้ำกับหนังสือฉบับกระดาษ"));
        assertThat(cancelled.headers().firstValue("Location").orElse("")).contains(PAGE);
        String after = staff.get(PAGE + query).body();
        assertThat(after).contains("ยกเลิกเลข: ออกเลขซ้ำกับหนังสือฉบับกระดาษ").contains("text-decoration-line-through");

        WebSession director = WebSession.signedIn(port, "director.6751", TestArea.PASSWORD);
        assertThat(director.get(PAGE + query).body()).contains("สอบข้อเท็จจริงกรณีร้องเรียนครูผู้สอน");
    }

    @Test
    void theRegisterOfAPeriodDownloadsAsPdfAndExcel() throws Exception {
        WebSession staff = WebSession.signedIn(port, office.staffName, TestArea.PASSWORD);
        LocalDate today = context.getBean(Registers.class).today();
        String query = "?org=6751&register=DISPATCH&year=" + year + "&from="
                + (today.getDayOfYear() > 2 ? today.minusDays(2) : today.withDayOfYear(1)) + "&to=" + today;

        HttpResponse<byte[]> pdf = staff.download(PAGE + "/export.pdf" + query);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        Path shots = Path.of("target", "shots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("register-6751.pdf"), pdf.body());

        HttpResponse<byte[]> xlsx = staff.download(PAGE + "/export.xlsx" + query);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .contains("ทะเบียนหนังสือส่ง", "สพป.ทดสอบ 6751", String.valueOf(year));
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("เลขทะเบียน");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("วันที่ลงทะเบียน");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("ศธ 06751/1");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 30);
        }

        String nextYear = "?org=6751&register=DISPATCH&year=" + year + "&from="
                + today.withDayOfYear(1).plusYears(1);
        assertThat(staff.get(PAGE + nextYear).body()).contains("เลือกวันที่ภายในปี พ.ศ. " + year);
    }

    @Test
    void onlyThoseWhoActForTheOrganisationSeeItsRegisters() {
        WebSession clerk = WebSession.signedIn(port, "clerk1.6751", TestArea.PASSWORD);
        assertThat(clerk.get(PAGE + "?org=6751&register=DISPATCH").statusCode()).isEqualTo(403);
        assertThat(clerk.get(PAGE).body()).contains("โรงเรียนทดสอบ 6751-1");
        assertThat(clerk.download(PAGE + "/export.pdf?org=6751&register=DISPATCH")
                        .statusCode())
                .isEqualTo(403);
        var cancel =
                clerk.postForm(PAGE, PAGE + "/cancel", "org=6751&register=DISPATCH&year=" + year + "&entry=1&reason=x");
        assertThat(cancel.statusCode()).isEqualTo(403);
    }

    private String form(int sequence, String reason) {
        long entry = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("""
                        select id from correspondence.register_entry
                        where area_id = :a and school_id is null and register = 'DISPATCH' and sequence = :s""")
                .param("a", office.area.id())
                .param("s", sequence)
                .query(Long.class)
                .single();
        return "org=6751&register=DISPATCH&year=%d&entry=%d&reason=%s".formatted(year, entry, WebSession.enc(reason));
    }

    private void send(String subject, String secrecy) {
        Api.Response written = office.staffApi.post(
                "/api/v1/correspondence/letters",
                CorrespondenceArea.letter(
                        "6751", subject, false, secrecy, "{\"schools\": [\"" + office.schools.get(0) + "\"]}"));
        long id = written.json().get("id").asLong();
        assertThat(office.staffApi
                        .post("/api/v1/correspondence/letters/" + id + "/send", "")
                        .status())
                .isEqualTo(200);
    }
}
