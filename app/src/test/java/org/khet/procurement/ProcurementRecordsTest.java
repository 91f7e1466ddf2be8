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
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * Procurement records on an area of their own (6820, a second area 6821): a method the budget does not allow is
 * refused naming those it does; selection needs its invited minimum before an award; an award goes to a qualified,
 * not debarred bid, once, and nothing is recorded on a cancelled procurement; a school's staff reach their school's
 * procurements only, the office's staff every school's; each change is audited.
 */
// Correspondence, whose announcement form procurement prints with, needs notifications and the calendar.
@ModuleTest(extraIncludes = {"notifications", "calendar"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcurementRecordsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Procurements procurements;

    @Autowired
    Tendering tendering;

    @Autowired
    Suppliers suppliers;

    @Autowired
    DebarredList debarred;

    @Autowired
    JdbcClient jdbc;

    String schoolCode;
    String otherSchoolCode;
    KhetUser clerk;
    KhetUser otherClerk;
    KhetUser officeStaff;
    KhetUser teacher;
    KhetUser strangerDirector;
    long[] supplier = new long[4];

    @BeforeAll
    void anAreaWithTwoSchoolsAndSuppliers() {
        TestArea a = TestArea.open(context, "6820");
        long school = a.school("0001", "โรงเรียนบันทึกจัดซื้อ");
        long other = a.school("0002", "โรงเรียนข้างเคียง");
        schoolCode = "68200001";
        otherSchoolCode = "68200002";
        clerk = a.account("clerk.6820", Role.SCHOOL_CLERK, school);
        otherClerk = a.account("clerk2.6820", Role.SCHOOL_CLERK, other);
        teacher = a.account("teacher.6820", Role.TEACHER, school);
        officeStaff = a.account("staff.6820", Role.AREA_STAFF, a.unit());
        TestArea b = TestArea.open(context, "6821");
        strangerDirector = b.account("director.6821", Role.AREA_DIRECTOR, null);
        for (int i = 0; i < supplier.length; i++) {
            supplier[i] = suppliers.add(
                    a.id(), new Suppliers.Draft(taxId(i), "ร้านทดสอบ 6820-" + i, "พัทลุง", List.of()), clerk);
        }
        debarred.replace(
                ("tax_id,name,listed_on,reference\n" + taxId(3) + ",ร้านทดสอบ 6820-3,1/3/2569,ว 6820\n")
                        .getBytes(StandardCharsets.UTF_8),
                "debarred-6820.csv",
                a.admin());
    }

    static String taxId(int i) {
        return ThaiNationalId.withCheckDigit("01055500682" + i);
    }

    static ProcurementDraft draft(String title, String method, String budget, ProcurementDraft.ItemDraft... items) {
        return new ProcurementDraft(
                null,
                title,
                "goods",
                method,
                false,
                new BigDecimal(budget),
                new BigDecimal(budget),
                "สืบราคาจากท้องตลาด 3 ร้าน",
                null,
                null,
                null,
                List.of(items));
    }

    static ProcurementDraft.ItemDraft item(String quantity, String unitPrice) {
        return new ProcurementDraft.ItemDraft(
                "กระดาษ A4", "UNSPSC", "14111507", new BigDecimal(quantity), "รีม", new BigDecimal(unitPrice));
    }

    @Test
    void aMethodTheBudgetDoesNotAllowIsRefusedNamingTheAllowedOnesAndNothingIsStored() {
        int before = count();
        assertThatThrownBy(() -> procurements.create(schoolCode, draft("คอมพิวเตอร์", "SPECIFIC", "600000"), clerk))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    FieldError method = e.errors().stream()
                            .filter(f -> f.field().equals("method"))
                            .findFirst()
                            .orElseThrow();
                    assertThat(method.message().th())
                            .contains("วิธีเฉพาะเจาะจง", "600,000", "e-bidding", "วิธีคัดเลือก");
                    assertThat(method.message().en()).contains("600,000", "e-bidding");
                });
        ProcurementDraft wrong = new ProcurementDraft(
                null,
                " ",
                "food",
                "NONE",
                false,
                new BigDecimal("-1"),
                null,
                "",
                LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 1),
                null,
                List.of(new ProcurementDraft.ItemDraft("", "", "", null, "", null)));
        assertThatThrownBy(() -> procurements.create(schoolCode, wrong, clerk))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains(
                                "title",
                                "category",
                                "budget",
                                "method",
                                "tender_end",
                                "items[0].description",
                                "items[0].quantity",
                                "items[0].unit",
                                "items[0].unit_price"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aProcurementGetsItsOcidFiscalYearAndItemsTotal(AssertablePublishedEvents events) {
        Procurement p = procurements.create(
                schoolCode,
                draft("วัสดุสำนักงาน", "SPECIFIC", "12000", item("10", "125.50"), item("2.5", "100")),
                clerk);

        assertThat(p.ocid()).isEqualTo("ocds-khet00-" + p.id());
        assertThat(p.fiscalYear())
                .isEqualTo(FiscalYear.of(LocalDate.now(MethodRules.THAILAND)).buddhistYear());
        assertThat(p.buyer().code()).isEqualTo(schoolCode);
        assertThat(p.itemsTotal()).isEqualByComparingTo("1505.00");
        assertThat(p.status()).isEqualTo(Procurement.Status.PLANNED);
        assertThat(audited("CREATE", p.id())).isEqualTo(1);
        assertThat(events)
                .contains(ProcurementChanged.class)
                .matching(e -> e.id() == p.id() && e.what().equals("CREATE") && e.schoolId() != null);

        Procurement changed = procurements.update(
                p.ocid(),
                p.version(),
                new ProcurementDraft(
                        null,
                        "วัสดุสำนักงาน ภาคเรียนที่ 2",
                        "goods",
                        "SPECIFIC",
                        false,
                        new BigDecimal("12000"),
                        null,
                        "",
                        null,
                        null,
                        "TENDER",
                        List.of(item("1", "99.99"))),
                clerk);
        assertThat(changed.status()).isEqualTo(Procurement.Status.TENDER);
        assertThat(changed.items()).hasSize(1);
        assertThat(audited("UPDATE", p.id())).isEqualTo(1);
        assertThatThrownBy(() -> procurements.update(p.ocid(), p.version(), draft("เก่า", "SPECIFIC", "12000"), clerk))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void selectionNeedsItsInvitedMinimumAndTheAwardGoesToAQualifiedBidOnce() {
        Procurement p = procurements.create(schoolCode, draft("ครุภัณฑ์วิทยาศาสตร์", "SELECTION", "450000"), clerk);
        long first = bid(p, 0, "420000", false);
        long disqualified = tendering
                .bid(p.ocid(), new Tendering.NewBid(supplier[1], new BigDecimal("400000"), true, "เอกสารไม่ครบ"), clerk)
                .id();
        LocalDate today = LocalDate.now(MethodRules.THAILAND);
        assertThatThrownBy(() -> tendering.award(p.ocid(), first, new BigDecimal("420000"), today, clerk))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(
                                e.errors().get(0).message().th())
                        .contains("อย่างน้อย 3 ราย", "ขณะนี้มี 2 ราย"));

        Tendering.BidRecorded fromDebarred =
                tendering.bid(p.ocid(), new Tendering.NewBid(supplier[3], new BigDecimal("390000"), false, ""), clerk);
        assertThat(fromDebarred.debarred()).as("recorded, with a warning").isTrue();
        assertThatThrownBy(() -> tendering.award(p.ocid(), fromDebarred.id(), new BigDecimal("390000"), today, clerk))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.errors().get(0).message().en()).contains("debarred"));
        assertThatThrownBy(() -> tendering.award(p.ocid(), disqualified, new BigDecimal("400000"), today, clerk))
                .isInstanceOf(RejectedException.class);

        tendering.award(p.ocid(), first, new BigDecimal("419000"), today, clerk);
        Procurement awarded = procurements.find(p.ocid(), clerk);
        assertThat(awarded.status()).isEqualTo(Procurement.Status.AWARDED);
        assertThat(awarded.award().orElseThrow().supplierName()).isEqualTo("ร้านทดสอบ 6820-0");
        assertThat(awarded.bids()).hasSize(3);
        assertThatThrownBy(() -> tendering.award(p.ocid(), first, new BigDecimal("419000"), today, clerk))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> bid(p, 2, "1000", false)).isInstanceOf(RejectedException.class);

        tendering.contract(p.ocid(), "สัญญา 1/2570", today, new BigDecimal("419000"), clerk);
        tendering.member(p.ocid(), "นายชุมชน ใจดี", "กรรมการตรวจรับพัสดุ", true, clerk);
        Procurement contracted = procurements.find(p.ocid(), clerk);
        assertThat(contracted.status()).isEqualTo(Procurement.Status.CONTRACTED);
        assertThat(contracted.contract().orElseThrow().number()).isEqualTo("สัญญา 1/2570");
        assertThat(contracted.committee()).singleElement().satisfies(m -> assertThat(m.community())
                .isTrue());
        assertThat(audited("AWARD", p.id()) + audited("CONTRACT", p.id())).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from platform.audit_event where entity_type = 'procurement_bid'"
                                + " and after ->> 'ocid' = :ocid")
                        .param("ocid", p.ocid())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void nothingIsRecordedOnACancelledProcurement() {
        Procurement p = procurements.create(schoolCode, draft("จ้างซ่อมหลังคา", "SPECIFIC", "80000"), clerk);
        long bid = bid(p, 0, "79000", false);
        Procurement now = procurements.find(p.ocid(), clerk);
        procurements.update(
                p.ocid(),
                now.version(),
                new ProcurementDraft(
                        null,
                        p.title(),
                        "goods",
                        "SPECIFIC",
                        false,
                        p.budget(),
                        null,
                        "",
                        null,
                        null,
                        "CANCELLED",
                        List.of()),
                clerk);
        LocalDate today = LocalDate.now(MethodRules.THAILAND);
        assertThatThrownBy(() -> tendering.award(p.ocid(), bid, new BigDecimal("79000"), today, clerk))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.reason().th()).contains("ยกเลิก"));
        assertThatThrownBy(() -> tendering.contract(p.ocid(), "1/2570", today, new BigDecimal("79000"), clerk))
                .isInstanceOf(RejectedException.class);
        assertThat(procurements.find(p.ocid(), clerk).award()).isEmpty();
    }

    @Test
    void aSchoolReachesItsOwnProcurementsAndTheOfficeEverySchools() {
        Procurement mine = procurements.create(schoolCode, draft("หนังสือห้องสมุด", "SPECIFIC", "30000"), clerk);

        assertThat(procurements.find(mine.ocid(), officeStaff).title()).isEqualTo("หนังสือห้องสมุด");
        assertThat(procurements.list(schoolCode, mine.fiscalYear(), officeStaff))
                .extracting(Procurement::ocid)
                .contains(mine.ocid());
        assertThatThrownBy(() -> procurements.find(mine.ocid(), otherClerk)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> procurements.find(mine.ocid(), teacher)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> procurements.find(mine.ocid(), strangerDirector))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> procurements.list(schoolCode, null, otherClerk))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> procurements.create("6820", draft("ของสำนักงาน", "SPECIFIC", "1000"), clerk))
                .isInstanceOf(ForbiddenException.class);
        Procurement office = procurements.create("6820", draft("ของสำนักงานเขต", "SPECIFIC", "1000"), officeStaff);
        assertThat(office.buyer().isOffice()).isTrue();
        assertThat(procurements.list("6820", null, officeStaff))
                .extracting(Procurement::ocid)
                .containsExactly(office.ocid());
        assertThatThrownBy(() -> procurements.create(otherSchoolCode, draft("ของเขา", "SPECIFIC", "1000"), clerk))
                .isInstanceOf(ForbiddenException.class);
    }

    private long bid(Procurement p, int supplierIndex, String amount, boolean disqualified) {
        return tendering
                .bid(
                        p.ocid(),
                        new Tendering.NewBid(supplier[supplierIndex], new BigDecimal(amount), disqualified, ""),
                        clerk)
                .id();
    }

    private int count() {
        return jdbc.sql("select count(*) from procurement.procurement")
                .query(Integer.class)
                .single();
    }

    private int audited(String action, long id) {
        return jdbc.sql("""
                        select count(*) from platform.audit_event
                        where entity_type = 'procurement' and action = :action and entity_id = :id""")
                .param("action", action)
                .param("id", String.valueOf(id))
                .query(Integer.class)
                .single();
    }
}
