package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OCDS releases and export on an area of their own (6850; a second school's procurement for the change feed):
 * a school's procurement planned, put out to tender, bid on by two companies and a natural person (one company
 * disqualified), awarded to the person and contracted; one cancelled; one of the office whose tender and committee
 * are changed in one transaction. Every package the export answers is checked against the OCDS 1.1 schemas.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OcdsExportTest extends IntegrationTest {

    static final String SCHOOL = "68500001";
    static final String OFFICE = "6850";

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

    @Autowired
    Amendments amendments;

    @Autowired
    OcdsSchemas schemas;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReleaseWriter writer;

    Api anyone;
    TestArea area;
    KhetUser clerk;
    KhetUser staff;
    String personTaxId = ThaiNationalId.withCheckDigit("310170068501");
    long company;
    long disqualifiedCompany;
    long person;
    String full;
    String cancelled;
    String office;

    @BeforeAll
    void procurementsOfASchoolAndTheOffice() {
        area = TestArea.open(context, "6850");
        clerk = area.account("clerk.6850", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนเปิดข้อมูลจัดซื้อ"));
        staff = area.account("staff.6850", Role.AREA_STAFF, area.unit());
        anyone = Api.anonymous(port).with("X-Forwarded-For", "10.68.50.1");
        company = supplier(ThaiNationalId.withCheckDigit("010555006850"), "บริษัท โต๊ะดี จำกัด");
        disqualifiedCompany = supplier(ThaiNationalId.withCheckDigit("010555006851"), "บริษัท เอกสารขาด จำกัด");
        person = supplier(personTaxId, "นายช่าง ไม้งาม");

        Procurement p = procurements.create(SCHOOL, draft("ชุดโต๊ะเก้าอี้นักเรียน", "SPECIFIC", "100000", null), clerk);
        full = p.ocid();
        procurements.update(full, p.version(), draft("ชุดโต๊ะเก้าอี้นักเรียน", "SPECIFIC", "100000", "TENDER"), clerk);
        tendering.bid(full, new Tendering.NewBid(company, new BigDecimal("97000"), false, null), clerk);
        long won = tendering
                .bid(full, new Tendering.NewBid(person, new BigDecimal("95000"), false, null), clerk)
                .id();
        tendering.bid(
                full, new Tendering.NewBid(disqualifiedCompany, new BigDecimal("90000"), true, "เอกสารไม่ครบ"), clerk);
        tendering.award(full, won, new BigDecimal("95000"), today(), clerk);
        tendering.contract(full, "สัญญา 6850/2570", today(), new BigDecimal("95000"), clerk);
        amendments.record(
                full,
                new Amendments.NewAmendment(
                        today(),
                        "เพิ่มจำนวนตามความต้องการ",
                        "เพิ่มโต๊ะ 2 ชุด",
                        new BigDecimal("99000"),
                        today().plusDays(30)),
                clerk);

        Procurement c = procurements.create(SCHOOL, draft("หมึกพิมพ์", "SPECIFIC", "20000", null), clerk);
        cancelled = c.ocid();
        procurements.update(cancelled, c.version(), draft("หมึกพิมพ์", "SPECIFIC", "20000", "CANCELLED"), clerk);

        Procurement o = procurements.create(OFFICE, draft("ระบบกล้องวงจรปิด", "E_BIDDING", "600000", null), staff);
        office = o.ocid();
        transactions.executeWithoutResult(t -> {
            procurements.update(office, o.version(), draft("ระบบกล้องวงจรปิด", "E_BIDDING", "600000", "TENDER"), staff);
            tendering.member(office, "นางกรรมการ หนึ่ง", "ประธานกรรมการ", false, staff);
        });
    }

    long supplier(String taxId, String name) {
        return suppliers.add(area.id(), new Suppliers.Draft(taxId, name, "พัทลุง", List.of()), clerk);
    }

    static LocalDate today() {
        return LocalDate.now(MethodRules.THAILAND);
    }

    static ProcurementDraft draft(String title, String method, String budget, String status) {
        BigDecimal amount = new BigDecimal(budget);
        return new ProcurementDraft(
                null,
                title,
                "goods",
                method,
                false,
                amount,
                amount.subtract(new BigDecimal("2000")),
                "สืบราคาจากท้องตลาด 3 ร้าน",
                today(),
                today().plusDays(7),
                status,
                List.of(
                        new ProcurementDraft.ItemDraft(
                                title,
                                "UNSPSC",
                                "56101700",
                                new BigDecimal("20"),
                                "ชุด",
                                amount.divide(new BigDecimal("40"))),
                        new ProcurementDraft.ItemDraft(
                                "ค่าขนส่ง", "", "", BigDecimal.ONE, "งาน", amount.divide(new BigDecimal("2")))));
    }

    @Test
    void eachChangeIsOneReleaseTaggedByWhatChangedAndChangesInOneTransactionAreOne() {
        assertThat(tags(record(full)))
                .containsExactly(
                        "[planning]",
                        "[tender]",
                        "[tenderUpdate]",
                        "[tenderUpdate]",
                        "[tenderUpdate]",
                        "[award]",
                        "[contract]",
                        "[contractAmendment]");
        assertThat(tags(record(cancelled))).containsExactly("[planning]", "[tenderCancellation]");
        assertThat(tags(record(office))).containsExactly("[planning]", "[tender]");
        JsonNode release = record(full).get("records").get(0).get("releases").get(7);
        assertThat(release.get("id").asString()).isEqualTo(full + "-8");
        assertThat(release.get("date").asString()).endsWith("+07:00");
    }

    @Test
    void theReleaseMapsTheProcurementAndPublishesNoNaturalPersonsId() {
        JsonNode r = lastRelease(full);
        assertThat(r.at("/buyer/id").asString()).isEqualTo("TH-OBEC-" + SCHOOL);
        JsonNode buyer = party(r, "TH-OBEC-" + SCHOOL);
        assertThat(buyer.at("/identifier/scheme").asString()).isEqualTo("TH-OBEC");
        assertThat(buyer.at("/identifier/id").asString()).isEqualTo(SCHOOL);
        assertThat(r.at("/planning/budget/amount/amount").isNumber()).isTrue();
        assertThat(r.at("/planning/budget/amount/amount").decimalValue()).isEqualByComparingTo("100000");
        assertThat(r.at("/planning/budget/amount/currency").asString()).isEqualTo("THB");
        JsonNode t = r.get("tender");
        assertThat(t.get("status").asString()).isEqualTo("complete");
        assertThat(t.get("procurementMethod").asString()).isEqualTo("direct");
        assertThat(t.get("procurementMethodDetails").asString()).isEqualTo("วิธีเฉพาะเจาะจง");
        assertThat(t.get("mainProcurementCategory").asString()).isEqualTo("goods");
        assertThat(t.at("/value/amount").decimalValue()).isEqualByComparingTo("98000");
        assertThat(t.at("/tenderPeriod/startDate").asString()).endsWith("T00:00:00+07:00");
        assertThat(t.at("/items/0/classification/scheme").asString()).isEqualTo("UNSPSC");
        assertThat(t.at("/items/0/unit/value/amount").decimalValue()).isEqualByComparingTo("2500");
        assertThat(t.at("/items/1/classification").isMissingNode()).isTrue();
        assertThat(t.get("numberOfTenderers").asInt()).isEqualTo(3);
        List<String> statuses = new ArrayList<>();
        r.at("/bids/details").forEach(b -> statuses.add(b.get("status").asString()));
        assertThat(statuses).containsExactly("valid", "valid", "disqualified");
        String companyTaxId = ThaiNationalId.withCheckDigit("010555006850");
        JsonNode juristic = party(r, "TH-DBD-" + companyTaxId);
        assertThat(juristic.at("/identifier/scheme").asString()).isEqualTo("TH-DBD");
        assertThat(juristic.at("/identifier/id").asString()).isEqualTo(companyTaxId);
        JsonNode natural = party(r, "khet-supplier-" + person);
        assertThat(natural.get("name").asString()).isEqualTo("นายช่าง ไม้งาม");
        assertThat(natural.has("identifier")).isFalse();
        assertThat(natural.get("roles").toString()).contains("supplier");
        JsonNode award = r.at("/awards/0");
        assertThat(award.at("/suppliers/0/id").asString()).isEqualTo("khet-supplier-" + person);
        assertThat(award.at("/value/amount").decimalValue()).isEqualByComparingTo("95000");
        assertThat(award.get("date").asString()).endsWith("+07:00");
        JsonNode contract = r.at("/contracts/0");
        assertThat(contract.get("awardID").asString()).isEqualTo(award.get("id").asString());
        assertThat(contract.get("title").asString()).isEqualTo("สัญญา 6850/2570");
        assertThat(contract.at("/value/currency").asString()).isEqualTo("THB");
        assertThat(contract.at("/value/amount").decimalValue())
                .as("the value as amended")
                .isEqualByComparingTo("99000");
        assertThat(contract.at("/period/endDate").asString()).isEqualTo(today().plusDays(30) + "T23:59:59+07:00");
        assertThat(contract.at("/amendments/0/rationale").asString()).isEqualTo("เพิ่มจำนวนตามความต้องการ");
        assertThat(contract.get("dateSigned").asString()).isEqualTo(today() + "T00:00:00+07:00");

        JsonNode o = lastRelease(office);
        assertThat(party(o, "TH-OBEC-" + OFFICE).at("/identifier/id").asString())
                .isEqualTo(OFFICE);
        assertThat(o.at("/tender/procurementMethod").asString()).isEqualTo("open");
        assertThat(o.at("/tender/status").asString()).isEqualTo("active");
        assertThat(lastRelease(cancelled).at("/tender/status").asString()).isEqualTo("cancelled");

        String everything = releases("").body();
        assertThat(everything).contains(full).doesNotContain(personTaxId).doesNotContain(personTaxId.substring(0, 9));
        assertThat(record(full).toString()).doesNotContain(personTaxId);
    }

    @Test
    void theRecordsCompiledReleaseMergesItsReleases() {
        JsonNode record = record(full).get("records").get(0);
        JsonNode compiled = record.get("compiledRelease");
        JsonNode latest = record.get("releases").get(7);
        assertThat(compiled.get("tag").toString()).isEqualTo("[\"compiled\"]");
        assertThat(compiled.get("date")).isEqualTo(latest.get("date"));
        assertThat(compiled.get("tender")).isEqualTo(latest.get("tender"));
        assertThat(compiled.at("/bids/details").size()).isEqualTo(3);
        assertThat(compiled.get("awards").size()).isEqualTo(1);
        assertThat(compiled.get("parties").size()).isEqualTo(4);
        assertThat(anyone.get("/api/v1/public/ocds/records/ocds-khet00-0").status())
                .isEqualTo(404);
    }

    @Test
    void buyerAndDatesNarrowTheReleases() {
        assertThat(ocids(releases("buyer=" + OFFICE))).containsOnly(office).hasSize(2);
        assertThat(ocids(releases("buyer=" + SCHOOL)))
                .containsOnly(full, cancelled)
                .hasSize(10);
        String day = today().toString();
        assertThat(ocids(releases("buyer=" + SCHOOL + "&from=" + day + "&to=" + day)))
                .hasSize(10);
        String releases = "/api/v1/public/ocds/releases?buyer=" + SCHOOL;
        assertThat(anyone.get(releases + "&from=" + today().plusDays(1)).status())
                .as("a package holds at least one release: none is not found")
                .isEqualTo(404);
        assertThat(anyone.get(releases + "&to=" + today().minusDays(1) + "&page=1")
                        .status())
                .isEqualTo(404);
        assertThat(anyone.get("/api/v1/public/ocds/releases?from=2569-13-01").body())
                .contains("from");
        assertThat(anyone.get("/api/v1/public/ocds/releases?from=06/12/2026").status())
                .isEqualTo(422);
        assertThat(anyone.get("/api/v1/public/ocds/releases?size=5000").status())
                .isEqualTo(422);
        assertThat(anyone.get("/api/v1/public/ocds/releases?page=0").status()).isEqualTo(422);
        assertThat(anyone.get("/api/v1/public/ocds/releases?since=nonsense").status())
                .isEqualTo(422);
    }

    @Test
    void pagesFollowLinksNextInTheOrderOfTheStream() throws Exception {
        List<String> streamed = ids(releases("buyer=" + SCHOOL));
        assertThat(releases("buyer=" + SCHOOL).json().has("links")).isFalse();
        assertThat(streamedInChunks("/api/v1/public/ocds/releases?buyer=" + SCHOOL))
                .as("written as read, without a length known beforehand")
                .isTrue();
        List<String> paged = new ArrayList<>();
        String next = "/api/v1/public/ocds/releases?buyer=" + SCHOOL + "&page=1&size=4";
        int pages = 0;
        while (next != null) {
            JsonNode page = valid(anyone.get(next));
            page.get("releases").forEach(r -> paged.add(r.get("id").asString()));
            pages++;
            next = page.has("links") ? path(page.at("/links/next").asString()) : null;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(paged).isEqualTo(streamed).hasSize(10);
    }

    @Test
    void theChangeFeedAnswersWhatCameAfterItsCursor() {
        KhetUser other = area.account("clerk2.6850", Role.SCHOOL_CLERK, area.school("0002", "โรงเรียนเฝ้าดูฟีด"));
        Procurement p = procurements.create("68500002", draft("กระดาษ A4", "SPECIFIC", "10000", null), other);
        String feed = "/api/v1/public/ocds/releases?buyer=68500002&size=1&since=" + today().minusDays(1);
        JsonNode first = valid(anyone.get(feed));
        assertThat(ids(first)).containsExactly(p.ocid() + "-1");
        String cursor = path(first.at("/links/next").asString());
        assertThat(anyone.get(cursor).status()).as("nothing new yet").isEqualTo(204);
        tendering.member(p.ocid(), "นายกรรมการ ตรวจรับ", "กรรมการตรวจรับพัสดุ", true, other);
        procurements.update(p.ocid(), p.version() + 1, draft("กระดาษ A4", "SPECIFIC", "10000", "TENDER"), other);
        JsonNode second = valid(anyone.get(cursor));
        assertThat(ids(second)).containsExactly(p.ocid() + "-2");
        JsonNode third = valid(anyone.get(path(second.at("/links/next").asString())));
        assertThat(ids(third)).containsExactly(p.ocid() + "-3");
        assertThat(third.at("/releases/0/tag").toString()).isEqualTo("[\"tender\"]");
    }

    @Test
    void everyReleaseStreamedIsValidAndABrokenPackageIsReportedInvalid() {
        JsonNode all = valid(releases(""));
        assertThat(all.get("releases").size()).isGreaterThanOrEqualTo(11);
        assertThat(all.get("version").asString()).isEqualTo("1.1");
        ObjectNode broken = (ObjectNode) all.deepCopy();
        broken.remove("publisher");
        ((ObjectNode) broken.get("releases").get(0)).putArray("tag").add("finished");
        ((ObjectNode) broken.get("releases").get(0)).put("date", "yesterday");
        assertThat(schemas.releasePackageErrors(broken))
                .anyMatch(e -> e.contains("publisher"))
                .anyMatch(e -> e.contains("/releases/0/tag/0"))
                .anyMatch(e -> e.contains("/releases/0/date"));
        ObjectNode brokenRecord = (ObjectNode) record(full).deepCopy();
        ((ObjectNode) brokenRecord.at("/records/0/compiledRelease")).remove("ocid");
        assertThat(schemas.recordPackageErrors(brokenRecord)).isNotEmpty();
    }

    @Test
    void releasesArePublishedOnceAndNeverChanged() {
        assertThatThrownBy(() -> jdbc.sql("update procurement.release set tag = '{planning}' where ocid = :o")
                        .param("o", full)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from procurement.release where ocid = :o")
                        .param("o", full)
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aProcurementRecordedBeforeReleasesGetsItsFirstReleaseAtStart() {
        String ocid = "ocds-khet00-before-releases-6850";
        long school = area.school("0003", "โรงเรียนก่อนมีประกาศ");
        jdbc.sql("""
                        insert into procurement.procurement (id, ocid, area_id, school_id, fiscal_year, title, category,
                            method, budget, status, created_by, updated_by)
                        values (nextval('procurement.procurement_id_seq'), :ocid, :area, :school, 2570, 'ถังน้ำ',
                            'goods', 'SPECIFIC', 5000, 'TENDER', 1, 1)""")
                .param("ocid", ocid)
                .param("area", area.id())
                .param("school", school)
                .update();
        writer.publishMissing();
        writer.publishMissing();
        assertThat(tags(record(ocid))).containsExactly("[planning,tender]");
        assertThat(lastRelease(ocid).at("/buyer/id").asString()).isEqualTo("TH-OBEC-68500003");
    }

    Api.Response releases(String query) {
        Api.Response r = anyone.get("/api/v1/public/ocds/releases?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        valid(r);
        return r;
    }

    boolean streamedInChunks(String path) throws Exception {
        java.net.http.HttpResponse<Void> r = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 200
                && r.headers().firstValue("Transfer-Encoding").orElse("").equals("chunked")
                && r.headers().firstValue("Content-Length").isEmpty();
    }

    JsonNode valid(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode pkg = r.json();
        assertThat(schemas.releasePackageErrors(pkg))
                .as("release package errors")
                .isEmpty();
        return pkg;
    }

    JsonNode record(String ocid) {
        Api.Response r = anyone.get("/api/v1/public/ocds/records/" + ocid);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode pkg = r.json();
        assertThat(schemas.recordPackageErrors(pkg)).as("record package errors").isEmpty();
        return pkg;
    }

    JsonNode lastRelease(String ocid) {
        JsonNode releases = record(ocid).at("/records/0/releases");
        return releases.get(releases.size() - 1);
    }

    static JsonNode party(JsonNode release, String id) {
        for (JsonNode party : release.get("parties")) {
            if (party.get("id").asString().equals(id)) {
                return party;
            }
        }
        throw new AssertionError("no party " + id + " in " + release.get("parties"));
    }

    static List<String> tags(JsonNode recordPackage) {
        List<String> tags = new ArrayList<>();
        recordPackage
                .at("/records/0/releases")
                .forEach(r -> tags.add(r.get("tag").toString().replace("\"", "")));
        return tags;
    }

    static List<String> ocids(Api.Response r) {
        List<String> ocids = new ArrayList<>();
        r.json().get("releases").forEach(x -> ocids.add(x.get("ocid").asString()));
        return ocids;
    }

    static List<String> ids(Api.Response r) {
        return ids(r.json());
    }

    static List<String> ids(JsonNode pkg) {
        List<String> ids = new ArrayList<>();
        pkg.get("releases").forEach(x -> ids.add(x.get("id").asString()));
        return ids;
    }

    /** The path and query of an absolute link the package names. */
    static String path(String link) {
        java.net.URI uri = java.net.URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
