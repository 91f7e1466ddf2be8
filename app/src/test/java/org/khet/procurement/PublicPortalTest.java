package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public procurement portal over HTTP, without an account (area 6860 with two schools; 6861 for paging): an
 * area's page lists the office's and every school's notices newest change first, a school's only its own; filters by
 * year, status, method and school; Thai search by a whole word and by the start of one; 404 pages for codes and
 * notices that do not exist; a notice whole, with no natural person's tax ID; the Atom feed, parsed as XML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPortalTest extends IntegrationTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String PERSON_TAX_ID = ThaiNationalId.withCheckDigit("310060068600");
    static final String COMPANY_TAX_ID = ThaiNationalId.withCheckDigit("010555006860");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Api visitor;
    String desks;
    String roof;
    String computers;
    int year;

    @BeforeAll
    void anAreaWithAnOfficeAndTwoSchoolsBuying() {
        TestArea area = TestArea.open(context, "6860");
        area.account("clerk.6860", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนบ้านหนองบัว"));
        area.account("clerk2.6860", Role.SCHOOL_CLERK, area.school("0002", "โรงเรียนวัดป่าสัก"));
        area.account("staff.6860", Role.AREA_STAFF, area.unit());
        Api clerk = Api.asUser(port, "clerk.6860", TestArea.PASSWORD);
        Api otherClerk = Api.asUser(port, "clerk2.6860", TestArea.PASSWORD);
        Api staff = Api.asUser(port, "staff.6860", TestArea.PASSWORD);
        visitor = Api.anonymous(port);
        long company = supplier(clerk, COMPANY_TAX_ID, "บริษัท ครุภัณฑ์การศึกษา จำกัด");
        long person = supplier(clerk, PERSON_TAX_ID, "นายสมชาย ขายดี");

        roof = create(otherClerk, "68600002", "จ้างซ่อมแซมหลังคาอาคารเรียน", "services", 90000, "2.5");
        computers = create(staff, "6860", "จัดซื้อคอมพิวเตอร์สำหรับสำนักงาน", "goods", 400000);
        Api.Response cancelled = staff.put("/api/v1/procurements/" + computers, """
                {"version": 0, "title": "จัดซื้อคอมพิวเตอร์สำหรับสำนักงาน", "category": "goods", "method": "SPECIFIC",
                 "budget": 400000, "status": "CANCELLED", "items": []}""");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        desks = create(clerk, "68600001", "จัดซื้อโต๊ะนักเรียนพร้อมเก้าอี้", "goods", 150000);
        year = clerk.get("/api/v1/procurements/" + desks)
                .json()
                .get("fiscal_year")
                .asInt();
        String path = "/api/v1/procurements/" + desks;
        long won = clerk.post(path + "/bids", "{\"supplier_id\": %d, \"amount\": 147000}".formatted(company))
                .json()
                .get("id")
                .asLong();
        assertThat(clerk.post(path + "/bids", "{\"supplier_id\": %d, \"amount\": 149000}".formatted(person))
                        .status())
                .isEqualTo(201);
        assertThat(clerk.post(path + "/award", """
                        {"bid_id": %d, "amount": 146500, "awarded_on": "2026-12-18"}""".formatted(won)).status()).isEqualTo(200);
        assertThat(clerk.post(path + "/contract", """
                        {"number": "ส 31/2570", "signed_on": "2026-12-20", "value": 146500}""").status()).isEqualTo(200);
        assertThat(clerk.post(path + "/committee", """
                        {"name": "นางชุมชน รักถิ่น", "role": "กรรมการตรวจรับพัสดุ", "community_representative": true}""").status()).isEqualTo(201);

        TestArea many = TestArea.open(context, "6861");
        many.account("clerk.6861", Role.SCHOOL_CLERK, many.school("0001", "โรงเรียนซื้อบ่อย"));
        Api busy = Api.asUser(port, "clerk.6861", TestArea.PASSWORD);
        for (int i = 1; i <= PublicProcurementPages.PAGE_SIZE + 1; i++) {
            create(busy, "68610001", "จัดซื้อวัสดุครั้งที่ " + i, "goods", 1000 + i);
        }
    }

    @Test
    void anAreaListsTheOfficeAndEverySchoolNewestChangeFirstAndASchoolOnlyItsOwn() {
        Api.Response area = visitor.get("/public/procurement/6860");
        assertThat(area.status()).isEqualTo(200);
        String html = area.body();
        assertThat(html).contains("สพป.ทดสอบ 6860", "โรงเรียนบ้านหนองบัว", "โรงเรียนวัดป่าสัก", "วิธีเฉพาะเจาะจง");
        assertThat(html.indexOf("จัดซื้อโต๊ะนักเรียนพร้อมเก้าอี้"))
                .as("the last changed first")
                .isPositive()
                .isLessThan(html.indexOf("จัดซื้อคอมพิวเตอร์สำหรับสำนักงาน"));
        assertThat(html.indexOf("จัดซื้อคอมพิวเตอร์สำหรับสำนักงาน"))
                .isLessThan(html.indexOf("จ้างซ่อมแซมหลังคาอาคารเรียน"));
        assertThat(html).contains("150,000.00 บาท", "ลงนามสัญญาแล้ว", "ยกเลิก");
        assertThat(html)
                .as("the page names its feed for readers")
                .contains(
                        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/public/procurement/6860/feed.atom\"");

        assertThat(html)
                .as("the office's yearly plan, monthly summary and reference prices, one click away")
                .contains("/public/procurement/6860/plan.pdf?year=", "/public/procurement/6860/monthly.pdf")
                .contains("/public/procurement/6860/reference-prices");

        String school = visitor.get("/public/procurement/68600001").body();
        assertThat(school).contains("จัดซื้อโต๊ะนักเรียนพร้อมเก้าอี้", "/public/procurement/68600001/plan.pdf?year=");
        assertThat(school).doesNotContain("จ้างซ่อมแซมหลังคาอาคารเรียน", "จัดซื้อคอมพิวเตอร์สำหรับสำนักงาน");
    }

    @Test
    void filtersNarrowByYearStatusMethodAndSchool() {
        assertThat(titles("/public/procurement/6860?status=CANCELLED"))
                .containsExactly("จัดซื้อคอมพิวเตอร์สำหรับสำนักงาน");
        assertThat(titles("/public/procurement/6860?school=68600002")).containsExactly("จ้างซ่อมแซมหลังคาอาคารเรียน");
        assertThat(titles("/public/procurement/6860?year=" + year + "&method=SPECIFIC&status=CONTRACTED"))
                .containsExactly("จัดซื้อโต๊ะนักเรียนพร้อมเก้าอี้");
        assertThat(titles("/public/procurement/6860?method=E_BIDDING")).isEmpty();
        assertThat(titles("/public/procurement/6860?year=" + (year - 5))).isEmpty();
        assertThat(visitor.get("/public/procurement/6860?year=" + (year - 5)).body())
                .contains("ไม่พบประกาศที่ตรงกับเงื่อนไข");
        assertThat(titles("/public/procurement/6860?status=NOPE&method=&school=99999999"))
                .as("values that name nothing narrow nothing")
                .hasSize(3);
    }

    @Test
    void thaiWordsFindNoticesByAWholeWordAndByTheStartOfOne() {
        assertThat(titles("/public/procurement/6860?q=" + encode("โต๊ะ")))
                .containsExactly("จัดซื้อโต๊ะนักเรียนพร้อมเก้าอี้");
        assertThat(titles("/public/procurement/6860?q=" + encode("คอมพิว")))
                .as("the word being typed, by its start")
                .containsExactly("จัดซื้อคอมพิวเตอร์สำหรับสำนักงาน");
        assertThat(titles("/public/procurement/6860?q=" + encode("หนองบัว")))
                .as("by the buyer's name")
                .containsExactly("จัดซื้อโต๊ะนักเรียนพร้อมเก้าอี้");
        assertThat(titles("/public/procurement/6860?q=" + encode("ครุภัณฑ์")))
                .as("by a bidder's name, indexed when the bid was recorded")
                .containsExactly("จัดซื้อโต๊ะนักเรียนพร้อมเก้าอี้");
        assertThat(titles("/public/procurement/68600002?q=" + encode("โต๊ะ")))
                .as("a school's page searches only its own")
                .isEmpty();
        assertThat(titles("/public/procurement/6860?q=" + encode("ยานอวกาศ"))).isEmpty();
    }

    @Test
    void aLongListIsPaged() {
        String first = visitor.get("/public/procurement/6861").body();
        assertThat(count(first, "<article")).isEqualTo(PublicProcurementPages.PAGE_SIZE);
        assertThat(first).contains("จัดซื้อวัสดุครั้งที่ 21").contains("page=2");
        String second = visitor.get("/public/procurement/6861?page=2").body();
        assertThat(count(second, "<article")).isEqualTo(1);
        assertThat(second).contains("จัดซื้อวัสดุครั้งที่ 1<").doesNotContain("page=3");
    }

    @Test
    void codesAndNoticesThatDoNotExistAnswerAClear404() {
        for (String code : List.of("9999", "99999999", "abc")) {
            Api.Response missing = visitor.get("/public/procurement/" + code);
            assertThat(missing.status()).as(code).isEqualTo(404);
            assertThat(missing.body()).contains("ไม่พบหน่วยงานรหัส " + code, "สพป.ทดสอบ 6860");
        }
        Api.Response notice = visitor.get("/public/procurement/notices/ocds-khet00-0");
        assertThat(notice.status()).isEqualTo(404);
        assertThat(notice.body()).contains("ไม่พบประกาศเลขที่ ocds-khet00-0");
        assertThat(visitor.get("/public/procurement/9999/feed.atom").status()).isEqualTo(404);
    }

    @Test
    void aNoticeShowsItsRecordsWholeButNoNaturalPersonsTaxId() {
        Api.Response page = visitor.get("/public/procurement/notices/" + desks);
        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("จัดซื้อโต๊ะนักเรียนพร้อมเก้าอี้", "โรงเรียนบ้านหนองบัว", "ซื้อ", "วิธีเฉพาะเจาะจง")
                .contains("150,000.00 บาท", "สืบราคาจากท้องตลาด 3 ราย", "รวม 150,000.00 บาท")
                .contains("บริษัท ครุภัณฑ์การศึกษา จำกัด", "147,000.00 บาท", "นายสมชาย ขายดี", "149,000.00 บาท")
                .contains("146,500.00 บาท", "ส 31/2570", "นางชุมชน รักถิ่น", "ผู้แทนชุมชน")
                .contains("เลขประจำตัวผู้เสียภาษี " + COMPANY_TAX_ID);
        assertThat(html)
                .as("a natural person's tax ID is their national ID: not shown, not even masked")
                .doesNotContain(PERSON_TAX_ID, ThaiNationalId.mask(PERSON_TAX_ID), PERSON_TAX_ID.substring(0, 5));
        assertThat(html).contains("data-status=\"PLANNED\"", "data-status=\"AWARDED\"", "data-status=\"CONTRACTED\"");
        assertThat(html)
                .as("its documents and its OCDS record, linked")
                .contains("/public/procurement/notices/" + desks + "/invitation.pdf")
                .contains("/public/procurement/notices/" + desks + "/award.pdf")
                .contains("/api/v1/public/ocds/records/" + desks);
        assertThat(html)
                .as("why the method could be used: the band in force and its law")
                .contains("วงเงินไม่เกิน 500,000.00 บาท ตาม พ.ร.บ.การจัดซื้อจัดจ้างฯ 2560");
        assertThat(visitor.get("/public/procurement/notices/" + computers).body())
                .contains("data-status=\"CANCELLED\"");
        assertThat(visitor.get("/public/procurement/notices/" + roof).body())
                .as("a quantity keeps its decimals")
                .contains("2.5 รายการ × 36,000.00 บาท = 90,000.00 บาท");
        String english = visitor.with("Cookie", "khet-lang=en")
                .get("/public/procurement/notices/" + desks)
                .body();
        assertThat(english).contains("Selected supplier", "Contract number", "A budget up to 500,000.00 baht");
    }

    @Test
    void theAtomFeedIsValidXmlWithItsRequiredElementsAndIsCached() throws Exception {
        HttpResponse<byte[]> feed = fetch("/public/procurement/6860/feed.atom", null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        Element root = xml.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(child(root, "id")).endsWith("/public/procurement/6860/feed.atom");
        assertThat(child(root, "title")).isEqualTo("ประกาศจัดซื้อจัดจ้างของ สพป.ทดสอบ 6860");
        OffsetDateTime.parse(child(root, "updated"));
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        Element first = (Element) entries.item(0);
        assertThat(child(first, "title")).isEqualTo("จัดซื้อโต๊ะนักเรียนพร้อมเก้าอี้");
        assertThat(child(first, "id")).endsWith("/public/procurement/notices/" + desks);
        assertThat(child(first, "updated")).isEqualTo(child(root, "updated"));
        assertThat(child(first, "summary")).contains("โรงเรียนบ้านหนองบัว", "ลงนามสัญญาแล้ว", "150,000.00");
        Element link = (Element) first.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).endsWith("/public/procurement/notices/" + desks);
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "summary")) {
                assertThat(child(e, required)).as(required).isNotBlank();
            }
        }

        assertThat(feed.headers().firstValue("Cache-Control").orElse("")).contains("max-age=300");
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        assertThat(fetch("/public/procurement/6860/feed.atom", etag).statusCode())
                .isEqualTo(304);
    }

    private List<String> titles(String path) {
        Api.Response r = visitor.get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        List<String> found = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<h2 class=\"h6[^>]*><a href=\"[^\"]*\">([^<]*)</a>")
                .matcher(r.body());
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private HttpResponse<byte[]> fetch(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String child(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String encode(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static long supplier(Api clerk, String taxId, String name) {
        Api.Response r = clerk.post("/api/v1/procurement/suppliers", """
                {"area_code": "6860", "tax_id": "%s", "name": "%s"}""".formatted(taxId, name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static String create(Api clerk, String buyer, String title, String category, int budget) {
        return create(clerk, buyer, title, category, budget, "1");
    }

    /** A procurement of one item bought {@code quantity} times, costing the whole budget. */
    private static String create(Api clerk, String buyer, String title, String category, int budget, String quantity) {
        Api.Response r = clerk.post("/api/v1/procurements", """
                {"buyer": "%s", "title": "%s", "category": "%s", "method": "SPECIFIC", "budget": %d,
                 "reference_price": %d, "reference_basis": "สืบราคาจากท้องตลาด 3 ราย",
                 "items": [{"description": "%s", "quantity": %s, "unit": "รายการ", "unit_price": %s}]}""".formatted(
                        buyer,
                        title,
                        category,
                        budget,
                        budget,
                        "พัสดุของ" + title,
                        quantity,
                        new java.math.BigDecimal(budget).divide(new java.math.BigDecimal(quantity))));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("ocid").asString();
    }
}
