package org.khet.platform;

import java.nio.charset.StandardCharsets;
import org.khet.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A {@link Report} as a file to download, what every module's export links call: an Excel workbook
 * ({@link ReportWorkbook}) or a Thai PDF ({@link ReportPdf}), coloured alike ({@link ReportColours}).
 */
@Component
public class ReportFiles {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportPdf pdf;

    ReportFiles(ReportPdf pdf) {
        this.pdf = pdf;
    }

    /** A report as a download: {@code format} is xlsx or pdf; anything else is not found. */
    public ResponseEntity<byte[]> download(Report report, String name, String format) {
        boolean excel = "xlsx".equals(format);
        if (!excel && !"pdf".equals(format)) {
            throw new NotFoundException("format");
        }
        return ResponseEntity.ok()
                .contentType(excel ? XLSX : MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + format, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(excel ? excel(report) : pdf(report));
    }

    public byte[] excel(Report report) {
        return ReportWorkbook.of(report);
    }

    public byte[] pdf(Report report) {
        return pdf.of(report);
    }
}
