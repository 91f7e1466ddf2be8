package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.TestFiles;
import org.khet.TestPdfs;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files a stranger sends through the public API: a picture bomb is refused from its header at once with the heap
 * flat, a photo and a PDF are stored without what identifies their sender, and under neutral names. Filed about
 * a school of an area of its own (6560).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentBoundsTest extends IntegrationTest {

    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void openArea() {
        TestArea.open(context, "6560").school("0001", "โรงเรียนทดสอบไฟล์แนบ 6560");
    }

    @Value("${khet.data-dir}")
    Path dataDir;

    record Filed(String code, String secret) {}

    @Test
    void aPictureBombIsRefusedAtOnceAndTheHeapStaysFlat() {
        byte[] bomb = TestFiles.pngBomb(40_000, 40_000);
        assertThat(bomb.length).isLessThan(400_000);

        Sent sent = sendWatched("198.51.100.71", "bomb.png", bomb);

        assertThat(sent.answer().status()).isEqualTo(422);
        assertThat(sent.took()).isLessThan(Duration.ofSeconds(1));
        assertThat(sent.oldPeakRise()).isLessThan(100 * MB);
        assertThat(sent.heap().keptAfterGc()).isLessThan(100 * MB);
        var error = sent.answer().json().get("errors").get(0);
        assertThat(error.get("message_en").asString())
                .isEqualTo("file 1: the picture is too large (40000 × 40000 pixels); at most 40 megapixels are"
                        + " accepted, please send a smaller one");
        assertThat(error.get("message_th").asString()).contains("40 ล้านจุด");
        assertThat(storedNames(sent.filed())).isEmpty();
    }

    @Test
    void aColourPngAndAJpegDeclaringTooManyPixelsAreRefusedFromTheirHeaders() throws IOException {
        Api api = Api.anonymous(port).with("X-Forwarded-For", "198.51.100.74");
        Filed filed = file(api);
        byte[] colour = TestFiles.pngBomb(40_000, 40_000, 8, 2, 100);
        byte[] jpeg = declaring(TestFiles.jpeg(), 50_000, 50_000);

        long start = System.nanoTime();
        Api.Response png = attach(api, filed, "colour.png", colour);
        Api.Response jpg = attach(api, filed, "big.jpg", jpeg);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(png.status()).isEqualTo(422);
        assertThat(png.json().get("errors").get(0).get("message_en").asString()).contains("40000 × 40000 pixels");
        assertThat(jpg.status()).isEqualTo(422);
        assertThat(jpg.json().get("errors").get(0).get("message_en").asString()).contains("50000 × 50000 pixels");
        assertThat(storedNames(filed)).isEmpty();
    }

    @Test
    void aPngWhoseCompressedTextInflatesFarIsKeptWithoutItAndTheHeapStaysFlat() {
        byte[] png = TestFiles.paletteWithText(400 * 1024 * 1024);

        Sent sent = sendWatched("198.51.100.75", "comment.png", png);

        assertThat(sent.answer().status()).isEqualTo(201);
        assertThat(sent.oldPeakRise()).isLessThan(100 * MB);
        byte[] kept = stored(sent.filed()).get(0);
        assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("zTXt");
    }

    @Test
    void aPdfWhoseCrossReferenceStreamInflatesFarIsRefusedAtOnceAndTheHeapStaysFlat() {
        byte[] pdf = TestFiles.pdfXrefBomb(400 * 1024 * 1024);

        Sent sent = sendWatched("198.51.100.76", "bomb.pdf", pdf);

        assertThat(sent.took()).isLessThan(Duration.ofSeconds(1));
        assertThat(sent.answer().status()).isEqualTo(422);
        assertThat(sent.oldPeakRise()).isLessThan(100 * MB);
        assertThat(sent.answer().json().get("errors").get(0).get("message_en").asString())
                .isEqualTo("file 1: the PDF's streams inflate past 64 MB or are compressed in a way whose size cannot"
                        + " be checked, so it is refused");
        assertThat(storedNames(sent.filed())).isEmpty();
    }

    @Test
    void aPdfWhoseObjectStreamIsAHexWrappedBombIsRefusedAtOnceAndTheHeapStaysFlat() {
        byte[] pdf = TestPdfs.hexWrappedBomb(400 * 1024 * 1024);

        Sent sent = sendWatched("198.51.100.77", "wrapped.pdf", pdf);

        assertThat(sent.took()).isLessThan(Duration.ofSeconds(1));
        assertThat(sent.answer().status()).isEqualTo(422);
        assertThat(sent.oldPeakRise()).isLessThan(100 * MB);
        assertThat(sent.answer().json().get("errors").get(0).get("message_en").asString())
                .contains("cannot be checked");
        assertThat(storedNames(sent.filed())).isEmpty();
    }

    @Test
    void aPdfBombBehindADictionaryPaddedPastFourKilobytesIsRefused() {
        String padding = "/Padding (" + "x".repeat(8 * 1024) + ") ";
        byte[] pdf = TestPdfs.xrefStream(padding, TestPdfs.zeros(400 * 1024 * 1024));

        Sent sent = sendWatched("198.51.100.78", "padded.pdf", pdf);

        assertThat(sent.took()).isLessThan(Duration.ofSeconds(1));
        assertThat(sent.answer().status()).isEqualTo(422);
        assertThat(sent.oldPeakRise()).isLessThan(100 * MB);
        assertThat(sent.answer().json().get("errors").get(0).get("message_en").asString())
                .contains("inflate past 64 MB");
        assertThat(storedNames(sent.filed())).isEmpty();
    }

    @Test
    void aPhotoIsKeptWithoutItsExifAndUnderANeutralName() throws IOException {
        Api api = Api.anonymous(port).with("X-Forwarded-For", "198.51.100.72");
        Filed filed = file(api);
        byte[] photo = TestFiles.jpegWithExif();
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");

        Api.Response answer = attach(api, filed, "IMG_20261205_somchai.jpg", photo);

        assertThat(answer.status()).isEqualTo(201);
        byte[] kept = stored(filed).get(0);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(kept)).getWidth())
                .isEqualTo(40);
        assertThat(new String(kept, StandardCharsets.ISO_8859_1))
                .doesNotContain("GPSLatitude")
                .doesNotContain("Exif");
        assertThat(storedNames(filed)).containsExactly("attachment-1.jpg");
        assertThat(nameAnywhere("somchai")).isZero();
    }

    @Test
    void aPdfIsKeptWithoutItsAuthorTitleOrXmp() throws IOException {
        Api api = Api.anonymous(port).with("X-Forwarded-For", "198.51.100.73");
        Filed filed = file(api);
        byte[] pdf = TestFiles.pdfBy("Wichai Sukjai");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1))
                .contains("Wichai Sukjai")
                .contains("xmpmeta");
        assertThat(idOf(pdf)).isNotEmpty();
        assertThat(attach(api, filed, "first.png", TestFiles.png()).status()).isEqualTo(201);

        Api.Response answer = attach(api, filed, "payslip-wichai.pdf", pdf);

        assertThat(answer.status()).isEqualTo(201);
        byte[] kept = stored(filed).get(1);
        assertThat(new String(kept, StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-")
                .doesNotContain("Wichai")
                .doesNotContain("xmpmeta")
                .doesNotContain("/Author")
                .doesNotContain("/Producer")
                .doesNotContain("/ModDate");
        var reader = new com.lowagie.text.pdf.PdfReader(kept);
        assertThat(reader.getInfo()).isEmpty();
        assertThat(idOf(kept)).isNotEqualTo(idOf(pdf));
        assertThat(reader.getCatalog().get(com.lowagie.text.pdf.PdfName.METADATA))
                .isNull();
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1))
                .contains("receipt 1,500 baht");
        assertThat(storedNames(filed)).containsExactly("attachment-1.png", "attachment-2.pdf");
        assertThat(nameAnywhere("wichai")).isZero();
    }

    /** The first half of a PDF's /ID, which stays with every copy of the document; empty when it has none. */
    private static String idOf(byte[] pdf) throws IOException {
        var id = new com.lowagie.text.pdf.PdfReader(pdf).getTrailer().getAsArray(com.lowagie.text.pdf.PdfName.ID);
        return id == null
                ? ""
                : java.util.HexFormat.of().formatHex(id.getAsString(0).getBytes());
    }

    private Filed file(Api api) {
        Api.Response r = api.post("/api/v1/public/complaints", """
                {"category": "TIP_OFF", "subject": "หลักฐานการเรียกเงิน", "details": "แนบหลักฐานตามมา",
                 "anonymous": true, "school_code": "65600001"}""");
        assertThat(r.status()).isEqualTo(201);
        return new Filed(
                r.json().get("tracking_code").asString(), r.json().get("secret").asString());
    }

    /**
     * A file under the size cap attached to a fresh filing from {@code client}, timed, with the old generation
     * watched from a full collection before it.
     */
    private Sent sendWatched(String client, String name, byte[] content) {
        assertThat(content.length).isLessThan(Attachments.MAX_BYTES);
        Api api = Api.anonymous(port).with("X-Forwarded-For", client);
        Filed filed = file(api);
        Heap heap = new Heap();
        long start = System.nanoTime();
        Api.Response answer = attach(api, filed, name, content);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Sent(filed, answer, took, heap.oldPeakRise(), heap);
    }

    private record Sent(Filed filed, Api.Response answer, Duration took, long oldPeakRise, Heap heap) {}

    private static Api.Response attach(Api api, Filed filed, String name, byte[] content) {
        return api.with("X-Complaint-Secret", filed.secret())
                .upload("/api/v1/public/complaints/" + filed.code() + "/attachments", name, content);
    }

    private List<String> storedNames(Filed filed) {
        return jdbc.sql("""
                        select a.original_name from complaints.complaint_attachment a join complaints.complaint c on c.id = a.complaint_id
                        where c.tracking_code = :code order by a.id""").param("code", filed.code()).query(String.class).list();
    }

    private List<byte[]> stored(Filed filed) {
        Path dir = dataDir.resolve("files").resolve("complaints");
        return jdbc.sql("""
                        select a.stored_name from complaints.complaint_attachment a join complaints.complaint c on c.id = a.complaint_id
                        where c.tracking_code = :code order by a.id""").param("code", filed.code()).query(String.class).list().stream()
                .map(name -> {
                    try {
                        return Files.readAllBytes(dir.resolve(name));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .toList();
    }

    /** Rows of the attachment table, the steps and the audit log that mention the sender's file name. */
    private long nameAnywhere(String fragment) {
        return jdbc.sql("""
                        select (select count(*) from complaints.complaint_attachment where original_name ilike :f)
                             + (select count(*) from complaints.complaint_step where public_note ilike :f)
                             + (select count(*) from platform.audit_event where coalesce(after::text, '') ilike :f)""").param("f", "%" + fragment + "%").query(Long.class).single();
    }

    /**
     * The heap from a full collection on: how far the old generation's use peaks above where it stood, and how much
     * more stays in use after another collection.
     */
    private static final class Heap {

        private final List<MemoryPoolMXBean> old = oldGeneration();
        private final long usedBefore = usedAfterGc();
        private final long oldBefore =
                old.stream().mapToLong(p -> p.getUsage().getUsed()).sum();

        Heap() {
            old.forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        long oldPeakRise() {
            return old.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - oldBefore;
        }

        long keptAfterGc() {
            return usedAfterGc() - usedBefore;
        }
    }

    private static List<MemoryPoolMXBean> oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .toList();
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The JPEG with its frame header (SOF0) saying it is {@code width × height}. */
    private static byte[] declaring(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 8 < out.length; i++) {
            if ((out[i] & 0xFF) == 0xFF && (out[i + 1] & 0xFF) == 0xC0) {
                out[i + 5] = (byte) (height >> 8);
                out[i + 6] = (byte) height;
                out[i + 7] = (byte) (width >> 8);
                out[i + 8] = (byte) width;
                return out;
            }
        }
        throw new IllegalStateException("no SOF0 in the JPEG");
    }
}
