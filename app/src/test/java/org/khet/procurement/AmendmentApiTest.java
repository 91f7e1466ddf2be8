package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

/**
 * Amendments and attached files over HTTP on an area of their own (6873): a wrong amendment or file is answered 422
 * naming each field in Thai and English; a good one 201, then listed; a file is read back as sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmendmentApiTest extends IntegrationTest {

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

    Api clerk;
    String path;
    LocalDate today;

    @BeforeAll
    void aContractedProcurement() {
        TestArea a = TestArea.open(context, "6873");
        KhetUser me = a.account("clerk.6873", Role.SCHOOL_CLERK, a.school("0001", "โรงเรียนแก้ไขสัญญาผ่าน API"));
        clerk = Api.asUser(port, "clerk.6873", TestArea.PASSWORD);
        today = LocalDate.now(MethodRules.THAILAND);
        long supplier = suppliers.add(
                a.id(),
                new Suppliers.Draft(ThaiNationalId.withCheckDigit("010555006873"), "ร้าน API 6873", "", List.of()),
                me);
        Procurement p = procurements.create(
                "68730001",
                new ProcurementDraft(
                        null,
                        "จ้างซ่อมประตู",
                        "works",
                        "SPECIFIC",
                        false,
                        new BigDecimal("20000"),
                        null,
                        "",
                        null,
                        null,
                        null,
                        List.of()),
                me);
        long bid = tendering
                .bid(p.ocid(), new Tendering.NewBid(supplier, new BigDecimal("19000"), false, ""), me)
                .id();
        tendering.award(p.ocid(), bid, new BigDecimal("19000"), today, me);
        tendering.contract(p.ocid(), "จ 6873", today, new BigDecimal("19000"), me);
        path = "/api/v1/procurements/" + p.ocid();
    }

    @Test
    void anAmendmentIsRefusedByFieldThenRecordedAndListed() {
        Api.Response refused = clerk.post(path + "/amendments", """
                {"amended_on": "%s", "rationale": "", "new_value": 0}""".formatted(today.plusDays(2)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body())
                .contains("amended_on", "rationale", "new_value")
                .contains("โปรดระบุเหตุผลที่แก้ไขสัญญา", "Please give the reason for the amendment");
        assertThat(clerk.get(path + "/amendments").json().get("amendments").size())
                .isZero();

        Api.Response made = clerk.post(path + "/amendments", """
                {"amended_on": "%s", "rationale": "ขยายเวลาเพราะฝนตก", "new_end": "%s"}""".formatted(today, today.plusDays(15)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(clerk.get(path + "/amendments")
                        .json()
                        .get("amendments")
                        .get(0)
                        .get("new_end")
                        .asString())
                .isEqualTo(today.plusDays(15).toString());
    }

    @Test
    void aFileIsRefusedByFieldThenAttachedAndReadBack() {
        byte[] pdf = "%PDF-1.7\n6873\n".getBytes(StandardCharsets.US_ASCII);
        String title = URLEncoder.encode("สัญญาจ้างซ่อมประตู", StandardCharsets.UTF_8);
        Api.Response refused = clerk.upload(path + "/documents?document_type=nonsense&title=" + title, "x.pdf", pdf);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("document_type", "โปรดเลือกประเภทเอกสาร", "Please choose a type");

        Api.Response made =
                clerk.upload(path + "/documents?document_type=contractSigned&title=" + title, "contract.pdf", pdf);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().get("id").asLong();
        assertThat(clerk.get(path + "/documents").body()).contains("contractSigned", "สัญญาจ้างซ่อมประตู");
        Api.Download file = clerk.download(path + "/documents/" + id + "/file", "application/pdf");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
    }
}
