package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Procurements over HTTP with an area of their own (6830, a stranger's 6831): created by a school clerk with the
 * school's code, refused field by field in Thai and English with nothing stored, changed with the version read (409
 * when stale), bids, award, contract and committee recorded; another school's clerk is told it does not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcurementApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Api clerk;
    Api otherClerk;
    Api staff;
    long[] supplier = new long[3];

    @BeforeAll
    void anAreaWithTwoSchoolsAndSuppliers() {
        TestArea area = TestArea.open(context, "6830");
        area.account("clerk.6830", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนจัดซื้อผ่าน API"));
        area.account("clerk2.6830", Role.SCHOOL_CLERK, area.school("0002", "โรงเรียนอื่นในเขต"));
        area.account("staff.6830", Role.AREA_STAFF, area.unit());
        clerk = Api.asUser(port, "clerk.6830", TestArea.PASSWORD);
        otherClerk = Api.asUser(port, "clerk2.6830", TestArea.PASSWORD);
        staff = Api.asUser(port, "staff.6830", TestArea.PASSWORD);
        for (int i = 0; i < supplier.length; i++) {
            supplier[i] = clerk.post("/api/v1/procurement/suppliers", """
                            {"area_code": "6830", "tax_id": "%s", "name": "ผู้ขาย API %d"}""".formatted(
                                    ThaiNationalId.withCheckDigit("01055500683" + i), i))
                    .json()
                    .get("id")
                    .asLong();
        }
    }

    @Test
    void aWrongProcurementIsRefusedFieldByFieldAndNothingIsStored() {
        int before = jdbc.sql("select count(*) from procurement.procurement where school_id is not null")
                .query(Integer.class)
                .single();
        Api.Response refused = clerk.post("/api/v1/procurements", """
                {"buyer": "68300001", "title": "", "category": "food", "method": "SPECIFIC", "budget": 750000,
                 "items": [{"description": "โต๊ะ", "quantity": 0, "unit": "ตัว", "unit_price": 1500}]}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body())
                .contains("title", "category", "method", "items[0].quantity")
                .contains("วิธีเฉพาะเจาะจง", "e-bidding", "750,000")
                .contains("Please give a title");
        assertThat(jdbc.sql("select count(*) from procurement.procurement where school_id is not null")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
        assertThat(clerk.post("/api/v1/procurements", """
                        {"buyer": "99999999", "title": "x", "category": "goods", "method": "SPECIFIC", "budget": 1}""").status()).isEqualTo(422);

        Api.Response wrongYear = clerk.post("/api/v1/procurements", """
                {"buyer": "68300001", "fiscal_year": 2400, "title": "x", "category": "goods", "method": "SPECIFIC",
                 "budget": 1}""");
        assertThat(wrongYear.status()).as(wrongYear.body()).isEqualTo(422);
        assertThat(wrongYear.body()).contains("\"field\":\"fiscal_year\"", "ปีงบประมาณต้องอยู่ระหว่าง 25");

        Api.Response wrongType = clerk.post("/api/v1/procurements", """
                {"buyer": "68300001", "title": "x", "category": "goods", "method": "SPECIFIC", "budget": "abc"}""");
        assertThat(wrongType.status())
                .as("a value of the wrong type names its field")
                .isEqualTo(422);
        assertThat(wrongType.body()).contains("\"field\":\"budget\"", "ค่าของ budget ไม่ใช่ชนิดที่ต้องการ");
        assertThat(clerk.post("/api/v1/procurements", "{\"buyer\": ").status())
                .as("JSON that cannot be read at all")
                .isEqualTo(400);
    }

    @Test
    void aProcurementIsCreatedChangedBidAwardedAndContracted() {
        Api.Response created = clerk.post("/api/v1/procurements", """
                {"buyer": "68300001", "title": "จัดซื้อโต๊ะเรียน", "category": "goods", "method": "SPECIFIC",
                 "budget": 150000, "reference_price": 148500.50, "reference_basis": "สืบราคาจากท้องตลาด",
                 "tender_start": "2026-12-10", "tender_end": "2026-12-17",
                 "items": [{"description": "โต๊ะนักเรียน", "classification_scheme": "UNSPSC",
                            "classification_code": "56121502", "quantity": 99, "unit": "ตัว", "unit_price": 1500}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode p = created.json();
        String ocid = p.get("ocid").asString();
        assertThat(ocid).startsWith("ocds-khet00-");
        assertThat(p.get("buyer").get("code").asString()).isEqualTo("68300001");
        assertThat(p.get("items_total").decimalValue()).isEqualByComparingTo("148500");
        assertThat(p.get("ocds_method").asString()).isEqualTo("direct");
        String path = "/api/v1/procurements/" + ocid;

        assertThat(otherClerk.get(path).status()).isEqualTo(404);
        assertThat(otherClerk.get("/api/v1/procurements?buyer=68300001").status())
                .isEqualTo(403);
        assertThat(staff.get(path).status()).isEqualTo(200);
        int year = p.get("fiscal_year").asInt();
        assertThat(staff.get("/api/v1/procurements?buyer=68300001&fiscal_year=" + year)
                        .body())
                .contains(ocid);

        String change = """
                {"version": %d, "title": "จัดซื้อโต๊ะและเก้าอี้เรียน", "category": "goods", "method": "SPECIFIC",
                 "budget": 150000, "status": "TENDER", "items": []}""";
        Api.Response changed = clerk.put(path, change.formatted(0));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("status").asString()).isEqualTo("TENDER");
        assertThat(clerk.put(path, change.formatted(0)).status()).isEqualTo(409);

        Api.Response bid = clerk.post(path + "/bids", """
                {"supplier_id": %d, "amount": 147000}""".formatted(supplier[0]));
        assertThat(bid.status()).as(bid.body()).isEqualTo(201);
        assertThat(bid.json().get("debarred").asBoolean()).isFalse();
        assertThat(clerk.post(path + "/bids", """
                        {"supplier_id": %d, "amount": 1, "disqualified": true}""".formatted(supplier[1])).body())
                .contains("disqualified_reason", "เหตุที่ไม่ผ่าน");
        long bidId = bid.json().get("id").asLong();
        long cheaper = clerk.post(path + "/bids", """
                        {"supplier_id": %d, "amount": 140000}""".formatted(supplier[1]))
                .json()
                .get("id")
                .asLong();
        String evaluation = path + "/bids/" + cheaper + "/evaluation";
        assertThat(clerk.put(evaluation, "{\"disqualified\": true}").body())
                .as("no reason, nothing changes")
                .contains("disqualified_reason", "เหตุที่ไม่ผ่าน");
        assertThat(clerk.get(path).body()).doesNotContain("หนังสือรับรองหมดอายุ");
        Api.Response found = clerk.put(evaluation, """
                {"disqualified": true, "disqualified_reason": "หนังสือรับรองหมดอายุ"}""");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains("หนังสือรับรองหมดอายุ");
        assertThat(clerk.post(path + "/award", """
                        {"bid_id": %d, "amount": 140000, "awarded_on": "2026-12-18"}""".formatted(cheaper)).status())
                .as("a disqualified bid cannot win")
                .isEqualTo(422);
        Api.Response award = clerk.post(path + "/award", """
                {"bid_id": %d, "amount": 146500, "awarded_on": "2026-12-18"}""".formatted(bidId));
        assertThat(award.status()).as(award.body()).isEqualTo(200);
        assertThat(award.json().get("status").asString()).isEqualTo("AWARDED");
        assertThat(clerk.put(evaluation, "{\"disqualified\": false}").status())
                .as("the award rests on the findings")
                .isEqualTo(422);
        assertThat(clerk.post(path + "/contract", """
                        {"number": "", "signed_on": "2026-12-01", "value": 0}""").body()).contains("number", "signed_on", "value");
        Api.Response contract = clerk.post(path + "/contract", """
                {"number": "ส 12/2570", "signed_on": "2026-12-20", "value": 146500}""");
        assertThat(contract.json().get("contract").get("number").asString()).isEqualTo("ส 12/2570");
        assertThat(clerk.post(path + "/committee", """
                        {"name": "นางชุมชน รักถิ่น", "role": "กรรมการตรวจรับพัสดุ", "community_representative": true}""").status()).isEqualTo(201);
        JsonNode whole = clerk.get(path).json();
        assertThat(whole.get("status").asString()).isEqualTo("CONTRACTED");
        assertThat(whole.get("committee").get(0).get("community_representative").asBoolean())
                .isTrue();
        assertThat(whole.get("award").get("supplier").asString()).isEqualTo("ผู้ขาย API 0");
    }
}
