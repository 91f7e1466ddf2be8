package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.khet.shared.ConflictException;
import org.khet.shared.RejectedException;
import org.khet.shared.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A letter's files (area codes 6610–6619): office formats told by content and name, a size limit from the settings,
 * nothing kept of a refused or rolled-back file, files fixed once sent, and the seal that shows a later change to
 * the text or to a file.
 */
@ModuleTest
@TestPropertySource(properties = "khet.correspondence.attachment-max-size=64KB")
class LetterFilesModuleTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    LetterFiles files;

    @Autowired
    LetterSeal seal;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Value("${khet.data-dir}")
    Path dataDir;

    private static int areas = 6610;
    private Organisation office;
    private KhetUser staff;

    @BeforeEach
    void openArea() {
        TestArea area = TestArea.open(context, String.valueOf(areas++));
        area.school("0001", "โรงเรียนแฟ้ม " + area.code());
        office = organisations.byCode(area.code()).orElseThrow();
        long id = accounts.create(
                "files." + area.code(),
                "เจ้าหน้าที่สารบรรณ",
                null,
                "module-test-files",
                List.of(new RoleGrant(Role.AREA_DIRECTOR, area.id(), null, null)));
        staff = accounts.signedIn(accounts.byId(id).orElseThrow());
    }

    @Test
    void anAttachedFileIsKeptWithItsHashAndReadBackAsItCame() {
        long letter = draft();
        LetterFiles.Attachment a = files.attach(letter, "C:\\scans\\หนังสือเชิญ.pdf", PDF, staff);

        assertThat(a.name()).isEqualTo("หนังสือเชิญ.pdf");
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThat(a.sha256()).isEqualTo(Sha256.hex(PDF));
        assertThat(files.read(letter, a.id()).orElseThrow().getValue()).isEqualTo(PDF);
        assertThat(files.attach(
                                letter,
                                "รายชื่อ.csv",
                                "ชื่อ,โรงเรียน\nสมชาย,บ้านนา\n".getBytes(StandardCharsets.UTF_8),
                                staff)
                        .contentType())
                .startsWith("text/csv");
    }

    @Test
    void aFileOfTheWrongKindTooLargeOrEmptyIsRefusedAndNothingIsKept() throws IOException {
        long letter = draft();
        long before = storedFiles();
        byte[] program = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00};
        byte[] large = new byte[65 * 1024];
        System.arraycopy(PDF, 0, large, 0, PDF.length);

        assertThatThrownBy(() -> files.attach(letter, "คำสั่ง.pdf", program, staff))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("คำสั่ง.pdf");
        assertThatThrownBy(() -> files.attach(letter, "program.exe", program, staff))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> files.attach(letter, "ใหญ่.pdf", large, staff))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("0 MB");
        assertThatThrownBy(() -> files.attach(letter, "ว่าง.pdf", new byte[0], staff))
                .isInstanceOf(RejectedException.class);

        assertThat(files.of(letter)).isEmpty();
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aFileWrittenInATransactionThatRollsBackIsDeleted() throws IOException {
        long letter = draft();
        long before = storedFiles();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    files.attach(letter, "ร่าง.pdf", PDF, staff);
                    throw new IllegalStateException("the save failed after the file was written");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(storedFiles()).isEqualTo(before);
        assertThat(files.of(letter)).isEmpty();
    }

    @Test
    void aSentLetterTakesNoMoreFilesAndItsSealShowsAChangeToItsTextOrAFile() throws IOException {
        long id = draft();
        LetterFiles.Attachment a = files.attach(id, "แบบรายงาน.pdf", PDF, staff);
        letters.send(id, staff);
        Letter sent = letters.byId(id).orElseThrow();

        assertThatThrownBy(() -> files.attach(id, "เพิ่ม.pdf", PDF, staff)).isInstanceOf(ConflictException.class);
        assertThat(seal.check(sent).intact()).isTrue();

        Files.write(
                dataDir.resolve("files").resolve(LetterFiles.MODULE).resolve(a.storedKey()),
                "%PDF-1.4 edited".getBytes());
        assertThat(seal.check(sent).changedFiles()).containsExactly("แบบรายงาน.pdf");

        jdbc.sql("update correspondence.letter set body = body || ' (แก้ไข)' where id = :id")
                .param("id", id)
                .update();
        LetterSeal.Check check = seal.check(letters.byId(id).orElseThrow());
        assertThat(check.textUnchanged()).isFalse();
        assertThat(check.intact()).isFalse();
        assertThat(seal.check(letters.byId(draft()).orElseThrow()).sealed())
                .as("a draft is not sealed")
                .isFalse();
    }

    private long draft() {
        return letters.draft(
                office,
                new LetterDraft(
                        "EXTERNAL",
                        null,
                        "ขอส่งแบบรายงาน",
                        "ตามที่แนบ",
                        null,
                        null,
                        null,
                        false,
                        false,
                        true,
                        null,
                        null,
                        null),
                staff);
    }

    private long storedFiles() throws IOException {
        Path folder = dataDir.resolve("files").resolve(LetterFiles.MODULE);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }
}
