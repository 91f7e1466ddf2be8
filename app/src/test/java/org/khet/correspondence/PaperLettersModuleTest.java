package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Letters received on paper (area codes 6620–6629): registered with their scan into the receipt register, the scan
 * kept as it came and stamped, listed in the inbox as accepted; a refused registration keeps nothing.
 */
@ModuleTest
class PaperLettersModuleTest {

    /** The office's day: the date a letter may carry is checked in Thai time, whatever the machine's zone. */
    private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    PaperLetters paper;

    @Autowired
    LetterFiles files;

    @Autowired
    LetterSeal seal;

    @Autowired
    Letters letters;

    @Autowired
    Registers registers;

    @Autowired
    Inbox inbox;

    @Autowired
    Accounts accounts;

    @Test
    void aScannedLetterTakesTheNextReceiptNumberAndIsKeptAsItCameAndStamped() throws Exception {
        Organisation office = office("6620");
        KhetUser clerk = staff(office);
        PaperLetters.Received r = paper.register(
                office,
                new PaperLetters.Typed(
                        "สำนักงานศึกษาธิการจังหวัดพัทลุง",
                        "ศธ 0236/1234",
                        LocalDate.now(THAILAND).minusDays(3),
                        "ขอความร่วมมือสำรวจข้อมูลครู",
                        "VERY_URGENT",
                        null),
                "scan.pdf",
                scan(),
                clerk);

        assertThat(r.receipt().register()).isEqualTo(Register.RECEIPT);
        assertThat(r.receipt().sequence()).isEqualTo(1);
        assertThat(registers.rows(office, Register.RECEIPT, r.receipt().year()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.letterNumber()).isEqualTo("ศธ 0236/1234");
                    assertThat(e.fromName()).isEqualTo("สำนักงานศึกษาธิการจังหวัดพัทลุง");
                    assertThat(e.dated()).isEqualTo(LocalDate.now(THAILAND).minusDays(3));
                });
        List<LetterFiles.Attachment> kept = files.of(r.letterId());
        assertThat(kept)
                .extracting(LetterFiles.Attachment::name)
                .containsExactly("scan.pdf", "scan (ประทับตรารับ).pdf");
        byte[] stamped =
                files.read(r.letterId(), kept.get(1).id()).orElseThrow().getValue();
        assertThat(new PdfReader(stamped).getNumberOfPages()).isEqualTo(1);
        assertThat(stamped).isNotEqualTo(scan());
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("receipt-stamp.pdf"), stamped);
        assertThat(seal.check(letters.byId(r.letterId()).orElseThrow()).intact())
                .isTrue();

        Inbox.Item item = inbox.page(office, 1, true).items().get(0);
        assertThat(item.number()).isEqualTo("ศธ 0236/1234");
        assertThat(item.fromName()).isEqualTo("สำนักงานศึกษาธิการจังหวัดพัทลุง");
        assertThat(item.state()).isEqualTo(DeliveryState.ACCEPTED);
    }

    @Test
    void aPhotoOfALetterIsPutOnAPageAndStamped() throws Exception {
        Organisation office = office("6621");
        BufferedImage photo = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(photo, "png", png);
        PaperLetters.Received r = paper.register(
                office,
                new PaperLetters.Typed(
                        "โรงเรียนเอกชนในพื้นที่", "12/2569", LocalDate.now(THAILAND), "ขอเชิญร่วมงาน", null, null),
                "IMG_2041.png",
                png.toByteArray(),
                staff(office));

        LetterFiles.Attachment stamped = files.of(r.letterId()).get(1);
        assertThat(stamped.contentType()).isEqualTo("application/pdf");
        assertThat(new PdfReader(files.read(r.letterId(), stamped.id())
                                .orElseThrow()
                                .getValue())
                        .getNumberOfPages())
                .isEqualTo(1);
    }

    @Test
    void aRegistrationWithMistakesIsRefusedFieldByFieldAndTakesNoNumber() throws Exception {
        Organisation office = office("6622");
        KhetUser clerk = staff(office);
        byte[] program = {0x4D, 0x5A, (byte) 0x90, 0x00};
        assertThatThrownBy(() -> paper.register(
                        office,
                        new PaperLetters.Typed(" ", "", LocalDate.now(THAILAND).plusDays(1), "", "SOON", null),
                        "scan.pdf",
                        program,
                        clerk))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("from", "number", "subject", "dated", "urgency", "file"));
        assertThatThrownBy(() -> paper.register(
                        office,
                        new PaperLetters.Typed("สพฐ.", "ศธ 04001/1", LocalDate.now(THAILAND), "แบบฟอร์ม", null, null),
                        "form.docx",
                        docx(),
                        clerk))
                .as("a Word file is not a scan")
                .isInstanceOf(RejectedException.class);

        assertThat(inbox.page(office, 1, true).items()).isEmpty();
        PaperLetters.Received r = paper.register(
                office,
                new PaperLetters.Typed("สพฐ.", "ศธ 04001/1", LocalDate.now(THAILAND), "แบบฟอร์ม", null, null),
                "scan.pdf",
                scan(),
                clerk);
        assertThat(r.receipt().sequence()).as("the refused ones took no number").isEqualTo(1);
    }

    private Organisation office(String code) {
        TestArea.open(context, code);
        return organisations.byCode(code).orElseThrow();
    }

    private KhetUser staff(Organisation office) {
        long id = accounts.create(
                "paper." + office.code(),
                "ธุรการกลาง",
                null,
                "module-test-paper",
                List.of(new RoleGrant(Role.AREA_DIRECTOR, office.areaId(), null, null)));
        return accounts.signedIn(accounts.byId(id).orElseThrow());
    }

    /** A one-page letter as a scanner would give it (text here, an image in real scans). */
    private static byte[] scan() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Letter from the provincial education office"));
        document.close();
        return out.toByteArray();
    }

    private static byte[] docx() {
        return new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};
    }
}
