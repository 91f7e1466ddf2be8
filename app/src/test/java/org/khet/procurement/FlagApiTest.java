package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/procurements/{ocid}/flags} with an area of its own (6892): a school clerk's e-bidding with a
 * two-day submission period and a single bid shows R003 and R018 flagged, each with its evidence, the threshold in
 * force, its definition in Thai and English and its review state, once the listener has computed them; the area's
 * auditor reads them too; another school's clerk and another area's director are told it does not exist.
 */
class FlagApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aProcurementsFlagsComeWithEvidenceThresholdDefinitionAndReviewState() {
        TestArea area = TestArea.open(context, "6892");
        area.account("clerk.6892", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนธง API"));
        area.account("clerk2.6892", Role.SCHOOL_CLERK, area.school("0002", "โรงเรียนอื่น API"));
        area.account("auditor.6892", Role.INTERNAL_AUDITOR, null);
        TestArea.open(context, "6894").account("director.6894", Role.AREA_DIRECTOR, null);
        Api clerk = Api.asUser(port, "clerk.6892", TestArea.PASSWORD);
        long supplier = clerk.post(
                        "/api/v1/procurement/suppliers", """
                        {"area_code": "6892", "tax_id": "%s", "name": "ผู้ขายธง API"}""".formatted(ThaiNationalId.withCheckDigit("010555006892")))
                .json()
                .get("id")
                .asLong();
        LocalDate start = LocalDate.now(MethodRules.THAILAND);
        Api.Response created = clerk.post("/api/v1/procurements", """
                {"buyer": "68920001", "title": "ครุภัณฑ์คอมพิวเตอร์", "category": "goods", "method": "E_BIDDING",
                 "budget": 900000, "reference_price": 900000, "reference_basis": "สืบราคา 3 ร้าน",
                 "tender_start": "%s", "tender_end": "%s"}""".formatted(start, start.plusDays(2)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/procurements/" + created.json().get("ocid").asString();
        long bid = clerk.post(path + "/bids", "{\"supplier_id\": %d, \"amount\": 880000}".formatted(supplier))
                .json()
                .get("id")
                .asLong();
        Api.Response award = clerk.post(path + "/award", """
                {"bid_id": %d, "amount": 880000, "awarded_on": "%s"}""".formatted(bid, start.plusDays(3)));
        assertThat(award.status()).as(award.body()).isEqualTo(200);

        // Each change's recomputation runs after its commit, in turn; one started before the bid may answer
        // "no bids" for an indicator it reached early, until the bid's and the award's own recomputations follow.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode flags = clerk.get(path + "/flags").json().get("flags");
            return open(flags, "R003").path("state").asString("").equals("flagged")
                    && open(flags, "R018").path("state").asString("").equals("flagged")
                    && open(flags, "KHET_DEBARRED_BIDDER")
                            .path("state")
                            .asString("")
                            .equals("clear");
        });
        Api.Response answer = clerk.get(path + "/flags");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode r003 = open(answer.json().get("flags"), "R003");
        assertThat(r003.get("evidence").get("days").asInt()).isEqualTo(2);
        assertThat(r003.get("threshold").get("min_days_E_BIDDING").asInt()).isEqualTo(5);
        assertThat(r003.get("definition").get("th").asString()).contains("ระยะเวลายื่นข้อเสนอ");
        assertThat(r003.get("definition").get("en").asString()).contains("submission period");
        assertThat(r003.get("review").get("state").asString()).isEqualTo("OPEN");
        JsonNode r018 = open(answer.json().get("flags"), "R018");
        assertThat(r018.get("evidence").get("bidCount").asInt()).isEqualTo(1);
        JsonNode debarred = open(answer.json().get("flags"), "KHET_DEBARRED_BIDDER");
        assertThat(debarred.get("state").asString()).isEqualTo("clear");

        assertThat(Api.asUser(port, "auditor.6892", TestArea.PASSWORD)
                        .get(path + "/flags")
                        .status())
                .isEqualTo(200);
        assertThat(Api.asUser(port, "clerk2.6892", TestArea.PASSWORD)
                        .get(path + "/flags")
                        .status())
                .isEqualTo(404);
        assertThat(Api.asUser(port, "director.6894", TestArea.PASSWORD)
                        .get(path + "/flags")
                        .status())
                .isEqualTo(404);
    }

    private static JsonNode open(JsonNode flags, String code) {
        for (JsonNode f : flags) {
            if (f.get("code").asString().equals(code) && !f.hasNonNull("closed_at")) {
                return f;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }
}
