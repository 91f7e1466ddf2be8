package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.procurement.ProcurementDraft;
import org.khet.procurement.Procurements;
import org.khet.procurement.Suppliers;
import org.khet.procurement.Tendering;
import org.khet.registry.TestArea;
import org.khet.thai.ThaiNationalId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Someone without an account, on a phone (390 px), finds a school's procurement on the public portal by the start of
 * a Thai word, opens it and sees who won and the contract; every public page on the way is checked with axe and
 * looked at on a laptop and a phone (area 6862). The school's clerk reaches the same pages from the staff's pages.
 */
class PublicProcurementJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void theParentOfAPupilFindsASchoolsPurchaseByAThaiWordAndSeesWhoWonIt() {
        TestArea area = TestArea.open(spring, "6862");
        KhetUser clerk = area.account("clerk.6862", Role.SCHOOL_CLERK, area.school("0001", "โรงเรียนบ้านนาโพธิ์"));
        KhetUser other = area.account("clerk2.6862", Role.SCHOOL_CLERK, area.school("0002", "โรงเรียนวัดโคกสูง"));
        purchase(other, "68620002", "จ้างเหมารถรับส่งนักเรียน", "services");
        String ocid = purchase(clerk, "68620001", "จัดซื้อหนังสือเข้าห้องสมุดโรงเรียน", "goods");
        long supplier = spring.getBean(Suppliers.class)
                .add(
                        area.id(),
                        new Suppliers.Draft(
                                ThaiNationalId.withCheckDigit("010555006862"),
                                "บริษัท ศึกษาภัณฑ์นาโพธิ์ จำกัด",
                                "อำเภอเมือง",
                                List.of()),
                        clerk);
        Tendering tendering = spring.getBean(Tendering.class);
        long bid = tendering
                .bid(ocid, new Tendering.NewBid(supplier, new BigDecimal("48900"), false, ""), clerk)
                .id();
        LocalDate today = LocalDate.now();
        tendering.award(ocid, bid, new BigDecimal("48500"), today, clerk);
        tendering.contract(ocid, "สัญญาซื้อ 7/2570", today, new BigDecimal("48500"), clerk);
        tendering.member(ocid, "นายประสิทธิ์ ใจดี", "ประธานกรรมการตรวจรับพัสดุ", true, clerk);

        phone();
        page.navigate(url("/login"));
        page.locator("#procurement-portal").click();
        page.getByText("สพป.ทดสอบ 6862").click();
        assertThat(page.locator("h1")).hasText("ประกาศจัดซื้อจัดจ้าง");
        assertThat(page.locator("#buyer-name")).hasText("สพป.ทดสอบ 6862");
        assertThat(page.locator("article.notice")).hasCount(2);
        look("procurement-portal-area");

        page.locator("#filters summary").click();
        page.getByLabel("โรงเรียน", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .selectOption("68620002");
        page.locator("#apply-filters").click();
        assertThat(page.locator("article.notice h2")).hasText("จ้างเหมารถรับส่งนักเรียน");
        assertThat(page.locator("#filters[open]")).hasCount(1);
        page.locator("#clear").click();
        assertThat(page.locator("article.notice")).hasCount(2);

        page.getByLabel("ค้นหาด้วยคำ").fill("ห้องสมุ");
        page.locator("#search").click();
        assertThat(page.locator("article.notice")).hasCount(1);
        assertThat(page.locator("article.notice h2")).hasText("จัดซื้อหนังสือเข้าห้องสมุดโรงเรียน");
        assertThat(page.locator("article.notice .notice-buyer")).hasText("โรงเรียนบ้านนาโพธิ์");
        assertThat(page.locator("article.notice .notice-status")).hasText("ลงนามสัญญาแล้ว");
        assertAccessible();

        page.locator("article.notice h2 a").click();
        assertThat(page.locator("h1")).hasText("จัดซื้อหนังสือเข้าห้องสมุดโรงเรียน");
        assertThat(page.locator("#method")).hasText("วิธีเฉพาะเจาะจง");
        assertThat(page.locator("#winner")).hasText("บริษัท ศึกษาภัณฑ์นาโพธิ์ จำกัด");
        assertThat(page.locator("#agreed-price")).hasText("48,500.00 บาท");
        assertThat(page.locator("#contract-number")).hasText("สัญญาซื้อ 7/2570");
        assertThat(page.locator(".member .community")).hasText("ผู้แทนชุมชน");
        assertThat(page.locator("#timeline li")).hasCount(3);
        look("procurement-portal-notice");
        // The winner announcement is the public's to download, from the notice, without an account.
        String award = ProcurementDocumentsJourneyTest.text(
                page.waitForDownload(() -> page.locator("#award-pdf").click()).path(), "procurement-portal-award");
        org.assertj.core.api.Assertions.assertThat(award.replaceAll("\\s", ""))
                .as("justified Thai lines come out of pdftotext with spaces between letters: compared without spaces")
                .contains("ประกาศผู้ชนะการเสนอราคาจัดซื้อหนังสือ", "บริษัทศึกษาภัณฑ์นาโพธิ์จำกัด", "48,500.00")
                .doesNotContain("ซื้อจัดซื้อ");

        page.locator("#buyer-notices").click();
        assertThat(page.locator("#buyer-name")).hasText("โรงเรียนบ้านนาโพธิ์");
        assertThat(page.locator("article.notice")).hasCount(1);
        assertAccessible();

        expectAnswer(404, "/public/procurement/68629999");
        page.navigate(url("/public/procurement/68629999"));
        assertThat(page.locator("#not-found")).containsText("68629999");
        look("procurement-portal-missing");

        // The clerk who keeps the record checks what the public sees, from the staff's page.
        signIn("clerk.6862", TestArea.PASSWORD);
        page.navigate(url("/procurement/procurements/" + ocid));
        page.locator("#public-page").click();
        assertThat(page).hasURL(url("/public/procurement/notices/" + ocid));
        assertThat(page.locator("#winner")).hasText("บริษัท ศึกษาภัณฑ์นาโพธิ์ จำกัด");
        page.navigate(url("/procurement/procurements?buyer=68620001"));
        page.locator("#public-page").click();
        assertThat(page.locator("#buyer-name")).hasText("โรงเรียนบ้านนาโพธิ์");
    }

    private String purchase(KhetUser by, String buyer, String title, String category) {
        return spring.getBean(Procurements.class)
                .create(
                        buyer,
                        new ProcurementDraft(
                                null,
                                title,
                                category,
                                "SPECIFIC",
                                false,
                                new BigDecimal("50000"),
                                new BigDecimal("49000"),
                                "สืบราคาจากผู้ขาย 3 ราย",
                                null,
                                null,
                                null,
                                List.of(new ProcurementDraft.ItemDraft(
                                        title, "", "", BigDecimal.ONE, "รายการ", new BigDecimal("49000")))),
                        by)
                .ocid();
    }
}
