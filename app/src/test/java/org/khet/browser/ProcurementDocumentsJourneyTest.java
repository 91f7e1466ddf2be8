package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.procurement.Suppliers;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A school clerk on a phone (390 px) records a procurement's invitation (its reference price and bidding period) and
 * its winner, and downloads the invitation and the winner announcement from the procurement's page: official
 * announcements written from what was recorded, no figure typed twice; then the contract, an amendment (refused
 * first for not saying what changed), a signed contract attached, and the month's สขร. 1 in Excel (area 6872).
 */
class ProcurementDocumentsJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void aClerkOnAPhoneRecordsAnInvitationAndAWinnerAndDownloadsTheAnnouncements() {
        TestArea area = TestArea.open(spring, "6872");
        KhetUser clerk = area.account("clerk.6872", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนประกาศบนมือถือ"));
        spring.getBean(Suppliers.class)
                .add(
                        area.id(),
                        new Suppliers.Draft(
                                ThaiNationalId.withCheckDigit("010555006872"),
                                "บริษัท ครุภัณฑ์พัทลุง จำกัด",
                                "พัทลุง",
                                List.of()),
                        clerk);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));

        signIn("clerk.6872", TestArea.PASSWORD);
        phone();
        page.navigate(url("/procurement/procurements/new"));
        page.getByLabel("ชื่อรายการ").fill("ครุภัณฑ์ห้องปฏิบัติการวิทยาศาสตร์");
        page.getByLabel("วงเงินงบประมาณ (บาท)").fill("650,000");
        page.locator("#show-methods").click();
        page.getByLabel("วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)").check();
        page.getByLabel("ราคากลาง (บาท)").fill("640,000");
        page.getByLabel("ที่มาของราคากลาง").fill("สืบราคาจากท้องตลาด 3 ราย");
        page.getByLabel("เริ่มยื่นข้อเสนอ").fill(today.toString());
        page.getByLabel("สิ้นสุดการยื่นข้อเสนอ").fill(today.plusDays(7).toString());
        page.locator("#create").click();
        assertThat(page.locator(".alert-success")).hasText("สร้างรายการจัดซื้อจัดจ้างแล้ว");
        assertThat(page.locator("#award-pdf")).hasCount(0);
        look("procurement-documents-invitation");

        String invitation = text(download("#invitation-pdf"), "procurement-invitation");
        org.assertj.core.api.Assertions.assertThat(invitation)
                .contains("ประกาศโรงเรียนประกาศบนมือถือ", "ครุภัณฑ์ห้องปฏิบัติการวิทยาศาสตร์")
                .contains("650,000.00", "640,000.00", "ประกาศ ณ วันที่");

        page.getByLabel("ราคาที่เสนอ (บาท)").fill("635,000");
        page.locator("#bids button").click();
        page.getByLabel("ราคาที่ตกลง (บาท)").fill("635,000");
        page.locator("#award-button").click();
        assertThat(page.locator(".alert-success")).hasText("ประกาศผู้ได้รับการคัดเลือกแล้ว");
        look("procurement-documents-awarded");

        String award = text(download("#award-pdf"), "procurement-award");
        org.assertj.core.api.Assertions.assertThat(award)
                .contains("ประกาศผู้ชนะการเสนอราคา", "บริษัท ครุภัณฑ์พัทลุง จำกัด", "635,000.00")
                .contains("ผู้อำนวยการโรงเรียนประกาศบนมือถือ");
        org.assertj.core.api.Assertions.assertThat(text(download("#reference-pdf"), "procurement-reference-price"))
                .contains("640,000.00", "สืบราคาจากท้องตลาด 3 ราย");

        page.getByLabel("เลขที่สัญญา").fill("สญ 1/2570");
        page.getByLabel("มูลค่าสัญญา (บาท)").fill("635,000");
        page.locator("#contract button").click();
        page.locator("#amendments summary").click();
        page.getByLabel("เหตุผลที่แก้ไข").fill("ผู้ขายขอขยายเวลาส่งมอบ");
        page.locator("#amendments button").click();
        assertThat(page.locator("#amendDescription-error"))
                .hasText("โปรดระบุสิ่งที่แก้ไข มูลค่าสัญญาใหม่ หรือวันสิ้นสุดสัญญาใหม่ อย่างน้อยหนึ่งอย่าง");
        page.getByLabel("เหตุผลที่แก้ไข").fill("ผู้ขายขอขยายเวลาส่งมอบ");
        page.getByLabel("วันสิ้นสุดสัญญาใหม่").fill(today.plusDays(60).toString());
        page.locator("#amendments button").click();
        assertThat(page.locator(".alert-success")).hasText("บันทึกการแก้ไขสัญญาแล้ว");
        assertThat(page.locator("#amendment-list")).containsText("ผู้ขายขอขยายเวลาส่งมอบ");
        page.locator("#attachments summary").click();
        page.getByLabel("ประเภทเอกสาร").selectOption("contractSigned");
        page.getByLabel("ชื่อเอกสาร").fill("สัญญาซื้อครุภัณฑ์ที่ลงนามแล้ว");
        page.getByLabel("ไฟล์ (PDF, PNG, JPEG, DOCX หรือ XLSX ไม่เกิน 20 MB)")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "contract.pdf", "application/pdf", "%PDF-1.4\n6872\n".getBytes(StandardCharsets.US_ASCII)));
        page.locator("#attachments button").click();
        assertThat(page.locator(".alert-success")).hasText("แนบไฟล์แล้ว");
        assertThat(page.locator("#attachment-list")).containsText("สัญญาซื้อครุภัณฑ์ที่ลงนามแล้ว");
        look("procurement-documents-amended");

        page.navigate(url("/procurement/procurements"));
        look("procurement-documents-list");
        try (var book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(download("#monthly-xlsx")))) {
            var row = book.getSheetAt(0).getRow(4);
            org.assertj.core.api.Assertions.assertThat(row.getCell(1).getStringCellValue())
                    .isEqualTo("ซื้อครุภัณฑ์ห้องปฏิบัติการวิทยาศาสตร์");
            org.assertj.core.api.Assertions.assertThat(row.getCell(2).getNumericCellValue())
                    .isEqualTo(650000.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path download(String link) {
        Download d = page.waitForDownload(() -> page.locator(link).click());
        return d.path();
    }

    /** The PDF's text as pdftotext reads it, its first page kept as a PNG in target/screenshots to look at. */
    static String text(Path pdf, String name) {
        try {
            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            new ProcessBuilder(
                            "pdftoppm",
                            "-r",
                            "80",
                            "-png",
                            "-singlefile",
                            pdf.toString(),
                            shots.resolve(name).toString())
                    .start()
                    .waitFor();
            Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text.replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
