package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.IntegrationTest;
import org.khet.TestFiles;
import org.khet.registry.TestArea;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Files sent with a complaint: told by content, limited in size and number, photos stored without metadata. On an area
 * of its own (6540).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentsTest extends IntegrationTest {

    @Autowired
    Complaints complaints;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private static final String AREA = "6540";
    private long area;

    @BeforeAll
    void openArea() {
        area = TestArea.open(context, AREA).id();
    }

    @Value("${khet.data-dir}")
    Path dataDir;

    private static Complaints.NewComplaint tipOff() {
        return new Complaints.NewComplaint(
                AREA, "TIP_OFF", "ภาพหลักฐาน", "ภาพถ่ายใบเสร็จ", true, null, null, null, List.of(), null, null);
    }

    @Test
    void aPhotoIsStoredWithoutItsGpsPositionAndAPdfWithoutItsAuthor() throws IOException {
        byte[] photo = TestFiles.jpegWithExif();
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");
        byte[] pdf = org.khet.TestFiles.pdfBy("Somsri Jaidee");

        var receipt = complaints.file(
                tipOff(),
                Channel.WEB,
                List.of(new Attachments.Upload("IMG_0001.jpg", photo), new Attachments.Upload("receipt.pdf", pdf)));

        var stored = jdbc.sql("""
                        select a.stored_name, a.content_type from complaints.complaint_attachment a
                        join complaints.complaint c on c.id = a.complaint_id where c.tracking_code = :code order by a.id""")
                .param("code", receipt.trackingCode())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(stored).extracting(r -> r.get(1)).containsExactly("image/jpeg", "application/pdf");
        Path dir = dataDir.resolve("files").resolve("complaints");
        byte[] keptPhoto = Files.readAllBytes(dir.resolve(stored.get(0).get(0)));
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(keptPhoto))).isNotNull();
        assertThat(new String(keptPhoto, StandardCharsets.ISO_8859_1))
                .doesNotContain("GPSLatitude")
                .doesNotContain("Exif");
        assertThat(new String(Files.readAllBytes(dir.resolve(stored.get(1).get(0))), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-")
                .doesNotContain("Somsri");
        assertThat(complaints
                        .track(receipt.trackingCode(), receipt.secret())
                        .orElseThrow()
                        .attachments())
                .isEqualTo(2);
    }

    @Test
    void aFileThatIsNotAPhotoOrPdfRefusesTheWholeComplaint() {
        long before = count();
        byte[] script = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() ->
                        complaints.file(tipOff(), Channel.WEB, List.of(new Attachments.Upload("photo.jpg", script))))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> assertThat(((RejectedException) e)
                                .errors()
                                .get(0)
                                .message()
                                .th())
                        .contains("photo.jpg")
                        .contains("รับเฉพาะภาพ JPEG, PNG หรือไฟล์ PDF"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void moreThanThreeFilesOrALargeOneAreRefused() throws IOException {
        byte[] photo = TestFiles.jpeg();
        var four = List.of(
                new Attachments.Upload("1.jpg", photo),
                new Attachments.Upload("2.jpg", photo),
                new Attachments.Upload("3.jpg", photo),
                new Attachments.Upload("4.jpg", photo));
        assertThatThrownBy(() -> complaints.file(tipOff(), Channel.WEB, four))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("not sent");
        byte[] large = new byte[Attachments.MAX_BYTES + 1];
        System.arraycopy(photo, 0, large, 0, photo.length);
        assertThatThrownBy(
                        () -> complaints.file(tipOff(), Channel.WEB, List.of(new Attachments.Upload("big.jpg", large))))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> assertThat(((RejectedException) e)
                                .errors()
                                .get(0)
                                .message()
                                .en())
                        .isEqualTo("big.jpg: larger than 5 MB"));
    }

    private long count() {
        return jdbc.sql("select count(*) from complaints.complaint where area_id = :a")
                .param("a", area)
                .query(Long.class)
                .single();
    }
}
