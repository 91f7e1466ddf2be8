package org.khet.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.ModuleTest;
import org.khet.TestClock;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Red flags on an area of their own (6890, each scenario at a school of its own so that a buyer's year holds only
 * its purchases; 6891 for a year of imported history): each indicator flagged with its evidence and threshold,
 * clear, and not applicable with its reason; a threshold changed from a day changes the answer from that day and
 * closes the flag without deleting it; a whole year computed at once; the audit unit's decisions.
 */
// Calendar too: on main, procurement prints with correspondence, which needs it (as ProcurementRecordsTest there).
@ModuleTest(extraIncludes = {"notifications", "calendar"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedFlagsTest {

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
    FlagComputation computation;

    @Autowired
    Flags flags;

    @Autowired
    FlagReviews reviews;

    @Autowired
    Thresholds thresholds;

    @Autowired
    TestClock clock;

    @Autowired
    FlagListener listener;

    @Autowired
    JdbcClient jdbc;

    TestArea area;
    KhetUser staff;
    KhetUser auditor;
    KhetUser teacher;
    long[] supplier = new long[6];
    final LocalDate today = LocalDate.now(MethodRules.THAILAND);
    final int year = FiscalYear.of(today).buddhistYear();

    @BeforeAll
    void anAreaWithSuppliersOneDebarredTwoAtOneAddressTwoWithOneDirector() {
        area = TestArea.open(context, "6890");
        staff = area.account("staff.6890", Role.AREA_STAFF, area.unit());
        auditor = area.account("auditor.6890", Role.INTERNAL_AUDITOR, null);
        area.account("director.6890", "director.6890@example.org", Role.AREA_DIRECTOR, null);
        teacher = area.account("teacher.6890", Role.TEACHER, area.school("0099", "โรงเรียนครู 6890"));
        String[] addresses = {
            "1 ถนนหนึ่ง", "2 ถนนสอง", "3 ถนนสาม", "4 ถนนสี่", "99  ถนนเดียวกัน พัทลุง", "99 ถนนเดียวกัน พัทลุง"
        };
        for (int i = 0; i < supplier.length; i++) {
            List<String> directors = i == 1 || i == 2 ? List.of("นายร่วม กรรมการ") : List.of("นายคนที่ " + i);
            supplier[i] = suppliers.add(
                    area.id(), new Suppliers.Draft(taxId(i), "ร้านธง 6890-" + i, addresses[i], directors), staff);
        }
        debarred.replace(
                ("tax_id,name,listed_on,reference\n" + taxId(3) + ",ร้านธง 6890-3,1/3/2569,ว 6890\n")
                        .getBytes(StandardCharsets.UTF_8),
                "debarred-6890.csv",
                area.admin());
    }

    static String taxId(int i) {
        return ThaiNationalId.withCheckDigit("01055500689" + i);
    }

    // --- R003

    @Test
    void r003FlagsASubmissionPeriodShorterThanTheMethodsMinimum() {
        String school = school("0001");
        Procurement shortOne = buy(school, "E_BIDDING", "600000", "goods", today, today.plusDays(2));
        Procurement longOne = buy(school, "E_BIDDING", "600000", "goods", today, today.plusDays(10));
        Procurement specific = buy(school, "SPECIFIC", "10000", "goods", today, today.plusDays(1));
        Procurement noPeriod = buy(school, "E_BIDDING", "600000", "goods", null, null);

        Flags.Flag flagged = answer(shortOne, "R003");
        assertThat(flagged.state()).isEqualTo("flagged");
        assertThat(json(flagged.evidence()).get("days").asInt()).isEqualTo(2);
        assertThat(json(flagged.threshold()).get("min_days_E_BIDDING").asInt()).isEqualTo(5);
        assertThat(answer(longOne, "R003").state()).isEqualTo("clear");
        assertNotApplicable(specific, "R003", "noMinimum");
        assertNotApplicable(noPeriod, "R003", "noPeriod");
    }

    // --- R018

    @Test
    void r018FlagsASingleBidWhereTheMethodExpectsCompetition() {
        String school = school("0002");
        Procurement single = buy(school, "E_BIDDING", "600000", "goods", null, null);
        award(single, bid(single, 0, "590000"), "590000");
        Procurement two = buy(school, "E_BIDDING", "600000", "goods", null, null);
        bid(two, 1, "585000");
        award(two, bid(two, 0, "580000"), "580000");
        Procurement specific = buy(school, "SPECIFIC", "20000", "goods", null, null);
        award(specific, bid(specific, 0, "19000"), "19000");
        Procurement open = buy(school, "E_BIDDING", "600000", "goods", null, null);
        bid(open, 0, "550000");

        Flags.Flag flagged = answer(single, "R018");
        assertThat(flagged.state()).isEqualTo("flagged");
        assertThat(json(flagged.evidence()).get("bidCount").asInt()).isEqualTo(1);
        assertThat(json(flagged.evidence()).get("bids").get(0).get("supplier").asString())
                .isEqualTo("ร้านธง 6890-0");
        assertThat(answer(two, "R018").state()).isEqualTo("clear");
        assertNotApplicable(specific, "R018", "specificMethod");
        assertNotApplicable(open, "R018", "notAwarded");
    }

    // --- R028

    @Test
    void r028FlagsIdenticalBidPrices() {
        String school = school("0003");
        Procurement same = buy(school, "E_BIDDING", "600000", "goods", null, null);
        bid(same, 0, "555000");
        bid(same, 1, "555000");
        Procurement different = buy(school, "E_BIDDING", "600000", "goods", null, null);
        bid(different, 0, "555000");
        bid(different, 1, "556000");
        Procurement one = buy(school, "E_BIDDING", "600000", "goods", null, null);
        bid(one, 0, "555000");

        Flags.Flag flagged = answer(same, "R028");
        assertThat(flagged.state()).isEqualTo("flagged");
        JsonNode identical = json(flagged.evidence()).get("identical").get(0);
        assertThat(identical.get("amount").decimalValue()).isEqualByComparingTo("555000");
        assertThat(identical.get("suppliers")).hasSize(2);
        assertThat(answer(different, "R028").state()).isEqualTo("clear");
        assertNotApplicable(one, "R028", "fewerThanTwoBids");
    }

    // --- R035 and R036

    @Test
    void r035FlagsEveryBidButTheWinnersDisqualified() {
        String school = school("0004");
        Procurement p = buy(school, "E_BIDDING", "600000", "goods", null, null);
        disqualified(p, 1, "500000", "หลักประกันไม่ครบ");
        disqualified(p, 2, "510000", "เอกสารไม่ครบ");
        award(p, bid(p, 0, "590000"), "590000");
        Procurement fair = buy(school, "E_BIDDING", "600000", "goods", null, null);
        bid(fair, 1, "595000");
        award(fair, bid(fair, 0, "590000"), "590000");
        Procurement notYet = buy(school, "E_BIDDING", "600000", "goods", null, null);
        bid(notYet, 0, "590000");

        Flags.Flag flagged = answer(p, "R035");
        assertThat(flagged.state()).isEqualTo("flagged");
        assertThat(json(flagged.evidence()).get("disqualifiedCount").asInt()).isEqualTo(2);
        assertThat(json(flagged.threshold()).get("min_disqualified").asInt()).isEqualTo(1);
        assertThat(answer(fair, "R035").state()).isEqualTo("clear");
        assertNotApplicable(notYet, "R035", "notAwarded");

        Flags.Flag lowest = answer(p, "R036");
        assertThat(lowest.state())
                .as("the lowest bid, 500,000, was disqualified")
                .isEqualTo("flagged");
        assertThat(json(lowest.evidence()).get("lowest").get("amount").decimalValue())
                .isEqualByComparingTo("500000");
        assertThat(json(lowest.evidence()).get("lowest").get("reason").asString())
                .isEqualTo("หลักประกันไม่ครบ");
        assertThat(answer(fair, "R036").state()).isEqualTo("clear");
        assertNotApplicable(notYet, "R036", "notAwarded");
    }

    // --- close to the reference price

    @Test
    void aWinningPriceWithinTheThresholdOfTheReferencePriceIsFlagged() {
        String school = school("0005");
        Procurement close = buy(school, "E_BIDDING", "600000", "goods", null, null);
        award(close, bid(close, 0, "599000"), "599000");
        Procurement far = buy(school, "E_BIDDING", "600000", "goods", null, null);
        award(far, bid(far, 0, "550000"), "550000");
        Procurement notYet = buy(school, "E_BIDDING", "600000", "goods", null, null);

        Flags.Flag flagged = answer(close, "KHET_CLOSE_TO_REFERENCE");
        assertThat(flagged.state()).isEqualTo("flagged");
        assertThat(json(flagged.evidence()).get("differencePercent").decimalValue())
                .isEqualByComparingTo("0.167");
        assertThat(json(flagged.threshold()).get("max_difference_percent").decimalValue())
                .isEqualByComparingTo("0.5");
        assertThat(answer(far, "KHET_CLOSE_TO_REFERENCE").state()).isEqualTo("clear");
        assertNotApplicable(notYet, "KHET_CLOSE_TO_REFERENCE", "notAwarded");
    }

    // --- debarred and linked bidders

    @Test
    void aDebarredBidderAndBiddersSharingAnAddressOrADirectorAreFlagged() {
        String school = school("0006");
        Procurement withDebarred = buy(school, "E_BIDDING", "600000", "goods", null, null);
        bid(withDebarred, 3, "560000");
        bid(withDebarred, 0, "570000");
        Procurement sameAddress = buy(school, "E_BIDDING", "600000", "goods", null, null);
        bid(sameAddress, 4, "560000");
        bid(sameAddress, 5, "570000");
        Procurement sameDirector = buy(school, "E_BIDDING", "600000", "goods", null, null);
        bid(sameDirector, 1, "560000");
        bid(sameDirector, 2, "570000");
        Procurement none = buy(school, "E_BIDDING", "600000", "goods", null, null);

        Flags.Flag listed = answer(withDebarred, "KHET_DEBARRED_BIDDER");
        assertThat(listed.state()).isEqualTo("flagged");
        assertThat(json(listed.evidence())
                        .get("debarred")
                        .get(0)
                        .get("supplier")
                        .asString())
                .isEqualTo("ร้านธง 6890-3");
        assertThat(listed.evidence()).doesNotContain(taxId(3));
        assertThat(answer(sameAddress, "KHET_DEBARRED_BIDDER").state()).isEqualTo("clear");
        assertNotApplicable(none, "KHET_DEBARRED_BIDDER", "noBids");

        Flags.Flag address = answer(sameAddress, "KHET_LINKED_BIDDERS");
        assertThat(address.state()).isEqualTo("flagged");
        assertThat(json(address.evidence()).get("shared").get(0).get("what").asString())
                .isEqualTo("address");
        Flags.Flag director = answer(sameDirector, "KHET_LINKED_BIDDERS");
        assertThat(director.state()).isEqualTo("flagged");
        assertThat(json(director.evidence()).get("shared").get(0).get("value").asString())
                .isEqualTo("นายร่วม กรรมการ");
        assertThat(answer(withDebarred, "KHET_LINKED_BIDDERS").state()).isEqualTo("clear");
        assertNotApplicable(none, "KHET_LINKED_BIDDERS", "fewerThanTwoBids");
    }

    // --- R011

    @Test
    void r011FlagsPurchasesSplitToStayUnderTheSpecificMethodsCeiling() {
        String school = school("0007");
        Procurement first = buy(school, "SPECIFIC", "200000", "goods", today, today.plusDays(3));
        Procurement second = buy(school, "SPECIFIC", "200000", "goods", today.plusDays(5), today.plusDays(8));
        Procurement third = buy(school, "SPECIFIC", "200000", "goods", today.plusDays(9), today.plusDays(12));
        Procurement services = buy(school, "SPECIFIC", "50000", "services", today, today.plusDays(1));
        Procurement big = buy(school, "E_BIDDING", "900000", "goods", null, null);

        Flags.Flag flagged = answer(second, "R011");
        assertThat(flagged.state()).isEqualTo("flagged");
        JsonNode evidence = json(flagged.evidence());
        assertThat(evidence.get("ceiling").decimalValue()).isEqualByComparingTo("500000");
        assertThat(evidence.get("total").decimalValue()).isEqualByComparingTo("600000");
        assertThat(evidence.get("purchases").findValuesAsString("ocid"))
                .containsExactly(first.ocid(), second.ocid(), third.ocid());
        assertThat(json(flagged.threshold()).get("window_days").asInt()).isEqualTo(30);
        assertThat(answer(services, "R011").state())
                .as("another category, alone")
                .isEqualTo("clear");
        assertNotApplicable(big, "R011", "noCeiling");
    }

    // --- year-end bunching and concentration

    @Test
    void specificPurchasesBunchedAtTheYearsEndAndOneSupplierWinningMostAreFlagged() {
        String school = school("0008");
        LocalDate yearEnd = FiscalYear.ofBuddhistYear(year).end();
        Procurement early = buy(school, "SPECIFIC", "100000", "goods", null, null);
        award(early, bid(early, 0, "100000"), "100000", today);
        Procurement late = buy(school, "SPECIFIC", "300000", "works", null, null);
        award(late, bid(late, 0, "300000"), "300000", yearEnd.minusDays(5));
        Procurement other = buy(school, "SPECIFIC", "50000", "services", null, null);
        award(other, bid(other, 1, "50000"), "50000", today);
        Procurement bidding = buy(school, "E_BIDDING", "600000", "goods", null, null);

        Flags.Flag bunched = answer(late, "KHET_YEAR_END_SPECIFIC");
        assertThat(bunched.state()).isEqualTo("flagged");
        assertThat(json(bunched.evidence()).get("sharePercent").decimalValue())
                .as("300,000 of 450,000")
                .isEqualByComparingTo("66.67");
        assertThat(json(bunched.threshold()).get("last_days").asInt()).isEqualTo(30);
        assertThat(answer(early, "KHET_YEAR_END_SPECIFIC").state()).isEqualTo("clear");
        assertNotApplicable(bidding, "KHET_YEAR_END_SPECIFIC", "notSpecific");

        Flags.Flag concentrated = answer(early, "CONCENTRATION");
        assertThat(concentrated.state()).isEqualTo("flagged");
        assertThat(json(concentrated.evidence()).get("sharePercent").decimalValue())
                .as("400,000 of 450,000")
                .isEqualByComparingTo("88.89");
        assertThat(json(concentrated.threshold()).get("max_share_percent").asInt())
                .isEqualTo(50);
        assertThat(answer(other, "CONCENTRATION").state()).isEqualTo("clear");
        assertNotApplicable(bidding, "CONCENTRATION", "notAwarded");
        Procurement alone = buy(school("0009"), "SPECIFIC", "10000", "goods", null, null);
        award(alone, bid(alone, 0, "10000"), "10000");
        assertNotApplicable(alone, "CONCENTRATION", "fewAwards");
    }

    // --- thresholds by date, closing, the listener

    @Test
    void aThresholdChangedFromADayChangesTheAnswerFromThatDayAndClosesTheFlagWithoutDeletingIt() {
        Procurement p = buy(school("0010"), "E_BIDDING", "600000", "goods", today, today.plusDays(4));
        assertThat(answer(p, "R003").state()).isEqualTo("flagged");
        assertThatThrownBy(() -> thresholds.set("R003", "min_days_E_BIDDING", BigDecimal.ONE, today, "", staff))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> thresholds.set(
                        "R003", "min_days_E_BIDDING", BigDecimal.ONE, today.minusDays(1), "", area.admin()))
                .isInstanceOf(RejectedException.class);
        thresholds.set("R003", "min_days_E_BIDDING", new BigDecimal("3"), today.plusDays(1), "ว 6890", area.admin());

        assertThat(answer(p, "R003").state()).as("still 5 days today").isEqualTo("flagged");
        try {
            clock.advance(Duration.ofDays(1));
            Flags.Flag now = answer(p, "R003");
            assertThat(now.state()).isEqualTo("clear");
            assertThat(json(now.threshold()).get("min_days_E_BIDDING").asInt()).isEqualTo(3);
        } finally {
            clock.reset();
        }
        List<Flags.Flag> history =
                flags.of(p.id()).stream().filter(f -> f.code().equals("R003")).toList();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).closedAt()).isNull();
        assertThat(history)
                .filteredOn(f -> f.closedAt() != null)
                .extracting(Flags.Flag::state, Flags.Flag::closedWhy)
                .contains(org.assertj.core.groups.Tuple.tuple("flagged", "clear"));
        assertThat(audited("FLAG_THRESHOLD_SET")).isPositive();
    }

    @Test
    void aCommittedChangeIsFlaggedByTheListenerWithoutBeingAsked() {
        Procurement p = buy(school("0011"), "E_BIDDING", "600000", "goods", today, today.plusDays(1));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> flags.of(p.id()).stream()
                .anyMatch(f -> f.code().equals("R003") && f.flagged() && f.closedAt() == null));
    }

    @Test
    void eachNewDayRecomputesTheYearUnderWayWithoutAnyChangeOfTheProcurement() {
        Procurement p = buy(school("0013"), "E_BIDDING", "600000", "goods", today, today.plusDays(2));
        assertThat(answer(p, "R003").state()).isEqualTo("flagged");
        jdbc.sql("update procurement.procurement set tender_end = :end where id = :id")
                .param("end", today.plusDays(12))
                .param("id", p.id())
                .update();

        listener.on(org.springframework.modulith.moments.DayHasPassed.of(today));

        assertThat(open(p.id(), "R003").state()).isEqualTo("clear");
    }

    // --- a whole year at once

    @Test
    void aWholeYearOfImportedHistoryIsComputedAtOnceAndCounted() {
        TestArea history = TestArea.open(context, "6891");
        KhetUser clerk = history.account("staff.6891", Role.AREA_STAFF, history.unit());
        long s = suppliers.add(
                history.id(),
                new Suppliers.Draft(ThaiNationalId.withCheckDigit("010555006891"), "ร้านย้อนหลัง", "", List.of()),
                clerk);
        long single = imported(history.id(), "E_BIDDING", "600000", s, "590000");
        long specific = imported(history.id(), "SPECIFIC", "50000", s, "50000");
        assertThat(flags.of(single)).as("no event for imported rows").isEmpty();

        int opened = computation.year(year, history.id());

        assertThat(opened).isEqualTo(2 * computation.indicators().size());
        assertThat(open(single, "R018").state()).isEqualTo("flagged");
        assertThat(open(specific, "R018").reason()).isEqualTo("specificMethod");
        Flags.Coverage r018 = flags.coverage(history.id(), null, year).stream()
                .filter(c -> c.code().equals("R018"))
                .findFirst()
                .orElseThrow();
        assertThat(r018.flagged()).isEqualTo(1);
        assertThat(r018.notApplicable()).containsEntry("specificMethod", 1L);
        Buyer office = new Buyer(history.id(), null, "6891", "office");
        Buyer school = new Buyer(history.id(), history.school("0001", "โรงเรียนไม่มีจัดซื้อ"), "68910001", "school");
        assertThat(flags.coverage(history.id(), office, year))
                .filteredOn(c -> c.code().equals("R018"))
                .singleElement()
                .satisfies(c -> assertThat(c.flagged()).isEqualTo(1));
        assertThat(flags.coverage(history.id(), school, year))
                .as("the school bought nothing")
                .allSatisfy(c -> assertThat(c.total()).isZero());
        assertThat(computation.year(year, history.id())).as("nothing changed").isZero();
    }

    // --- the audit unit's decisions

    @Test
    void theAuditorReviewsDismissesWithAReasonAndEscalatesEachAudited() {
        Procurement p = buy(school("0012"), "E_BIDDING", "600000", "goods", today, today.plusDays(1));
        Flags.Flag flag = answer(p, "R003");
        assertThat(flags.queue(area.id(), 500)).extracting(Flags.Flag::id).contains(flag.id());

        assertThatThrownBy(() -> reviews.decide(flag.id(), FlagReviews.Action.REVIEWED, "", teacher))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reviews.decide(flag.id(), FlagReviews.Action.DISMISSED, " ", auditor))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        assertThat(reviews.decide(flag.id(), FlagReviews.Action.REVIEWED, "", auditor)
                        .review())
                .isEqualTo("REVIEWED");
        assertThat(reviews.decide(flag.id(), FlagReviews.Action.ESCALATED, "ขอให้ตรวจเอกสาร", auditor)
                        .review())
                .isEqualTo("ESCALATED");
        assertThat(jdbc.sql("select count(*) from notifications.delivery where module = 'procurement'"
                                + " and about = :about and address = 'director.6890@example.org'")
                        .param("about", "flag " + flag.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        Flags.Flag dismissed = reviews.decide(flag.id(), FlagReviews.Action.DISMISSED, "ประกาศซ้ำตามระเบียบ", auditor);
        assertThat(dismissed.review()).isEqualTo("DISMISSED");
        assertThat(dismissed.reviewReason()).isEqualTo("ประกาศซ้ำตามระเบียบ");
        assertThat(flags.queue(area.id(), 500)).extracting(Flags.Flag::id).doesNotContain(flag.id());
        assertThat(audited("FLAG_DISMISSED")).isEqualTo(1);
        assertThat(audited("FLAG_ESCALATED")).isEqualTo(1);
    }

    // --- helpers

    private String school(String number) {
        area.school(number, "โรงเรียนธง 6890-" + number);
        return "6890" + number;
    }

    private Procurement buy(
            String school, String method, String budget, String category, LocalDate start, LocalDate end) {
        return procurements.create(
                school,
                new ProcurementDraft(
                        null,
                        "ซื้อ " + method + " " + budget,
                        category,
                        method,
                        false,
                        new BigDecimal(budget),
                        new BigDecimal(budget),
                        "สืบราคาจากท้องตลาด",
                        start,
                        end,
                        null,
                        List.of()),
                staff);
    }

    private long bid(Procurement p, int supplierIndex, String amount) {
        return tendering
                .bid(p.ocid(), new Tendering.NewBid(supplier[supplierIndex], new BigDecimal(amount), false, ""), staff)
                .id();
    }

    private void disqualified(Procurement p, int supplierIndex, String amount, String reason) {
        tendering.bid(
                p.ocid(), new Tendering.NewBid(supplier[supplierIndex], new BigDecimal(amount), true, reason), staff);
    }

    private void award(Procurement p, long bid, String amount) {
        award(p, bid, amount, today);
    }

    private void award(Procurement p, long bid, String amount, LocalDate on) {
        tendering.award(p.ocid(), bid, new BigDecimal(amount), on, staff);
    }

    /** Recomputes as the listener does after the last change, then the open answer. */
    private Flags.Flag answer(Procurement p, String code) {
        computation.changed(ProcurementChanged.of(p, "TEST"));
        return open(p.id(), code);
    }

    private Flags.Flag open(long procurementId, String code) {
        return flags.of(procurementId).stream()
                .filter(f -> f.code().equals(code) && f.closedAt() == null)
                .findFirst()
                .orElseThrow();
    }

    private void assertNotApplicable(Procurement p, String code, String reason) {
        Flags.Flag f = answer(p, code);
        assertThat(f.state()).as(code + " of " + p.title()).isEqualTo("not_applicable");
        assertThat(f.reason()).isEqualTo(reason);
    }

    private long imported(long areaId, String method, String budget, long supplierId, String amount) {
        long id = jdbc.sql("select nextval('procurement.procurement_id_seq')")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into procurement.procurement (id, ocid, area_id, fiscal_year, title, category, method,
                            budget, reference_price, status, created_by, updated_by)
                        values (:id, 'ocds-import-' || :id, :area, :year, 'ย้อนหลัง', 'goods', :method, :budget,
                            :budget, 'AWARDED', 0, 0)""")
                .param("id", id)
                .param("area", areaId)
                .param("year", year)
                .param("method", method)
                .param("budget", new BigDecimal(budget))
                .update();
        long bid = jdbc.sql("""
                        insert into procurement.bid (procurement_id, supplier_id, amount, created_by)
                        values (:p, :s, :a, 0) returning id""")
                .param("p", id)
                .param("s", supplierId)
                .param("a", new BigDecimal(amount))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into procurement.award (procurement_id, bid_id, amount, awarded_on, created_by)
                        values (:p, :b, :a, :on, 0)""")
                .param("p", id)
                .param("b", bid)
                .param("a", new BigDecimal(amount))
                .param("on", today)
                .update();
        return id;
    }

    private int audited(String action) {
        return jdbc.sql(
                        "select count(*) from platform.audit_event where action = :a and (area_id = :area or area_id is null)")
                .param("a", action)
                .param("area", area.id())
                .query(Integer.class)
                .single();
    }

    private static JsonNode json(String text) {
        return Evidence.tree(text);
    }
}
