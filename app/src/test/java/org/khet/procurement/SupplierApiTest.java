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
import tools.jackson.databind.JsonNode;

/**
 * The suppliers and method rules over HTTP with an area of its own (6810): names as the API style has them,
 * refusals in Thai and English, a person's tax ID masked to a reader who does not keep the list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Api clerk;
    Api teacher;
    Api stranger;

    @BeforeAll
    void anAreaWithAClerkAndATeacher() {
        TestArea area = TestArea.open(context, "6810");
        long school = area.school("0001", "โรงเรียนซื้อของ");
        area.account("clerk.6810", Role.SCHOOL_CLERK, school);
        area.account("teacher.6810", Role.TEACHER, school);
        TestArea other = TestArea.open(context, "6811");
        other.account("clerk.6811", Role.SCHOOL_CLERK, other.school("0001", "โรงเรียนเขตอื่น"));
        clerk = Api.asUser(port, "clerk.6810", TestArea.PASSWORD);
        teacher = Api.asUser(port, "teacher.6810", TestArea.PASSWORD);
        stranger = Api.asUser(port, "clerk.6811", TestArea.PASSWORD);
    }

    @Test
    void aSupplierAddedIsFoundAndAWrongOneIsRefusedFieldByField() {
        String person = ThaiNationalId.withCheckDigit("310010000777");
        Api.Response refused = clerk.post("/api/v1/procurement/suppliers", """
                {"area_code": "6810", "tax_id": "1234567890123", "name": " "}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("tax_id", "name", "เลขประจำตัวผู้เสียภาษี", "tax ID");

        Api.Response added = clerk.post("/api/v1/procurement/suppliers", """
                {"area_code": "6810", "tax_id": "%s", "name": "ร้านค้าทดสอบ 6810", "address": "พัทลุง",
                 "directors": ["นายสาม ใจดี"]}""".formatted(person));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(clerk.post("/api/v1/procurement/suppliers", """
                        {"area_code": "6810", "tax_id": "%s", "name": "ซ้ำ"}""".formatted(person))
                        .status())
                .isEqualTo(409);

        JsonNode mine = clerk.get("/api/v1/procurement/suppliers?area_code=6810&q=6810")
                .json()
                .get("suppliers");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("tax_id").asString()).isEqualTo(person);
        assertThat(mine.get(0).get("juristic").asBoolean()).isFalse();
        assertThat(mine.get(0).get("directors").get(0).asString()).isEqualTo("นายสาม ใจดี");
        assertThat(mine.get(0).get("debarred").asBoolean()).isFalse();

        String masked = teacher.get("/api/v1/procurement/suppliers?area_code=6810&q=6810")
                .body();
        assertThat(masked).contains(ThaiNationalId.mask(person)).doesNotContain(person);
        assertThat(teacher.post("/api/v1/procurement/suppliers", """
                        {"area_code": "6810", "tax_id": "%s", "name": "ครูเพิ่ม"}""".formatted(
                                        ThaiNationalId.withCheckDigit("010555006810")))
                        .status())
                .isEqualTo(403);
        assertThat(stranger.get("/api/v1/procurement/suppliers?area_code=6810").status())
                .isEqualTo(403);
    }

    @Test
    void theDemoAreaHasItsSampleSuppliers() {
        JsonNode demo = Api.asUser(port, "school.clerk", DEMO_PASSWORD)
                .get("/api/v1/procurement/suppliers?area_code=9302")
                .json()
                .get("suppliers");
        assertThat(demo).hasSize(4);
        assertThat(demo.findValuesAsString("name")).contains("ร้านบ้านนาพาณิชย์", "บริษัท ทะเลน้อยไอที จำกัด");
    }

    @Test
    void theMethodsABudgetAllowsOnADay() {
        JsonNode methods = clerk.get("/api/v1/procurement/method-rules?budget=450000&date=2026-12-06")
                .json()
                .get("methods");
        assertThat(methods).hasSize(2);
        assertThat(methods.get(0).has("ocds_method")).isTrue();
        assertThat(clerk.get("/api/v1/procurement/method-rules?budget=6000000&e_catalogue=true&date=2026-12-06")
                        .body())
                .contains("\"variant\":\"E_AUCTION\"", "\"ocds_method\":\"open\"", "\"up_to\":null");
    }
}
