package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The reference-price pages and API with an area of their own (6882, a stranger's 6883): the office adds an entry,
 * a school's clerk adds quotes (a wrong one refused in Thai with nothing stored) and may not add entries; the
 * public page and JSON show each reference with its quartiles and evidence, never who recorded it; the
 * procurement's page offers the sum at the references with its basis, which the clerk confirms; the administrator
 * sets the rule from a day on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferencePricePagesTest extends IntegrationTest {

    private static final String PAGE = "/procurement/reference-prices";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceCatalogue catalogue;

    @Autowired
    Procurements procurements;

    @Autowired
    Tendering tendering;

    @Autowired
    Suppliers suppliers;

    TestArea area;
    KhetUser staff;
    KhetUser clerk;
    LocalDate today;

    @BeforeAll
    void anAreaWithAnOfficeAndASchool() {
        area = TestArea.open(context, "6882");
        clerk = area.account("clerk.6882", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนสืบราคา"));
        staff = area.account("staff.6882", Role.AREA_STAFF, area.unit());
        TestArea other = TestArea.open(context, "6883");
        other.account("clerk.6883", Role.SCHOOL_CLERK, other.school("0001", "โรงเรียนเขตอื่น"));
        today = context.getBean(ReferencePrices.class).today();
    }

    @AfterAll
    void theShippedRuleAgain() {
        jdbc.sql("delete from procurement.reference_rule where not shipped").update();
        jdbc.sql("update procurement.reference_rule set valid_until = null where shipped")
                .update();
    }

    @Test
    void theOfficeAddsAnEntryAndASchoolClerkAddsQuotesAWrongOneChangingNothing() {
        WebSession office = WebSession.signedIn(port, "staff.6882", TestArea.PASSWORD);
        HttpResponse<String> added = office.postForm(
                PAGE, PAGE + "/entries", "name=" + enc("สมุดปกอ่อน 6882") + "&unit=" + enc("เล่ม") + "&scheme=&code=");
        assertThat(added.statusCode()).isEqualTo(302);
        long entry = entryId("สมุดปกอ่อน 6882");

        WebSession school = WebSession.signedIn(port, "clerk.6882", TestArea.PASSWORD);
        assertThat(school.get(PAGE).body())
                .contains("ราคากลางของ สพป.ทดสอบ 6882", "สมุดปกอ่อน 6882", "หลักฐานยังไม่พอ (0 จาก 3 รายการ)")
                .doesNotContain("id=\"add-entry\"");
        HttpResponse<String> forbidden =
                school.postForm(PAGE, PAGE + "/entries", "name=" + enc("ดินสอ 6882") + "&unit=" + enc("แท่ง"));
        assertThat(forbidden.statusCode()).isEqualTo(403);

        int quotes = quotes(entry);
        HttpResponse<String> refused = school.postForm(
                PAGE,
                PAGE + "/quotes",
                "entry=" + entry + "&sourceKind=SHOP&source=" + enc("ร้านสหกรณ์") + "&quotedOn=" + today.plusDays(1)
                        + "&unitPrice=" + enc("สิบบาท"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("โปรดระบุวันที่ของราคา ซึ่งต้องไม่เลยวันนี้")
                .contains("ราคาต่อหน่วยต้องเป็นจำนวนบาทที่มากกว่า 0")
                .contains("value=\"สิบบาท\"", "value=\"ร้านสหกรณ์\"");
        assertThat(quotes(entry)).isEqualTo(quotes);

        for (String price : List.of("12", "14.50", "13")) {
            HttpResponse<String> saved = school.postForm(
                    PAGE,
                    PAGE + "/quotes",
                    "entry=" + entry + "&sourceKind=SHOP&source=" + enc("ร้านเครื่องเขียน " + price) + "&quotedOn="
                            + today + "&unitPrice=" + price);
            assertThat(saved.statusCode()).isEqualTo(302);
        }
        String page = school.get(PAGE + "?q=" + enc("ปกอ่อน")).body();
        assertThat(page).contains("13.00 บาทต่อเล่ม", "ควอร์ไทล์ที่ 1–3: 12.50 – 13.75 บาท", "ร้านเครื่องเขียน 14.50");
        assertThat(school.get(PAGE + "?q=" + enc("ไม่มีรายการนี้")).body()).contains("catalogue-none");
        assertThat(audited("PRICE_QUOTE_ADDED", entry)).isEqualTo(3);

        WebSession stranger = WebSession.signedIn(port, "clerk.6883", TestArea.PASSWORD);
        assertThat(stranger.get(PAGE + "?area=6882").statusCode()).isEqualTo(403);
    }

    @Test
    void thePublicReadsEachReferenceWithItsEvidenceButNotWhoRecordedIt() {
        long entry = catalogue.addEntry(
                area.id(), new ReferenceCatalogue.NewEntry("หมึกพิมพ์ 6882", "ตลับ", "UNSPSC", "44103105"), staff);
        for (String price : List.of("850", "900", "990", "1200")) {
            catalogue.addQuote(
                    entry,
                    new ReferenceCatalogue.NewQuote(
                            "WEBSITE", "www.shop" + price + ".example", today, new BigDecimal(price)),
                    clerk);
        }
        WebSession visitor = new WebSession(port, "10.68.82.1");
        HttpResponse<String> page = visitor.get("/public/procurement/6882/reference-prices");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("ราคากลางของ สพป.ทดสอบ 6882", "หมึกพิมพ์ 6882", "945.00 บาทต่อตลับ", "UNSPSC 44103105")
                .contains("www.shop1200.example", "เว็บไซต์")
                .doesNotContain("clerk.6882");
        assertThat(visitor.get("/public/procurement/9999/reference-prices").statusCode())
                .isEqualTo(404);

        Api api = Api.anonymous(port);
        Api.Response json = api.get("/api/v1/public/procurement/reference-prices?area_code=6882");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        JsonNode ink = null;
        for (JsonNode e : json.json().get("entries")) {
            if (e.get("id").asLong() == entry) {
                ink = e;
            }
        }
        assertThat(ink).isNotNull();
        assertThat(ink.get("reference").decimalValue()).isEqualByComparingTo("945.00");
        assertThat(ink.get("q1").decimalValue()).isEqualByComparingTo("887.50");
        assertThat(ink.get("q3").decimalValue()).isEqualByComparingTo("1042.50");
        assertThat(ink.get("evidence_count").asInt()).isEqualTo(4);
        assertThat(ink.get("classification_code").asString()).isEqualTo("44103105");
        JsonNode window = json.json().get("window");
        assertThat(window.get("months").asInt()).isEqualTo(12);
        assertThat(window.get("min_evidence").asInt()).isEqualTo(3);
        assertThat(window.get("from").asString())
                .isEqualTo(today.minusMonths(12).plusDays(1).toString());
        assertThat(json.body()).doesNotContain("recorded");
        assertThat(api.get("/api/v1/public/procurement/reference-prices?area_code=abc")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void theProcurementPageOffersTheSumAtTheReferencesAndTheClerkConfirmsIt() {
        long entry =
                catalogue.addEntry(area.id(), new ReferenceCatalogue.NewEntry("ไม้กวาดดอกหญ้า", "อัน", "", ""), staff);
        for (String price : List.of("40", "45", "50")) {
            catalogue.addQuote(
                    entry, new ReferenceCatalogue.NewQuote("SHOP", "ร้านตลาดสด", today, new BigDecimal(price)), clerk);
        }
        suppliers.add(
                area.id(),
                new Suppliers.Draft(ThaiNationalId.withCheckDigit("010555006882"), "ร้านไม้กวาด 6882", "", List.of()),
                clerk);
        Procurement p = procurements.create(
                "68820001",
                new ProcurementDraft(
                        null,
                        "จัดซื้อไม้กวาด",
                        "goods",
                        "SPECIFIC",
                        false,
                        new BigDecimal("2000"),
                        null,
                        "",
                        null,
                        null,
                        null,
                        List.of(new ProcurementDraft.ItemDraft(
                                "ไม้กวาดดอกหญ้า", "", "", new BigDecimal("30"), "อัน", new BigDecimal("48")))),
                clerk);
        String path = "/procurement/procurements/" + URLEncoder.encode(p.ocid(), StandardCharsets.UTF_8);
        WebSession school = WebSession.signedIn(port, "clerk.6882", TestArea.PASSWORD);
        String page = school.get(path).body();
        assertThat(page)
                .contains("ราคากลางจากหลักฐาน 45.00 บาท (ควอร์ไทล์ 42.50 – 47.50 บาท, หลักฐาน 3 รายการ)")
                .contains("1,350.00 บาท")
                .contains("ไม้กวาดดอกหญ้า ต่ออัน มัธยฐาน 45.00 บาท จากหลักฐาน 3 รายการ");
        assertThat(new WebSession(port, "10.68.82.2")
                        .get("/public/procurement/notices/" + p.ocid())
                        .body())
                .as("the public sees each item's reference and where its evidence is")
                .contains("ราคากลางจากหลักฐาน 45.00 บาท (ควอร์ไทล์ 42.50 – 47.50 บาท, หลักฐาน 3 รายการ)")
                .contains("/public/procurement/6882/reference-prices");

        HttpResponse<String> used = school.postForm(
                path,
                path + "/reference",
                "version=" + p.version() + "&referencePrice=" + enc("1,350.00") + "&referenceBasis="
                        + enc("ราคากลางจากหลักฐาน 3 ร้าน"));
        assertThat(used.statusCode()).isEqualTo(302);
        Procurement after = procurements.find(p.ocid(), clerk);
        assertThat(after.referencePrice()).isEqualByComparingTo("1350.00");
        assertThat(after.referenceBasis()).isEqualTo("ราคากลางจากหลักฐาน 3 ร้าน");
        assertThat(after.version()).isEqualTo(p.version() + 1);

        school.postForm(
                path, path + "/reference", "version=" + after.version() + "&referencePrice=abc&referenceBasis=x");
        assertThat(procurements.find(p.ocid(), clerk).referencePrice()).isEqualByComparingTo("1350.00");
        assertThat(school.get(path).body()).contains("ราคากลางต้องเป็นจำนวนบาทที่มากกว่า 0");
    }

    @Test
    void theAdministratorSetsTheRuleFromADayAndAWrongOneChangesNothing() {
        WebSession admin = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        String settings = "/admin/procurement";
        assertThat(admin.get(settings).body()).contains("เกณฑ์ราคากลางจากหลักฐาน", "ค่าเริ่มต้นของระบบ โปรดตรวจสอบ");
        LocalDate from = today.plusYears(5);
        admin.postForm(
                settings,
                settings + "/reference-rules",
                "windowMonths=18&minEvidence=5&from=" + from + "&source=" + enc("ว 6882/2574"));
        assertThat(admin.get(settings).body()).contains("ว 6882/2574", "บันทึกเกณฑ์ราคากลางแล้ว");
        int rules = jdbc.sql("select count(*) from procurement.reference_rule")
                .query(Integer.class)
                .single();
        admin.postForm(
                settings, settings + "/reference-rules", "windowMonths=0&minEvidence=5&from=" + from + "&source=x");
        assertThat(admin.get(settings).body()).contains("ช่วงเวลาของหลักฐานต้องเป็น 1 ถึง 120 เดือน");
        assertThat(jdbc.sql("select count(*) from procurement.reference_rule")
                        .query(Integer.class)
                        .single())
                .isEqualTo(rules);
    }

    private long entryId(String name) {
        return jdbc.sql("select id from procurement.reference_entry where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private int quotes(long entry) {
        return jdbc.sql("select count(*) from procurement.price_quote where entry_id = :e")
                .param("e", entry)
                .query(Integer.class)
                .single();
    }

    private int audited(String action, long entry) {
        return jdbc.sql("""
                        select count(*) from platform.audit_event where action = :a and area_id = :area
                          and entity_id in (select id::text from procurement.price_quote where entry_id = :e)""")
                .param("a", action)
                .param("area", area.id())
                .param("e", entry)
                .query(Integer.class)
                .single();
    }

    private static String enc(String s) {
        return WebSession.enc(s);
    }
}
