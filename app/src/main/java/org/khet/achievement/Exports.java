package org.khet.achievement;

import org.khet.platform.Report;
import org.khet.platform.ReportFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Answers a report as an Excel or PDF download. */
@Component
class Exports {

    private final ReportFiles files;

    Exports(ReportFiles files) {
        this.files = files;
    }

    ResponseEntity<byte[]> answer(Report report, String name, String format) {
        return files.download(report, name, format);
    }
}
