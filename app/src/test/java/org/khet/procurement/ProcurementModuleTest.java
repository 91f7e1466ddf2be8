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
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first step of procurement on an area of its own (6800): which methods a budget allows, as dated bands; the
 * area's suppliers, one per tax ID, a person's tax ID masked to those who do not keep the list; the debarred list
 * imported whole or not at all.
 */
// Correspondence, whose announcement form procurement prints with, needs notifications and the calendar.
@ModuleTest(extraIncludes = {"notifications", "calendar"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcurementModuleTest {

    static final String COMPANY = ThaiNationalId.withCheckDigit("010555000001");
    static final String PERSON = ThaiNationalId.withCheckDigit("310010000001");

    @Autowired
    ApplicationContext context;

    @Autowired
    MethodRules rules;

    @Autowired
    Suppliers suppliers;

    @Autowired
    DebarredList debarred;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    long area;
    KhetUser clerk;
    KhetUser teacher;
    KhetUser admin;

    @BeforeAll
    void anAreaWithASchool() {
        TestArea a = TestArea.open(context, "6800");
        area = a.id();
        long school = a.school("0001", "โรงเรียนจัดซื้อ");
        clerk = a.account("clerk.6800", Role.SCHOOL_CLERK, school);
        teacher = a.account("teacher.6800", Role.TEACHER, school);
        admin = accounts.signedIn(accounts.byUsername("admin").orElseThrow());
    }

    @Test
    void theShippedBandsSayWhichMethodsABudgetAllows() {
        LocalDate day = LocalDate.of(2026, 12, 6);

        assertThat(methods(new BigDecimal("500000"), false, day)).containsExactlyInAnyOrder("SPECIFIC", "SELECTION");
        assertThat(methods(new BigDecimal("500000.01"), false, day))
                .containsExactlyInAnyOrder("E_BIDDING", "SELECTION", "PRICE_INQUIRY");
        assertThat(methods(new BigDecimal("800000"), true, day)).containsExactlyInAnyOrder("E_MARKET", "SELECTION");
        assertThat(rules.allowing(new BigDecimal("6000000"), true, day))
                .filteredOn(r -> r.method() == Method.E_MARKET)
                .singleElement()
                .satisfies(r -> assertThat(r.variant()).isEqualTo("E_AUCTION"));
        assertThat(rules.allows(Method.SPECIFIC, new BigDecimal("600000"), false, day))
                .isFalse();
        assertThat(methods(new BigDecimal("100000"), false, LocalDate.of(2017, 1, 1)))
                .as("before the 2560 act nothing is shipped")
                .isEmpty();
        assertThat(Method.SELECTION.ocds()).isEqualTo("limited");
        assertThat(Method.SPECIFIC.ocds()).isEqualTo("direct");
        assertThat(Method.E_BIDDING.ocds()).isEqualTo("open");
    }

    @Test
    void aNewBandAppliesFromItsDayAndAnEndedOneStopsThere() {
        LocalDate from = rules.today().plusDays(30);
        var refused = new MethodRules.Rule(
                0,
                Method.SPECIFIC,
                "",
                null,
                BigDecimal.ZERO,
                new BigDecimal("1000000"),
                1,
                rules.today().minusDays(1),
                null,
                "ว 999");
        assertThatThrownBy(() -> rules.add(refused, admin)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> rules.add(
                        new MethodRules.Rule(
                                0,
                                Method.SPECIFIC,
                                "",
                                null,
                                new BigDecimal("10"),
                                new BigDecimal("5"),
                                1,
                                from,
                                null,
                                "ว 999"),
                        admin))
                .isInstanceOf(RejectedException.class);
        int before = rules.all().size();

        long id = rules.add(
                new MethodRules.Rule(
                        0,
                        Method.SPECIFIC,
                        "",
                        null,
                        new BigDecimal("500000"),
                        new BigDecimal("1000000"),
                        1,
                        from,
                        null,
                        "หนังสือเวียนทดสอบ 6800"),
                admin);
        assertThat(rules.all()).hasSize(before + 1);
        assertThat(rules.allows(Method.SPECIFIC, new BigDecimal("700000"), false, from.minusDays(1)))
                .isFalse();
        assertThat(rules.allows(Method.SPECIFIC, new BigDecimal("700000"), false, from))
                .isTrue();

        rules.end(id, from.plusDays(10), admin);
        assertThat(rules.allows(Method.SPECIFIC, new BigDecimal("700000"), false, from.plusDays(9)))
                .isTrue();
        assertThat(rules.allows(Method.SPECIFIC, new BigDecimal("700000"), false, from.plusDays(10)))
                .isFalse();
        assertThatThrownBy(() -> rules.end(id, from.plusDays(20), admin)).isInstanceOf(RejectedException.class);
        jdbc.sql("delete from procurement.method_rule where id = :id")
                .param("id", id)
                .update();
    }

    @Test
    void aSupplierIsAddedOncePerTaxIdAndAPersonsIdIsMaskedToOthers() {
        assertThatThrownBy(() -> suppliers.add(area, new Suppliers.Draft("0105550000010", "", "", List.of()), clerk))
                .as("a wrong check digit and no name: both said, nothing kept")
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("tax_id", "name"));
        assertThatThrownBy(() -> suppliers.add(area, new Suppliers.Draft(COMPANY, "บริษัท", "", List.of()), teacher))
                .isInstanceOf(ForbiddenException.class);

        long company = suppliers.add(
                area,
                new Suppliers.Draft(
                        "0-1055-50000-01-" + COMPANY.charAt(12),
                        "บริษัท เครื่องเขียนพัทลุง จำกัด",
                        "ถนนราชดำเนิน พัทลุง",
                        List.of("นายหนึ่ง ใจดี", " ", "นางสอง ใจงาม")),
                clerk);
        suppliers.add(area, new Suppliers.Draft(PERSON, "ร้านสมชายพาณิชย์", "", List.of()), clerk);
        assertThatThrownBy(() -> suppliers.add(area, new Suppliers.Draft(COMPANY, "ชื่ออื่น", "", List.of()), clerk))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("บริษัท เครื่องเขียนพัทลุง จำกัด");

        assertThat(suppliers.find(area, "เครื่องเขียน", clerk)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(company);
            assertThat(s.taxId()).isEqualTo(COMPANY);
            assertThat(s.juristic()).isTrue();
            assertThat(s.directors()).containsExactly("นายหนึ่ง ใจดี", "นางสอง ใจงาม");
        });
        assertThat(suppliers.find(area, PERSON.substring(0, 6), clerk))
                .singleElement()
                .satisfies(s -> assertThat(s.taxId()).isEqualTo(PERSON));
        assertThat(suppliers.find(area, "สมชาย", teacher))
                .as("a teacher reads the list with a person's ID masked")
                .singleElement()
                .satisfies(s -> assertThat(s.taxId())
                        .isEqualTo(ThaiNationalId.mask(PERSON))
                        .doesNotContain(PERSON.substring(5, 10)));
    }

    @Test
    void theDebarredListIsReplacedWholeOrNotAtAll() {
        String listed = ThaiNationalId.withCheckDigit("010555000099");
        suppliers.add(area, new Suppliers.Draft(listed, "บริษัท ทิ้งงาน จำกัด", "", List.of()), clerk);
        String file = "tax_id,name,listed_on,reference\n" + listed + ",บริษัท ทิ้งงาน จำกัด,1/3/2569,กวจ 1/2569\n";

        assertThatThrownBy(() -> debarred.replace(file.getBytes(StandardCharsets.UTF_8), "list.csv", clerk))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> debarred.replace(
                        (file + "1234,,32/13/2569,\n" + listed + ",ซ้ำ,,\n").getBytes(StandardCharsets.UTF_8),
                        "bad.csv",
                        admin))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("tax_id", "name", "listed_on"));
        assertThat(flagged("บริษัท ทิ้งงาน"))
                .as("a refused file changes nothing")
                .isFalse();

        assertThat(debarred.replace(file.getBytes(StandardCharsets.UTF_8), "list.csv", admin))
                .isEqualTo(1);
        assertThat(flagged("บริษัท ทิ้งงาน")).isTrue();
        assertThat(suppliers.find(area, "บริษัท ทิ้งงาน", clerk).get(0).debarredReference())
                .isEqualTo("กวจ 1/2569");
        assertThat(jdbc.sql("select listed_on from procurement.debarred where tax_id = :t")
                        .param("t", listed)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2026, 3, 1));

        debarred.replace(
                "tax_id,name\n".concat(COMPANY).concat(",อื่น\n").getBytes(StandardCharsets.UTF_8), "next.csv", admin);
        assertThat(flagged("บริษัท ทิ้งงาน"))
                .as("the next import replaces the list")
                .isFalse();
        assertThat(debarred.latest())
                .hasValueSatisfying(i -> assertThat(i.fileName()).isEqualTo("next.csv"));
    }

    private boolean flagged(String name) {
        return suppliers.find(area, name, clerk).get(0).debarred();
    }

    private List<String> methods(BigDecimal budget, boolean catalogue, LocalDate day) {
        return rules.allowing(budget, catalogue, day).stream()
                .map(r -> r.method().name())
                .toList();
    }
}
