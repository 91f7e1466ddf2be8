package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reference prices on an area of their own (6880, a stranger's 6881): the median and inclusive quartiles of an odd
 * and an even number of prices in exact satang, the window's first and last days, the minimum evidence, awarded unit
 * prices joining the quotes (matched by code and unit, or by name and unit; never a cancelled or unawarded
 * procurement's, nor the procurement's own), a rule changed from a day, and wrong input refused changing nothing.
 */
@ModuleTest(extraIncludes = {"notifications", "calendar"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferencePricesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ReferencePrices prices;

    @Autowired
    ReferenceCatalogue catalogue;

    @Autowired
    ReferenceRules rules;

    @Autowired
    Procurements procurements;

    @Autowired
    Tendering tendering;

    @Autowired
    Suppliers suppliers;

    @Autowired
    JdbcClient jdbc;

    TestArea area;
    KhetUser staff;
    KhetUser clerk;
    KhetUser stranger;
    long supplier;
    LocalDate today;

    @BeforeAll
    void anAreaWithASchoolAndASupplier() {
        area = TestArea.open(context, "6880");
        clerk = area.account("clerk.6880", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนราคากลาง"));
        staff = area.account("staff.6880", Role.AREA_STAFF, area.unit());
        TestArea other = TestArea.open(context, "6881");
        stranger = other.account("staff.6881", Role.AREA_STAFF, other.unit());
        supplier = suppliers.add(
                area.id(),
                new Suppliers.Draft(ThaiNationalId.withCheckDigit("010555006880"), "ร้านราคากลาง 6880", "", List.of()),
                clerk);
        today = prices.today();
    }

    long entry(String name, String unit, String scheme, String code) {
        return catalogue.addEntry(area.id(), new ReferenceCatalogue.NewEntry(name, unit, scheme, code), staff);
    }

    void quote(long entry, String price, LocalDate on) {
        catalogue.addQuote(
                entry, new ReferenceCatalogue.NewQuote("SHOP", "ร้านค้า " + price, on, new BigDecimal(price)), clerk);
    }

    ReferencePrices.Reference on(long entry, LocalDate day) {
        return prices.of(entry, day).orElseThrow();
    }

    @Test
    void anOddNumberOfPricesHasTheMiddleOneAsMedianAndInclusiveQuartiles() {
        long e = entry("กระดาษ A4 คี่", "รีม", "", "");
        for (String p : List.of("200", "110", "100", "130", "120")) {
            quote(e, p, today.minusDays(10));
        }
        ReferencePrices.Reference r = on(e, today);
        assertThat(r.enough()).isTrue();
        assertThat(r.count()).isEqualTo(5);
        assertThat(r.median()).isEqualByComparingTo("120.00");
        assertThat(r.q1()).isEqualByComparingTo("110.00");
        assertThat(r.q3()).isEqualByComparingTo("130.00");
        assertThat(r.upperFence()).as("Q3 + 1.5 × 20").isEqualByComparingTo("160.00");
        assertThat(r.median().scale()).isEqualTo(2);
    }

    @Test
    void anEvenNumberOfPricesIsInterpolatedAndRoundedHalfUpToSatang() {
        long e = entry("ปากกาลูกลื่น คู่", "ด้าม", "", "");
        for (String p : List.of("110", "100", "103.50", "101")) {
            quote(e, p, today.minusDays(3));
        }
        ReferencePrices.Reference r = on(e, today);
        assertThat(r.median()).as("101 + 0.5 × 2.50").isEqualByComparingTo("102.25");
        assertThat(r.q1()).as("100 + 0.75 × 1").isEqualByComparingTo("100.75");
        assertThat(r.q3()).as("103.50 + 0.25 × 6.50 = 105.125").isEqualByComparingTo("105.13");
        assertThat(r.upperFence())
                .as("from the exact quartiles: 105.125 + 1.5 × 4.375 = 111.6875")
                .isEqualByComparingTo("111.69");
    }

    @Test
    void theWindowRunsFromTheDayAfterTwelveMonthsBackThroughTheDayAsked() {
        long e = entry("แฟ้มเอกสาร ขอบ", "เล่ม", "", "");
        LocalDate day = today.minusMonths(6);
        quote(e, "10", day.minusMonths(12));
        quote(e, "20", day.minusMonths(12).plusDays(1));
        quote(e, "30", day);
        quote(e, "40", day.plusDays(1));
        ReferencePrices.Reference r = on(e, day);
        assertThat(r.from()).isEqualTo(day.minusMonths(12).plusDays(1));
        assertThat(r.evidence())
                .extracting(ReferencePrices.Evidence::unitPrice)
                .as("newest first; the day before the window and the day after are left out")
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("20.00"));
        assertThat(r.rule().windowMonths()).isEqualTo(12);
    }

    @Test
    void fewerPiecesOfEvidenceThanTheMinimumGiveNoFigures() {
        long e = entry("ชอล์กขาว น้อย", "กล่อง", "", "");
        quote(e, "50", today.minusDays(1));
        quote(e, "55", today.minusDays(2));
        ReferencePrices.Reference two = on(e, today);
        assertThat(two.enough()).isFalse();
        assertThat(two.count()).isEqualTo(2);
        assertThat(two.rule().minEvidence()).isEqualTo(3);
        assertThat(two.median()).isNull();
        assertThat(two.upperFence()).isNull();
        quote(e, "60", today);
        assertThat(on(e, today).median()).isEqualByComparingTo("55.00");
    }

    @Test
    void awardedUnitPricesOfTheAreaJoinTheQuotesButNotTheProcurementsOwn() {
        long byCode = entry("โต๊ะนักเรียน รางวัล", "ตัว", "UNSPSC", "56121502");
        long byName = entry("เก้าอี้พลาสติก", "ตัว", "", "");
        quote(byCode, "1500", today.minusDays(5));
        quote(byCode, "1600", today.minusDays(5));
        Procurement awarded = awarded(
                "1400",
                today.minusDays(20),
                new ProcurementDraft.ItemDraft(
                        "โต๊ะนักเรียนพร้อมเก้าอี้",
                        "UNSPSC",
                        "56121502",
                        BigDecimal.TEN,
                        "ตัว",
                        new BigDecimal("1400")),
                new ProcurementDraft.ItemDraft(
                        " เก้าอี้พลาสติก ", "", "", BigDecimal.ONE, "ตัว", new BigDecimal("350")),
                new ProcurementDraft.ItemDraft(
                        "โต๊ะนักเรียน กล่อง", "UNSPSC", "56121502", BigDecimal.ONE, "ชุด", new BigDecimal("9999")));
        Procurement planned = procurements.create(
                "68800001",
                draft(
                        "โต๊ะที่ยังไม่ได้ผู้ชนะ",
                        new ProcurementDraft.ItemDraft(
                                "โต๊ะ", "UNSPSC", "56121502", BigDecimal.ONE, "ตัว", new BigDecimal("9000"))),
                clerk);

        ReferencePrices.Reference r = on(byCode, today);
        assertThat(r.evidence())
                .extracting(ReferencePrices.Evidence::kind, ReferencePrices.Evidence::unitPrice)
                .as("the award, by code and unit, dated by its day; not the other unit, not the planned one")
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ReferencePrices.Kind.QUOTE, new BigDecimal("1500.00")),
                        org.assertj.core.groups.Tuple.tuple(ReferencePrices.Kind.QUOTE, new BigDecimal("1600.00")),
                        org.assertj.core.groups.Tuple.tuple(ReferencePrices.Kind.AWARD, new BigDecimal("1400.00")));
        ReferencePrices.Evidence award = r.evidence().stream()
                .filter(x -> x.kind() == ReferencePrices.Kind.AWARD)
                .findFirst()
                .orElseThrow();
        assertThat(award.day()).isEqualTo(today.minusDays(20));
        assertThat(award.ocid()).isEqualTo(awarded.ocid());
        assertThat(r.median()).isEqualByComparingTo("1500.00");
        assertThat(on(byName, today).evidence())
                .as("an entry without a code matches by name and unit")
                .extracting(ReferencePrices.Evidence::unitPrice)
                .containsExactly(new BigDecimal("350.00"));
        assertThat(on(byCode, today.minusDays(21)).awards())
                .as("not before its award day")
                .isZero();

        List<ReferencePrices.ItemReference> own = prices.items(awarded, today);
        assertThat(own.get(0).reference().evidence())
                .as("a procurement's own price is not evidence for itself")
                .extracting(ReferencePrices.Evidence::kind)
                .containsOnly(ReferencePrices.Kind.QUOTE);
        assertThat(own.get(0).median()).as("two quotes are not enough").isNull();
        assertThat(own.get(2).reference()).as("no entry per set").isNull();
        List<ReferencePrices.ItemReference> other = prices.items(planned, today);
        assertThat(other.get(0).median()).isEqualByComparingTo("1500.00");
        assertThat(other.get(0).upperFence()).isEqualByComparingTo("1700.00");
        assertThat(other.get(0).total()).isEqualByComparingTo("1500.00");
    }

    @Test
    void aRuleChangedFromADayAppliesFromThatDayOnly() {
        long e = entry("สีน้ำ กฎ", "ชุด", "", "");
        quote(e, "80", today.minusMonths(2));
        quote(e, "90", today.minusDays(1));
        LocalDate from = today.plusYears(3);
        int audited = audits("REFERENCE_RULE_ADDED");
        rules.add(1, 1, from, "ว ทดสอบ 6880", area.admin());
        assertThat(audits("REFERENCE_RULE_ADDED")).isEqualTo(audited + 1);
        assertThat(on(e, today).rule().windowMonths()).isEqualTo(12);
        assertThat(on(e, from.minusDays(1)).rule().windowMonths()).isEqualTo(12);
        ReferencePrices.Reference after = on(e, from);
        assertThat(after.rule().windowMonths()).isEqualTo(1);
        assertThat(after.rule().minEvidence()).isEqualTo(1);
        assertThat(after.rule().source()).isEqualTo("ว ทดสอบ 6880");
        assertThat(rules.all().stream().filter(ReferencePrices.Rule::shipped))
                .as("the shipped rule ends where the new one starts")
                .extracting(ReferencePrices.Rule::validUntil)
                .containsExactly(from);
        assertThatThrownBy(() -> rules.add(0, 0, today.minusDays(1), "", area.admin()))
                .isInstanceOfSatisfying(RejectedException.class, x -> assertThat(x.errors())
                        .extracting(FieldError::field)
                        .containsExactly("window_months", "min_evidence", "valid_from", "source"));
        assertThatThrownBy(() -> rules.add(6, 2, from, "อีกครั้ง", area.admin()))
                .isInstanceOf(RejectedException.class);
        assertThat(rules.all()).hasSize(2);
    }

    @Test
    void wrongInputIsRefusedInThaiAndEnglishChangingNothing() {
        long e = entry("ยางลบ ผิด", "ก้อน", "", "");
        int audited = audits("PRICE_QUOTE_ADDED");
        quote(e, "12", today);
        assertThat(audits("PRICE_QUOTE_ADDED")).isEqualTo(audited + 1);
        int quotes = count("price_quote");
        assertThatThrownBy(() -> catalogue.addQuote(
                        e,
                        new ReferenceCatalogue.NewQuote("FRIEND", " ", today.plusDays(1), new BigDecimal("1.234")),
                        clerk))
                .isInstanceOfSatisfying(RejectedException.class, x -> {
                    assertThat(x.errors())
                            .extracting(FieldError::field)
                            .containsExactly("source_kind", "source", "quoted_on", "unit_price");
                    assertThat(x.errors().get(3).message().th()).contains("ราคาต่อหน่วย");
                    assertThat(x.errors().get(3).message().en()).contains("unit price");
                });
        assertThatThrownBy(() -> catalogue.addQuote(
                        e, new ReferenceCatalogue.NewQuote("SHOP", "ร้าน", today, Amounts.NOT_A_NUMBER), clerk))
                .isInstanceOf(RejectedException.class);
        assertThat(count("price_quote")).isEqualTo(quotes);

        int entries = count("reference_entry");
        assertThatThrownBy(() -> entry("ยางลบ ผิด", "ก้อน", "", ""))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        x -> assertThat(x.errors().get(0).message().en()).contains("already has"));
        assertThatThrownBy(() -> entry("", "", "", "123"))
                .isInstanceOfSatisfying(RejectedException.class, x -> assertThat(x.errors())
                        .extracting(FieldError::field)
                        .containsExactly("name", "unit", "scheme"));
        assertThatThrownBy(() ->
                        catalogue.addEntry(area.id(), new ReferenceCatalogue.NewEntry("ดินสอ", "แท่ง", "", ""), clerk))
                .as("a school's clerk adds quotes, not entries")
                .isInstanceOf(ForbiddenException.class);
        assertThat(count("reference_entry")).isEqualTo(entries);
        assertThatThrownBy(() -> catalogue.addQuote(
                        e, new ReferenceCatalogue.NewQuote("SHOP", "ร้าน", today, BigDecimal.TEN), stranger))
                .as("another area's staff do not see the entry")
                .isInstanceOf(NotFoundException.class);
        assertThat(audits("PRICE_QUOTE_ADDED")).isEqualTo(audited + 1);
    }

    private Procurement awarded(String amount, LocalDate on, ProcurementDraft.ItemDraft... items) {
        Procurement p = procurements.create("68800001", draft("จัดซื้อครุภัณฑ์ห้องเรียน 6880", items), clerk);
        long bid = tendering
                .bid(p.ocid(), new Tendering.NewBid(supplier, new BigDecimal(amount), false, ""), clerk)
                .id();
        tendering.award(p.ocid(), bid, new BigDecimal(amount), on, clerk);
        return procurements.find(p.ocid(), clerk);
    }

    private static ProcurementDraft draft(String title, ProcurementDraft.ItemDraft... items) {
        return new ProcurementDraft(
                null,
                title,
                "goods",
                "SPECIFIC",
                false,
                new BigDecimal("50000"),
                null,
                "",
                null,
                null,
                null,
                List.of(items));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from procurement." + table)
                .query(Integer.class)
                .single();
    }

    private int audits(String action) {
        return jdbc.sql("select count(*) from platform.audit_event where action = :a")
                .param("a", action)
                .query(Integer.class)
                .single();
    }
}
