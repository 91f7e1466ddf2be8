package org.khet.accounts;

import java.util.List;
import org.khet.platform.Report;
import org.khet.platform.ReportFiles;
import org.khet.shared.RejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sheet of first-sign-in slips as a Thai A4 PDF, one boxed slip per account to cut and hand over. The page
 * carries the slips as JSON in its download form, so the server makes the PDF without having kept them.
 */
@Component
class SlipSheet {

    static final String INSTRUCTION_TH =
            "รหัสผ่านนี้ใช้เข้าระบบได้ครั้งแรกเท่านั้น ระบบจะให้เปลี่ยนเป็นรหัสผ่านของท่านเอง"
                    + " (อย่างน้อย 10 ตัวอักษร) ทันทีที่เข้าระบบ โปรดเก็บเอกสารนี้เป็นความลับ";
    private static final int MAX_SLIPS = 2000;

    private final ReportFiles files;
    private final JsonMapper json;

    SlipSheet(ReportFiles files, JsonMapper json) {
        this.files = files;
        this.json = json;
    }

    String write(List<Batch.Slip> slips) {
        return json.writeValueAsString(slips);
    }

    List<Batch.Slip> read(String text) {
        try {
            List<Batch.Slip> slips = json.readValue(text, new TypeReference<List<Batch.Slip>>() {});
            if (slips.isEmpty() || slips.size() > MAX_SLIPS) {
                throw new IllegalArgumentException("slips");
            }
            return slips;
        } catch (JacksonException | IllegalArgumentException e) {
            throw RejectedException.of("slips", "ข้อมูลใบแจ้งรหัสผ่านไม่ถูกต้อง", "The slips are not readable");
        }
    }

    ResponseEntity<byte[]> pdf(List<Batch.Slip> slips, String signIn) {
        List<Report.Table> tables = slips.stream()
                .map(s -> new Report.Table(
                        s.place() + " · " + s.name() + " (" + s.position() + ")",
                        List.of("ชื่อผู้ใช้", "รหัสผ่านครั้งแรก", "วิธีเข้าระบบ"),
                        List.of(List.of(
                                Report.Cell.text(s.username()),
                                Report.Cell.text(s.password()),
                                Report.Cell.text("เข้าระบบที่ " + signIn + " " + INSTRUCTION_TH)))))
                .toList();
        Report report = new Report(
                "บัญชีผู้ใช้ Khet สำหรับเข้าระบบครั้งแรก",
                "ตัดตามเส้นแล้วมอบให้เจ้าของบัญชีแต่ละคน · เข้าระบบที่ " + signIn,
                tables);
        return files.download(report, "first-sign-in-slips", "pdf");
    }
}
