package org.khet.procurement;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import org.khet.platform.Report;
import org.khet.platform.ReportFiles;
import org.khet.shared.NotFoundException;
import org.khet.thai.BuddhistDates;
import org.khet.thai.FiscalYear;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents the law asks a buyer to publish, for anyone without an account, written from the records on each
 * request: a procurement's invitation (or, for the specific method, the record of the purchase), its reference-price
 * disclosure once a reference price is set, its winner announcement once awarded; a buyer's annual plan (fiscal year,
 * BE) and monthly summary สขร. 1 (calendar month, BE year) as PDF or Excel. An unknown procurement, buyer, year or
 * month is not found. Cached briefly, like the other public pages.
 */
@RestController
class PublicProcurementFiles {

    static final String NOTICES = "/public/procurement/notices/{ocid}";
    private static final CacheControl CACHED =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ProcurementStore store;
    private final Buyers buyers;
    private final ProcurementNotices notices;
    private final ProcurementSheets sheets;
    private final ProcurementReports reports;
    private final ReportFiles files;
    private final MethodRules rules;

    PublicProcurementFiles(
            ProcurementStore store,
            Buyers buyers,
            ProcurementNotices notices,
            ProcurementSheets sheets,
            ProcurementReports reports,
            ReportFiles files,
            MethodRules rules) {
        this.store = store;
        this.buyers = buyers;
        this.notices = notices;
        this.sheets = sheets;
        this.reports = reports;
        this.files = files;
        this.rules = rules;
    }

    @GetMapping(NOTICES + "/invitation.pdf")
    ResponseEntity<byte[]> invitation(@PathVariable String ocid) {
        Procurement p = procurement(ocid);
        return pdf(notices.invitation(p), "invitation-" + p.ocid());
    }

    @GetMapping(NOTICES + "/award.pdf")
    ResponseEntity<byte[]> award(@PathVariable String ocid) {
        Procurement p = procurement(ocid);
        return pdf(notices.award(p), "award-" + p.ocid());
    }

    @GetMapping(NOTICES + "/reference-price.pdf")
    ResponseEntity<byte[]> referencePrice(@PathVariable String ocid) {
        Procurement p = procurement(ocid);
        return pdf(files.pdf(sheets.referencePrice(p)), "reference-price-" + p.ocid());
    }

    @GetMapping("/public/procurement/{buyerCode}/plan.{format}")
    ResponseEntity<byte[]> plan(
            @PathVariable String buyerCode, @PathVariable String format, @RequestParam(required = false) Integer year) {
        Buyer buyer = buyer(buyerCode);
        int fiscalYear = year == null ? FiscalYear.of(rules.today()).buddhistYear() : known(year);
        Report plan = reports.plan(buyer, fiscalYear);
        return cached(files.download(plan, "plan-" + buyer.code() + "-" + fiscalYear, format));
    }

    @GetMapping("/public/procurement/{buyerCode}/monthly.{format}")
    ResponseEntity<byte[]> monthly(
            @PathVariable String buyerCode,
            @PathVariable String format,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month) {
        Buyer buyer = buyer(buyerCode);
        YearMonth today = YearMonth.from(rules.today());
        int m = month == null ? today.getMonthValue() : month;
        if (m < 1 || m > 12) {
            throw new NotFoundException("month");
        }
        YearMonth ym = YearMonth.of(year == null ? today.getYear() : BuddhistDates.toGregorianYear(known(year)), m);
        Report summary = reports.monthly(buyer, ym);
        String name = "sor-kor-ror-1-" + buyer.code() + "-" + BuddhistDates.toBuddhistYear(ym.getYear()) + "-" + m;
        return cached(files.download(summary, name, format));
    }

    private Procurement procurement(String ocid) {
        return store.byOcid(ocid).orElseThrow(() -> new NotFoundException("procurement"));
    }

    private Buyer buyer(String code) {
        return buyers.byCode(code).orElseThrow(() -> new NotFoundException("buyer"));
    }

    /** A Buddhist-Era year the records can hold. */
    private static int known(int year) {
        if (year < 2500 || year > 2700) {
            throw new NotFoundException("year");
        }
        return year;
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CACHED)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(name + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(pdf);
    }

    private static ResponseEntity<byte[]> cached(ResponseEntity<byte[]> file) {
        return ResponseEntity.status(file.getStatusCode())
                .headers(file.getHeaders())
                .cacheControl(CACHED)
                .body(file.getBody());
    }
}
