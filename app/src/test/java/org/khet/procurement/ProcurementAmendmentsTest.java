package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.ModuleTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.FieldError;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * Contract amendments and attached files on an area of their own (6871): an amendment needs a signed contract, a day
 * from the signing to today, a reason and what changed; a file needs a type from OCDS's codelist, a title and content
 * that is what its name says. Wrong input is refused field by field in Thai and English and changes nothing (no row,
 * no new version); what is kept is audited and published, and another school's clerk cannot see it.
 */
// Correspondence, whose announcement form procurement prints with, needs notifications and the calendar.
@ModuleTest(extraIncludes = {"notifications", "calendar"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcurementAmendmentsTest {

    static final byte[] PDF = "%PDF-1.4\n% a signed contract\n".getBytes(StandardCharsets.US_ASCII);

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
    ProcurementAttachments attachments;

    @Autowired
    JdbcClient jdbc;

    KhetUser clerk;
    KhetUser otherClerk;
    Procurement contracted;
    Procurement planned;
    LocalDate today;

    @BeforeAll
    void aSchoolWithAContractAndAPlan() {
        TestArea a = TestArea.open(context, "6871");
        clerk = a.account("clerk.6871", Role.SCHOOL_CLERK, a.school("0001", "โรงเรียนแก้ไขสัญญา"));
        otherClerk = a.account("clerk2.6871", Role.SCHOOL_CLERK, a.school("0002", "โรงเรียนอื่น 6871"));
        today = LocalDate.now(MethodRules.THAILAND);
        long supplier = suppliers.add(
                a.id(),
                new Suppliers.Draft(
                        ThaiNationalId.withCheckDigit("010555006871"), "ร้านซ่อมดี 6871", "พัทลุง", List.of()),
                clerk);
        contracted = procurements.create("68710001", draft("จ้างซ่อมหลังคาอาคารเรียน"), clerk);
        long bid = tendering
                .bid(contracted.ocid(), new Tendering.NewBid(supplier, new BigDecimal("95000"), false, ""), clerk)
                .id();
        tendering.award(contracted.ocid(), bid, new BigDecimal("95000"), today, clerk);
        tendering.contract(contracted.ocid(), "จ 1/2570", today, new BigDecimal("95000"), clerk);
        planned = procurements.create("68710001", draft("จ้างทาสีรั้ว"), clerk);
    }

    static ProcurementDraft draft(String title) {
        return new ProcurementDraft(
                null,
                title,
                "works",
                "SPECIFIC",
                false,
                new BigDecimal("100000"),
                null,
                "",
                null,
                null,
                null,
                List.of());
    }

    @Test
    void anAmendmentOfTheSignedContractIsKeptAuditedAndPublished(AssertablePublishedEvents events) {
        int version = procurements.find(contracted.ocid(), clerk).version();
        long id = amendments.record(
                contracted.ocid(),
                new Amendments.NewAmendment(
                        today,
                        "เพิ่มงานซ่อมรางน้ำ",
                        "เพิ่มรางน้ำ 20 เมตร",
                        new BigDecimal("99500"),
                        today.plusDays(30)),
                clerk);

        assertThat(amendments.of(contracted.id())).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.rationale()).isEqualTo("เพิ่มงานซ่อมรางน้ำ");
            assertThat(a.newValue()).isEqualByComparingTo("99500");
            assertThat(a.newEnd()).isEqualTo(today.plusDays(30));
        });
        assertThat(procurements.find(contracted.ocid(), clerk).version()).isEqualTo(version + 1);
        assertThat(audited("AMENDMENT", "procurement_amendment", id)).isEqualTo(1);
        assertThat(events)
                .contains(ProcurementChanged.class)
                .matching(e -> e.id() == contracted.id() && e.what().equals("AMENDMENT"));
        assertThatThrownBy(() -> amendments.record(
                        contracted.ocid(), new Amendments.NewAmendment(today, "ขอดู", "x", null, null), otherClerk))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWrongAmendmentIsRefusedFieldByFieldInThaiAndEnglishAndChangesNothing() {
        int rows = count("amendment");
        int version = procurements.find(contracted.ocid(), clerk).version();
        assertThatThrownBy(() -> amendments.record(
                        contracted.ocid(),
                        new Amendments.NewAmendment(
                                today.plusDays(1), " ", "", new BigDecimal("-5"), today.minusDays(1)),
                        clerk))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.errors())
                            .extracting(FieldError::field)
                            .containsExactlyInAnyOrder("amended_on", "rationale", "new_value", "new_end");
                    assertThat(message(e, "amended_on").th()).contains("วันลงนามสัญญา");
                    assertThat(message(e, "amended_on").en()).contains("signed");
                    assertThat(e.reason().en()).contains("not recorded");
                });
        assertThatThrownBy(() -> amendments.record(
                        contracted.ocid(), new Amendments.NewAmendment(today, "เหตุผล", " ", null, null), clerk))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(message(e, "description").en()).contains("what changed"));
        assertThatThrownBy(() -> amendments.record(
                        planned.ocid(), new Amendments.NewAmendment(today, "เหตุผล", "เพิ่มงาน", null, null), clerk))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(message(e, "contract").th()).contains("ยังไม่มีสัญญา");
                    assertThat(message(e, "contract").en()).contains("no contract");
                });
        assertThat(count("amendment")).isEqualTo(rows);
        assertThat(procurements.find(contracted.ocid(), clerk).version()).isEqualTo(version);
    }

    @Test
    void aFileIsKeptWithItsTypeAndHashAndReadBackAsSent(AssertablePublishedEvents events) {
        long id = attachments.attach(
                contracted.ocid(),
                new ProcurementAttachments.NewAttachment("contractSigned", "สัญญาจ้างซ่อมหลังคา", "สัญญา.pdf", PDF),
                clerk);

        assertThat(attachments.of(contracted.id())).anySatisfy(d -> {
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.documentType()).isEqualTo(DocumentType.contractSigned);
            assertThat(d.mediaType()).isEqualTo("application/pdf");
            assertThat(d.sha256()).isEqualTo(org.khet.shared.Sha256.hex(PDF));
        });
        assertThat(attachments.read(contracted.ocid(), id, clerk).bytes()).isEqualTo(PDF);
        assertThatThrownBy(() -> attachments.read(contracted.ocid(), id, otherClerk))
                .isInstanceOf(NotFoundException.class);
        assertThat(audited("DOCUMENT", "procurement_document", id)).isEqualTo(1);
        assertThat(events)
                .contains(ProcurementChanged.class)
                .matching(e -> e.id() == contracted.id() && e.what().equals("DOCUMENT"));
    }

    @Test
    void aWrongFileIsRefusedFieldByFieldAndNothingIsKept() {
        int rows = count("document");
        int version = procurements.find(planned.ocid(), clerk).version();
        assertThatThrownBy(() -> attachments.attach(
                        planned.ocid(),
                        new ProcurementAttachments.NewAttachment(
                                "contract", " ", "virus.pdf", "MZ not a pdf".getBytes()),
                        clerk))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.errors())
                            .extracting(FieldError::field)
                            .containsExactlyInAnyOrder("document_type", "title", "file");
                    assertThat(message(e, "file").th()).contains("PDF");
                    assertThat(message(e, "file").en()).contains("content matches");
                });
        assertThatThrownBy(() -> attachments.attach(
                        planned.ocid(),
                        new ProcurementAttachments.NewAttachment("tenderNotice", "ประกาศ", "a.pdf", new byte[0]),
                        clerk))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(message(e, "file").en()).contains("not empty"));
        assertThat(count("document")).isEqualTo(rows);
        assertThat(procurements.find(planned.ocid(), clerk).version()).isEqualTo(version);
    }

    static org.khet.shared.Bilingual message(RejectedException e, String field) {
        return e.errors().stream()
                .filter(f -> f.field().equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + ": " + e.errors()))
                .message();
    }

    int count(String table) {
        return jdbc.sql("select count(*) from procurement." + table)
                .query(Integer.class)
                .single();
    }

    int audited(String action, String entity, long id) {
        return jdbc.sql("""
                        select count(*) from platform.audit_event
                        where action = :action and entity_type = :entity and entity_id = :id""")
                .param("action", action)
                .param("entity", entity)
                .param("id", String.valueOf(id))
                .query(Integer.class)
                .single();
    }
}
