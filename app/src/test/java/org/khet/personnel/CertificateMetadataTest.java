package org.khet.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.TestFiles;
import org.khet.WebSession;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A teacher's medical certificate (sent through {@code POST /api/v1/personnel/leave/requests/{id}/attachments}) and
 * training certificate (sent through the development page) are kept without their hidden metadata: a phone photo's
 * EXIF GPS position and a PDF's author are gone from what is read back, and the photo still opens; a PNG declaring
 * 40,000 × 40,000 pixels is refused from its header with a bilingual message and nothing is stored. On an area of its
 * own (7230).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateMetadataTest extends IntegrationTest {

    private static final String TOO_LARGE_EN = "the picture is too large (40000 × 40000 pixels); at most 40 megapixels"
            + " are accepted, please send a smaller one";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Value("${khet.data-dir}")
    Path dataDir;

    private Api api;
    private WebSession web;

    @BeforeAll
    void teacher() {
        TestArea area = TestArea.open(context, "7230");
        long school = area.school("0001", "โรงเรียนไฟล์ส่วนตัว 7230");
        long teacher = area.person("723000000001", "ครู", "ไฟล์สะอาด", "TEACHER", school);
        area.account("teacher.7230", Role.TEACHER, school);
        area.link(teacher, "teacher.7230");
        api = Api.asUser(port, "teacher.7230", TestArea.PASSWORD);
        web = WebSession.signedIn(port, "teacher.7230", TestArea.PASSWORD);
    }

    @Test
    void aMedicalCertificateIsKeptWithoutItsGpsPositionOrItsAuthor() throws IOException {
        Api.Response filed = api.post("/api/v1/personnel/leave/requests", """
                {"type": "PERSONAL", "first_day": "2027-01-12", "last_day": "2027-01-13", "reason": "พบแพทย์",
                 "contact": "0812345678"}""");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String path =
                "/api/v1/personnel/leave/requests/" + filed.json().get("id").asLong() + "/attachments";
        byte[] photo = TestFiles.jpegWithExif();
        assertThat(latin(photo)).contains("GPSLatitude");

        Api.Response sentPhoto = api.upload(path, "IMG_0001.jpg", photo);
        Api.Response sentPdf = api.upload(path, "medical.pdf", TestFiles.pdfBy("Dr. Prasert Wongsuk"));

        assertThat(sentPhoto.status()).as(sentPhoto.body()).isEqualTo(201);
        assertThat(sentPdf.status()).as(sentPdf.body()).isEqualTo(201);
        JsonNode attachments = sentPdf.json().get("attachments");
        assertThat(attachments.findValuesAsString("media_type")).containsExactly("image/jpeg", "application/pdf");
        long request = filed.json().get("id").asLong();
        byte[] keptPhoto = download("/personnel/leave/" + request + "/attachments/"
                + attachments.get(0).get("id").asLong());
        assertWithoutMetadata(keptPhoto);
        byte[] keptPdf = download("/personnel/leave/" + request + "/attachments/"
                + attachments.get(1).get("id").asLong());
        assertThat(latin(keptPdf)).startsWith("%PDF-").doesNotContain("Prasert");
        PdfReader reader = new PdfReader(keptPdf);
        assertThat(reader.getInfo()).doesNotContainKey("Author");
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        reader.close();
    }

    @Test
    void aMedicalCertificatePhotoDeclaringTooManyPixelsIsRefusedAndNothingIsStored() throws IOException {
        Api.Response filed = api.post("/api/v1/personnel/leave/requests", """
                {"type": "PERSONAL", "first_day": "2027-01-19", "last_day": "2027-01-19", "reason": "พบแพทย์",
                 "contact": "0812345678"}""");
        String path =
                "/api/v1/personnel/leave/requests/" + filed.json().get("id").asLong() + "/attachments";
        long filesBefore = storedFiles();

        Api.Response refused = api.upload(path, "scan.png", TestFiles.pngBomb(40_000, 40_000));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("file");
        assertThat(error.get("message_en").asString()).isEqualTo("scan.png was not saved: " + TOO_LARGE_EN);
        assertThat(error.get("message_th").asString())
                .isEqualTo("ไม่ได้บันทึกไฟล์ scan.png: ภาพใหญ่เกินไป (40000 × 40000 จุด) รับภาพไม่เกิน 40 ล้านจุด"
                        + " กรุณาย่อภาพแล้วส่งใหม่");
        assertThat(api.get("/api/v1/personnel/leave/requests/"
                                + filed.json().get("id").asLong())
                        .json()
                        .get("attachments")
                        .size())
                .isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void aTrainingCertificatePhotoIsKeptWithoutItsGpsPositionAndAPdfWithoutItsAuthor() throws IOException {
        HttpResponse<String> photo =
                record("Photo certificate 7230", "certificate.jpg", "image/jpeg", TestFiles.jpegWithExif());
        HttpResponse<String> pdf =
                record("PDF certificate 7230", "certificate.pdf", "application/pdf", TestFiles.pdfBy("Somsak Rakdee"));

        assertThat(photo.statusCode()).isEqualTo(302);
        assertThat(pdf.statusCode()).isEqualTo(302);
        assertWithoutMetadata(certificate("Photo certificate 7230"));
        byte[] keptPdf = certificate("PDF certificate 7230");
        assertThat(latin(keptPdf)).startsWith("%PDF-").doesNotContain("Somsak");
        PdfReader reader = new PdfReader(keptPdf);
        assertThat(reader.getInfo()).doesNotContainKey("Author");
        reader.close();
    }

    @Test
    void aTrainingCertificatePhotoDeclaringTooManyPixelsIsRefusedOnThePageAndNothingIsRecorded() {
        long filesBefore = storedFiles();

        HttpResponse<String> sent =
                record("Bomb certificate 7230", "certificate.png", "image/png", TestFiles.pngBomb(40_000, 40_000));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(web.get("/personnel/development").body())
                .contains("ไม่ได้บันทึกไฟล์ certificate.png: ภาพใหญ่เกินไป (40000 × 40000 จุด)");
        assertThat(jdbc.sql("select count(*) from personnel.training_record where title = 'Bomb certificate 7230'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    private HttpResponse<String> record(String title, String fileName, String type, byte[] content) {
        Map<String, String> fields = Map.of(
                "title", title,
                "provider", "สพป.ทดสอบ 7230",
                "kind", "TRAINING",
                "firstDay", "2026-11-20",
                "lastDay", "2026-11-20",
                "hours", "6");
        return web.postMultipart(
                "/personnel/development", "/personnel/development", fields, "certificate", fileName, type, content);
    }

    private byte[] certificate(String title) {
        long id = jdbc.sql("select id from personnel.training_record where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        return download("/personnel/development/records/" + id + "/certificate");
    }

    private byte[] download(String path) {
        HttpResponse<byte[]> r = web.download(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static void assertWithoutMetadata(byte[] kept) throws IOException {
        assertThat(latin(kept)).doesNotContain("GPSLatitude").doesNotContain("Exif");
        var image = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(30);
    }

    private long storedFiles() {
        Path folder = dataDir.resolve("files").resolve("personnel");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String latin(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
