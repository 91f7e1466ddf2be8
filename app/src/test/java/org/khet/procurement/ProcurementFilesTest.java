package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.BuddhistDates;
import org.khet.thai.FiscalYear;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The documents the law asks for, downloaded without an account from an area of their own (6870): the plan and the
 * monthly summary สขร. 1 hold the figures of the records (read back from Excel with POI and from the PDF with
 * pdftotext); the invitation, the reference-price disclosure and the winner announcement are written from the record
 * and signed by the school's director; the winner announcement only once awarded; an unknown procurement, buyer or
 * month is not found; a natural person's tax ID is in no public file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcurementFilesTest extends IntegrationTest {

    static final String SCHOOL = "68700001";
    static final String PERSON_TAX_ID = ThaiNationalId.withCheckDigit("310010068701");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Procurements procurements;

    @Autowired
    Tendering tendering;

    @Autowired
    Suppliers suppliers;

    Api anyone;
    Procurement selection;
    Procurement specific;
    LocalDate today;
    int fiscalYear;

    @BeforeAll
    void aSchoolThatBoughtPaperByInvitationAndChairsByTheSpecificMethod() {
        TestArea a = TestArea.open(context, "6870");
        long school = a.school("0001", "โรงเรียนเอกสารจัดซื้อ");
        KhetUser clerk = a.account("clerk.6870", Role.SCHOOL_CLERK, school);
        a.account("director.6870", Role.SCHOOL_DIRECTOR, school);
        anyone = Api.anonymous(port);
        today = LocalDate.now(MethodRules.THAILAND);
        fiscalYear = FiscalYear.of(today).buddhistYear();
        long first = supplier(a, clerk, ThaiNationalId.withCheckDigit("010555006870"), "บริษัท กระดาษดี จำกัด");
        long person = supplier(a, clerk, PERSON_TAX_ID, "นายสมชาย ขายของ");
        long third = supplier(a, clerk, ThaiNationalId.withCheckDigit("010555006872"), "ห้างหุ้นส่วน ดีพร้อม");
        selection = procurements.create(
                SCHOOL,
                new ProcurementDraft(
                        fiscalYear,
                        "กระดาษถ่ายเอกสารประจำปี",
                        "goods",
                        "SELECTION",
                        false,
                        new BigDecimal("300000"),
                        new BigDecimal("290000"),
                        "สืบราคาจากท้องตลาด 3 ร้าน",
                        today,
                        today,
                        null,
                        List.of(new ProcurementDraft.ItemDraft(
                                "กระดาษ A4 80 แกรม", "", "", new BigDecimal("2000"), "รีม", new BigDecimal("145")))),
                clerk);
        String ocid = selection.ocid();
        tendering.member(ocid, "นางสาวกรรมการ ราคากลาง", "ประธานกรรมการกำหนดราคากลาง", false, clerk);
        long winner = tendering
                .bid(ocid, new Tendering.NewBid(first, new BigDecimal("280000"), false, ""), clerk)
                .id();
        tendering.bid(ocid, new Tendering.NewBid(person, new BigDecimal("275000"), true, "เอกสารไม่ครบ"), clerk);
        tendering.bid(ocid, new Tendering.NewBid(third, new BigDecimal("286500"), false, ""), clerk);
        tendering.award(ocid, winner, new BigDecimal("280000"), today, clerk);
        tendering.contract(ocid, "สญ 6870/2570", today, new BigDecimal("280000"), clerk);
        selection = procurements.find(ocid, clerk);
        specific = procurements.create(
                SCHOOL,
                new ProcurementDraft(
                        fiscalYear,
                        "เก้าอี้นักเรียน",
                        "goods",
                        "SPECIFIC",
                        false,
                        new BigDecimal("45000"),
                        null,
                        "",
                        null,
                        null,
                        null,
                        List.of()),
                clerk);
    }

    long supplier(TestArea a, KhetUser by, String taxId, String name) {
        return suppliers.add(a.id(), new Suppliers.Draft(taxId, name, "พัทลุง", List.of()), by);
    }

    @Test
    void thePlanHoldsEveryProcurementOfTheYearWithItsBudgetAndMethod() {
        Sheet plan = sheet("/public/procurement/" + SCHOOL + "/plan.xlsx?year=" + fiscalYear);
        assertThat(plan.getRow(0).getCell(0).getStringCellValue()).contains("แผนการจัดซื้อจัดจ้าง", "" + fiscalYear);
        List<Object> paper = row(plan, "กระดาษถ่ายเอกสารประจำปี");
        assertThat(paper).contains(300000.0, "วิธีคัดเลือก", "ซื้อ");
        assertThat(row(plan, "เก้าอี้นักเรียน")).contains(45000.0, "วิธีเฉพาะเจาะจง");
        assertThat(row(plan, "รวม 2 รายการ")).contains(345000.0);

        String pdf = text(get("/public/procurement/" + SCHOOL + "/plan.pdf?year=" + fiscalYear, "application/pdf"));
        assertThat(pdf).contains("กระดาษถ่ายเอกสารประจำปี", "300,000.00", "345,000.00");
        assertThat(sheet("/public/procurement/" + SCHOOL + "/plan.xlsx?year=" + (fiscalYear - 5))
                        .getLastRowNum())
                .as("a year without procurements has only the total")
                .isEqualTo(4);
    }

    @Test
    void theMonthlySummaryHoldsTheBiddersTheWinnerTheReasonAndTheContract() {
        String month = "?year=" + BuddhistDates.toBuddhistYear(today.getYear()) + "&month=" + today.getMonthValue();
        Sheet summary = sheet("/public/procurement/" + SCHOOL + "/monthly.xlsx" + month);
        List<Object> paper = row(summary, "ซื้อกระดาษถ่ายเอกสารประจำปี");
        assertThat(paper).contains(1.0, 300000.0, 290000.0, "วิธีคัดเลือก", "ราคาต่ำสุดและเสนอราคาถูกต้องตามเงื่อนไข");
        assertThat(paper.get(5).toString())
                .contains("บริษัท กระดาษดี จำกัด ราคา 280,000.00 บาท")
                .contains("นายสมชาย ขายของ ราคา 275,000.00 บาท (ไม่ผ่าน: เอกสารไม่ครบ)")
                .contains("ห้างหุ้นส่วน ดีพร้อม ราคา 286,500.00 บาท");
        assertThat(paper.get(6)).isEqualTo("บริษัท กระดาษดี จำกัด ราคา 280,000.00 บาท");
        assertThat(paper.get(8).toString()).contains("สญ 6870/2570", BuddhistDates.abbreviated(today));
        assertThat(summary.getLastRowNum()).as("the chairs were not awarded").isEqualTo(4);

        String pdf = text(get("/public/procurement/" + SCHOOL + "/monthly.pdf" + month, "application/pdf"));
        assertThat(squeezed(pdf)).contains("สขร.1", "กระดาษถ่ายเอกสารประจำปี", "280,000.00", "สญ6870/2570");
        assertThat(pdf)
                .as("the contract's date wraps, if at all, between words, never inside ธ.ค.")
                .contains(BuddhistDates.abbreviated(today));
        YearMonth earlier = YearMonth.from(today).minusMonths(2);
        assertThat(sheet("/public/procurement/" + SCHOOL + "/monthly.xlsx?year="
                                + BuddhistDates.toBuddhistYear(earlier.getYear()) + "&month=" + earlier.getMonthValue())
                        .getLastRowNum())
                .isEqualTo(3);
    }

    @Test
    void theAnnouncementsAreWrittenFromTheRecordAndSignedByTheDirector() {
        String notices = "/public/procurement/notices/" + selection.ocid();
        String invitation = text(get(notices + "/invitation.pdf", "application/pdf"));
        assertThat(invitation)
                .contains("ประกาศโรงเรียนเอกสารจัดซื้อ", "กระดาษถ่ายเอกสารประจำปี", "วิธีคัดเลือก")
                .contains("300,000.00", "290,000.00", "ประกาศ ณ วันที่", "พ.ศ.")
                .contains("ผู้อำนวยการโรงเรียนเอกสารจัดซื้อ");
        String award = text(get(notices + "/award.pdf", "application/pdf"));
        assertThat(award).contains("บริษัท กระดาษดี จำกัด", "280,000.00", "ผู้ชนะการเสนอราคา");
        assertThat(squeezed(award)).contains("นายสมชายขายของ");
        String reference = text(get(notices + "/reference-price.pdf", "application/pdf"));
        assertThat(reference)
                .contains("290,000.00", "300,000.00", "สืบราคาจากท้องตลาด 3 ร้าน", "นางสาวกรรมการ ราคากลาง")
                .contains(BuddhistDates.full(today), "145.00", "290,000.00");
        String record =
                text(get("/public/procurement/notices/" + specific.ocid() + "/invitation.pdf", "application/pdf"));
        assertThat(record).contains("เฉพาะเจาะจง", "เก้าอี้นักเรียน", "45,000.00", "บันทึก ณ วันที่");
    }

    @Test
    void whatDoesNotExistYetIsNotFound() {
        assertThat(anyone.download("/public/procurement/notices/" + specific.ocid() + "/award.pdf", "application/pdf")
                        .status())
                .as("not awarded")
                .isEqualTo(404);
        assertThat(anyone.download(
                                "/public/procurement/notices/" + specific.ocid() + "/reference-price.pdf",
                                "application/pdf")
                        .status())
                .as("no reference price")
                .isEqualTo(404);
        assertThat(anyone.download("/public/procurement/notices/ocds-none-1/invitation.pdf", "application/pdf")
                        .status())
                .isEqualTo(404);
        assertThat(anyone.download("/public/procurement/68709999/plan.pdf", "application/pdf")
                        .status())
                .isEqualTo(404);
        assertThat(anyone.download("/public/procurement/" + SCHOOL + "/monthly.pdf?month=13", "application/pdf")
                        .status())
                .isEqualTo(404);
        assertThat(anyone.download("/public/procurement/" + SCHOOL + "/plan.doc", "application/pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void noPublicFileHoldsANaturalPersonsTaxId() throws IOException {
        String notices = "/public/procurement/notices/" + selection.ocid();
        String month = "?year=" + BuddhistDates.toBuddhistYear(today.getYear()) + "&month=" + today.getMonthValue();
        for (String pdf : List.of(
                notices + "/invitation.pdf",
                notices + "/award.pdf",
                notices + "/reference-price.pdf",
                "/public/procurement/" + SCHOOL + "/plan.pdf?year=" + fiscalYear,
                "/public/procurement/" + SCHOOL + "/monthly.pdf" + month)) {
            byte[] file = get(pdf, "application/pdf");
            Path shot = Path.of("target/shots/procurement-" + pdf.replaceAll("[^a-z0-9]+", "-") + ".pdf");
            Files.createDirectories(shot.getParent());
            Files.write(shot, file);
            assertThat(squeezed(text(file))).as(pdf).doesNotContain(PERSON_TAX_ID);
        }
        for (String xlsx : List.of(
                "/public/procurement/" + SCHOOL + "/plan.xlsx?year=" + fiscalYear,
                "/public/procurement/" + SCHOOL + "/monthly.xlsx" + month)) {
            assertThat(cells(sheet(xlsx))).as(xlsx).doesNotContain(PERSON_TAX_ID);
        }
    }

    byte[] get(String path, String accept) {
        Api.Download d = anyone.download(path, accept);
        assertThat(d.status()).as(path).isEqualTo(200);
        return d.body();
    }

    Sheet sheet(String path) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(get(path, "*/*")))) {
            return book.getSheetAt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of the first row with a cell reading {@code text}: numbers as doubles, the rest as text. */
    static List<Object> row(Sheet sheet, String text) {
        for (Row r : sheet) {
            List<Object> values = new ArrayList<>();
            for (Cell c : r) {
                values.add(c.getCellType() == CellType.NUMERIC ? (Object) c.getNumericCellValue() : c.toString());
            }
            if (values.contains(text)) {
                return values;
            }
        }
        throw new AssertionError("no row reads " + text);
    }

    static String cells(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(r -> r.forEach(c -> all.append(c).append('\t')));
        return all.toString();
    }

    /** The text without its spaces: a narrow table cell wraps a name where Thai has no space to break at. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** pdftotext (poppler-utils) reads the text back in the order it was drawn, a table cell by cell. */
    static String text(byte[] pdf) {
        try {
            Path file = Files.createTempFile("procurement", ".pdf");
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-raw", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Files.delete(file);
            return text.replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
