package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Importing OCDS release packages over HTTP, on an area of its own (6832, a stranger's area 6833): a package from an
 * older system with a school's procurement (two bids, one disqualified, the award and contract in one release) and the
 * office's (its tender and its award and contract in two releases, listed out of order) is imported by the office's
 * staff and then exported by Khet; importing it again changes nothing; a release amending the office's contract
 * changes just that; a procurement cannot move to another buyer; packages the schema or Khet's checks refuse, or a
 * stranger sends, store nothing; a method the budget did not allow on the procurement's day is stored with a warning;
 * Khet's own export imports as unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OcdsImportTest extends IntegrationTest {

    static final String PATH = "/api/v1/procurements/ocds";
    static final String SCHOOL_OCID = "ocds-imp6832-0001";
    static final String OFFICE_OCID = "ocds-imp6832-0002";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Procurements procurements;

    @Autowired
    OcdsSchemas schemas;

    final JsonMapper json = JsonMapper.builder().build();
    TestArea area;
    KhetUser clerk;
    Api staff;
    Api stranger;
    Api anyone;

    @BeforeAll
    void anAreaWithASchool() {
        area = TestArea.open(context, "6832");
        area.school("0001", "โรงเรียนนำเข้าข้อมูลจัดซื้อ");
        clerk = area.account("clerk.6832", Role.SCHOOL_CLERK, area.school("0002", "โรงเรียนส่งออกแล้วนำเข้า"));
        area.account("staff.6832", Role.AREA_STAFF, area.unit());
        TestArea other = TestArea.open(context, "6833");
        other.account("staff.6833", Role.AREA_STAFF, other.unit());
        staff = Api.asUser(port, "staff.6832", TestArea.PASSWORD);
        stranger = Api.asUser(port, "staff.6833", TestArea.PASSWORD);
        anyone = Api.anonymous(port).with("X-Forwarded-For", "10.68.32.1");
    }

    @Test
    @Order(1)
    void aPackageOfTwoProcurementsCreatesThemAndKhetExportsThem() {
        Api.Response r = staff.post(PATH, resource("import-two-procurements.json"));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(outcomes(r)).containsExactly(OFFICE_OCID + " created", SCHOOL_OCID + " created");
        JsonNode school = compiled(SCHOOL_OCID);
        assertThat(school.at("/buyer/name").asString()).isEqualTo("โรงเรียนนำเข้าข้อมูลจัดซื้อ");
        assertThat(school.at("/tender/procurementMethodDetails").asString()).isEqualTo("วิธีเฉพาะเจาะจง");
        assertThat(school.at("/tender/title").asString()).isEqualTo("กระดานไวท์บอร์ดห้องเรียน");
        assertThat(school.at("/bids/details")).hasSize(2);
        assertThat(statuses(school)).containsExactlyInAnyOrder("valid 93000", "disqualified 91000.5");
        assertThat(school.at("/awards/0/suppliers/0/id").asString()).isEqualTo("TH-DBD-0105550068329");
        assertThat(school.at("/contracts/0/title").asString()).isEqualTo("สัญญาเลขที่ 12/2570");
        assertThat(school.at("/planning/budget/description").asString()).contains("2570");
        JsonNode office = compiled(OFFICE_OCID);
        assertThat(office.at("/buyer/id").asString()).isEqualTo("TH-OBEC-6832");
        assertThat(office.at("/tender/procurementMethodDetails").asString())
                .isEqualTo(Method.E_BIDDING.label().th());
        assertThat(office.at("/awards/0/suppliers/0/name").asString()).isEqualTo("บริษัท กล้องใส จำกัด");
        assertThat(office.at("/contracts/0/value/amount").decimalValue()).isEqualByComparingTo("615000");
        assertThat(jdbc.sql("select count(*) from procurement.supplier where area_id = :a")
                        .param("a", area.id())
                        .query(Integer.class)
                        .single())
                .as("three suppliers added from their parties, the company bidding twice once")
                .isEqualTo(3);
        assertThat(staff.get("/api/v1/procurements/" + SCHOOL_OCID)
                        .json()
                        .at("/bids/0/disqualified_reason")
                        .asString())
                .isEqualTo("ยื่นเอกสารไม่ครบ");
        assertThat(importAudits()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theSamePackageAgainChangesNothing() {
        int releases = releases();

        Api.Response r = staff.post(PATH, resource("import-two-procurements.json"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(outcomes(r)).containsExactly(OFFICE_OCID + " unchanged", SCHOOL_OCID + " unchanged");
        assertThat(releases()).isEqualTo(releases);
        assertThat(jdbc.sql("""
                        select username || ' ' || (after ->> 'created') || ' ' || (after ->> 'updated') || ' '
                            || (after ->> 'unchanged') from platform.audit_event
                        where action = 'OCDS_IMPORT' and area_id = :a order by id""").param("a", area.id()).query(String.class).list())
                .containsExactly("staff.6832 2 0 0", "staff.6832 0 0 2");
    }

    @Test
    @Order(3)
    void aProcurementCannotMoveToAnotherBuyer() {
        ObjectNode pkg = pkg("import-two-procurements.json");
        ObjectNode school = onlyTheSchools(pkg);
        party(school, "TH-OBEC-68320001").withObject("/identifier").put("id", "68320002");

        Api.Response r = staff.post(PATH, pkg.toString());

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(fields(r)).containsExactly(SCHOOL_OCID + ": buyer");
        assertThat(r.json().at("/errors/0/message_en").asString()).contains("68320001");
    }

    @Test
    @Order(4)
    void aReleaseAmendingTheContractChangesJustThat() {
        Api.Response r = staff.post(PATH, resource("import-contract-amended.json"));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(outcomes(r)).containsExactly(OFFICE_OCID + " updated");
        JsonNode office = compiled(OFFICE_OCID);
        assertThat(office.at("/contracts/0/value/amount").decimalValue()).isEqualByComparingTo("620000");
        assertThat(office.at("/contracts/0/amendments/0/rationale").asString()).isEqualTo("เพิ่มกล้องบริเวณลานจอดรถ");
        assertThat(office.at("/tender/title").asString()).isEqualTo("ระบบกล้องวงจรปิดสำนักงานเขต");
        assertThat(staff.post(PATH, resource("import-contract-amended.json"))
                        .json()
                        .at("/procurements/0/outcome")
                        .asString())
                .isEqualTo("unchanged");
    }

    @Test
    @Order(5)
    void aPackageTheSchemaRefusesIsListedAndNothingStored() {
        ObjectNode pkg = pkg("import-two-procurements.json");
        ObjectNode first = (ObjectNode) pkg.at("/releases/0");
        first.remove("date");
        first.put("ocid", "ocds-imp6832-0009");
        ((ObjectNode) pkg.at("/releases/1/tender")).put("status", "somewhere");
        int releases = releases();

        Api.Response r = staff.post(PATH, pkg.toString());

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("detail_th").asString()).contains("สคีมา OCDS");
        assertThat(r.json().get("detail_en").asString()).contains("OCDS 1.1 schema");
        List<String> fields = fields(r);
        assertThat(fields).contains("/releases/0", "/releases/1/tender/status");
        assertThat(r.json().at("/errors/0/message_en").asString()).startsWith("Not as the OCDS schema says");
        assertThat(releases()).isEqualTo(releases);
        assertThat(staff.get("/api/v1/procurements/ocds-imp6832-0009").status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void aReleaseDatedWithoutItsTimeIsRefused() {
        ObjectNode pkg = pkg("import-two-procurements.json");
        ((ObjectNode) pkg.at("/releases/1")).put("date", "2026-10-28");

        Api.Response r = staff.post(PATH, pkg.toString());

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(fields(r)).contains("/releases/1/date");
    }

    @Test
    @Order(7)
    void khetsChecksAreReportedTogetherAndNothingStored() {
        ObjectNode pkg = pkg("import-two-procurements.json");
        ArrayNode releases = (ArrayNode) pkg.get("releases");
        for (JsonNode release : releases) {
            ((ObjectNode) release).put("ocid", release.get("ocid").asString().replace("6832-", "6832-9"));
            ((ObjectNode) release).put("id", release.get("id").asString().replace("6832-", "6832-9"));
        }
        ObjectNode school = (ObjectNode) releases.get(1);
        party(school, "TH-OBEC-68320001").withObject("/identifier").put("id", "68329999");
        party(school, "TH-DBD-0105550068337").withObject("/identifier").put("id", "0105550068330");
        ObjectNode officeTender = (ObjectNode) releases.get(2);
        officeTender.withObject("/tender/value").put("currency", "USD");
        ObjectNode officeAward = (ObjectNode) releases.get(0);
        officeAward.withObject("/tender").put("procurementMethod", "selective");
        ObjectNode person = party(officeAward, "TH-DBD-0105550068329");
        person.remove("identifier");
        int before = releases();

        Api.Response r = staff.post(PATH, pkg.toString());

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("detail_th").asString()).contains("ไม่ได้บันทึกสิ่งใด");
        assertThat(fields(r))
                .contains(
                        "ocds-imp6832-90001: buyer",
                        "ocds-imp6832-90001: bids.details[1].tenderers",
                        "ocds-imp6832-90002: tender.procurementMethod",
                        "ocds-imp6832-90002: tender.value.currency",
                        "ocds-imp6832-90002: bids.details[0].tenderers");
        assertThat(r.body()).contains("TH-DBD").contains("68329999");
        assertThat(releases()).isEqualTo(before);
    }

    @Test
    @Order(8)
    void anotherAreasStaffMayNotImportItsProcurements() {
        ObjectNode pkg = pkg("import-two-procurements.json");
        for (JsonNode release : pkg.get("releases")) {
            ((ObjectNode) release).put("ocid", release.get("ocid").asString() + "x");
            ((ObjectNode) release).put("id", release.get("id").asString() + "x");
        }

        Api.Response r = stranger.post(PATH, pkg.toString());

        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(staff.get("/api/v1/procurements/" + SCHOOL_OCID + "x").status())
                .isEqualTo(404);
    }

    @Test
    @Order(9)
    void historyThatBrokeAMethodRuleIsStoredAndTheAnswerSaysSo() {
        ObjectNode pkg = pkg("import-two-procurements.json");
        ObjectNode school = onlyTheSchools(pkg);
        school.put("ocid", "ocds-imp6832-0003").put("id", "ocds-imp6832-0003-1");
        school.withObject("/planning/budget/amount").put("amount", new BigDecimal("900000"));

        Api.Response r = staff.post(PATH, pkg.toString());

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode outcome = r.json().at("/procurements/0");
        assertThat(outcome.get("outcome").asString()).isEqualTo("created");
        assertThat(outcome.at("/warnings/0/message_th").asString())
                .contains("2026-10-15")
                .contains("900000")
                .contains("วิธีเฉพาะเจาะจง");
        assertThat(outcome.at("/warnings/0/message_en").asString())
                .contains("Specific method")
                .contains("stored as it happened");
        assertThat(compiled("ocds-imp6832-0003")
                        .at("/planning/budget/amount/amount")
                        .decimalValue())
                .isEqualByComparingTo("900000");
    }

    @Test
    @Order(10)
    void khetsOwnExportImportsAsUnchanged() {
        Procurement p = procurements.create(
                "68320002",
                new ProcurementDraft(
                        null,
                        "หนังสือเรียนภาษาไทย",
                        "goods",
                        "SPECIFIC",
                        false,
                        new BigDecimal("48000"),
                        new BigDecimal("47500.50"),
                        "สืบราคาจากร้านหนังสือ 3 ร้าน",
                        OcdsExportTest.today(),
                        OcdsExportTest.today().plusDays(5),
                        null,
                        List.of(new ProcurementDraft.ItemDraft(
                                "หนังสือเรียน ป.1", "", "", new BigDecimal("40"), "เล่ม", new BigDecimal("1187.51")))),
                clerk);
        Api.Response exported = anyone.get("/api/v1/public/ocds/releases?buyer=68320002");
        assertThat(exported.status()).as(exported.body()).isEqualTo(200);

        Api.Response r = staff.post(PATH, exported.body());

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(outcomes(r)).containsExactly(p.ocid() + " unchanged");
    }

    String resource(String name) {
        try (InputStream in = getClass().getResourceAsStream("/ocds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode pkg(String name) {
        return (ObjectNode) json.readTree(resource(name));
    }

    /** Leaves in the package only the school's release, and answers it. */
    static ObjectNode onlyTheSchools(ObjectNode pkg) {
        ObjectNode school = (ObjectNode) pkg.get("releases").get(1);
        ((ArrayNode) pkg.get("releases")).removeAll().add(school);
        return school;
    }

    static ObjectNode party(ObjectNode release, String id) {
        for (JsonNode party : release.get("parties")) {
            if (party.get("id").asString().equals(id)) {
                return (ObjectNode) party;
            }
        }
        throw new AssertionError("no party " + id);
    }

    static List<String> outcomes(Api.Response r) {
        List<String> all = new ArrayList<>();
        r.json()
                .get("procurements")
                .forEach(p -> all.add(
                        p.get("ocid").asString() + " " + p.get("outcome").asString()));
        return all;
    }

    static List<String> fields(Api.Response r) {
        List<String> all = new ArrayList<>();
        r.json().get("errors").forEach(e -> all.add(e.get("field").asString()));
        return all;
    }

    static List<String> statuses(JsonNode release) {
        List<String> all = new ArrayList<>();
        release.at("/bids/details")
                .forEach(b -> all.add(b.get("status").asString() + " "
                        + b.at("/value/amount")
                                .decimalValue()
                                .stripTrailingZeros()
                                .toPlainString()));
        return all;
    }

    JsonNode compiled(String ocid) {
        Api.Response r = anyone.get("/api/v1/public/ocds/records/" + ocid);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode pkg = r.json();
        assertThat(schemas.recordPackageErrors(pkg)).isEmpty();
        return pkg.at("/records/0/compiledRelease");
    }

    int releases() {
        return jdbc.sql("select count(*) from procurement.release where ocid like 'ocds-imp6832-%'")
                .query(Integer.class)
                .single();
    }

    int importAudits() {
        return jdbc.sql("select count(*) from platform.audit_event where action = 'OCDS_IMPORT' and area_id = :a")
                .param("a", area.id())
                .query(Integer.class)
                .single();
    }
}
