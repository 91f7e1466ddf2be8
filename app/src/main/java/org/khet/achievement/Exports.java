package org.khet.achievement;

import java.nio.charset.StandardCharsets;
import org.khet.platform.Report;
import org.khet.platform.ReportFiles;
import org.khet.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Answers a report as an Excel or PDF download. */
@Component
class Exports {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportFiles files;

    Exports(ReportFiles files) {
        this.files = files;
    }

    ResponseEntity<byte[]> answer(Report report, String name, String format) {
        boolean excel = "xlsx".equals(format);
        if (!excel && !"pdf".equals(format)) {
            throw new NotFoundException("format");
        }
        byte[] body = excel ? files.excel(report) : files.pdf(report);
        return ResponseEntity.ok()
                .contentType(excel ? XLSX : MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + format, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
