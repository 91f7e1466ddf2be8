package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Anyone reads the office's anonymised complaint figures; the legal officer takes the fuller ones to Excel. */
class StatisticsJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublicSummaryAndTheOfficeReportCountWhatWasReceived() throws Exception {
        // One tip-off of its own, so the figures are never trivially zero.
        var filed = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/public/complaints")))
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", "198.51.100.40")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                                        {"area_code": "9302", "category": "TIP_OFF", "subject": "สถิติ",
                                         "details": "นับด้วย", "anonymous": true}"""))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).isEqualTo(201);
        var fy = org.khet.thai.FiscalYear.of(java.time.LocalDate.now());
        long received = count("");
        assertThat(received).isPositive();
        long tipOffs = count("and category = 'TIP_OFF'");

        page.navigate(url("/public/complaints"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("สถิติเรื่องร้องเรียน"))
                .click();
        page.waitForURL(u -> u.contains("/public/complaints/summary"));
        // An installation of several area offices shows the first by code; this test reads the demo area's.
        if (page.locator("#s-area").count() > 0) {
            page.navigate(url("/public/complaints/summary?area=9302"));
        }
        assertThat(page.locator("h1")).containsText("ปีงบประมาณ " + fy.buddhistYear());
        assertThat(page.locator("#summary .card").first()).containsText(String.valueOf(received));
        assertThat(page.locator("#by-category tr", new Page.LocatorOptions().setHasText("แจ้งเบาะแสการทุจริต")))
                .containsText(String.valueOf(tipOffs));
        assertThat(page.locator("#by-channel")).hasCount(0);
        assertAccessible();
        screenshot("complaint-summary-public");

        signIn("legal", DEMO_PASSWORD);
        page.navigate(url("/complaints/reports"));
        assertThat(page.locator("#by-channel")).isVisible();
        var download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ดาวน์โหลด Excel"))
                        .click());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.createReadStream())) {
            var sheet = book.getSheetAt(0);
            long total = 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row != null
                        && row.getCell(1) != null
                        && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    total += (long) row.getCell(1).getNumericCellValue();
                }
            }
            assertThat(total).as("received per month adds up").isEqualTo(received);
        }
    }

    private long count(String and) {
        var fy = org.khet.thai.FiscalYear.of(java.time.LocalDate.now());
        return jdbc.sql("""
                        select count(*) from complaints.complaint c join registry.area a on a.id = c.area_id
                        where a.code = '9302' and (c.received_at at time zone 'Asia/Bangkok')::date between :f and :t
                        """ + and)
                .param("f", fy.start())
                .param("t", fy.end())
                .query(Long.class)
                .single();
    }
}
