package org.khet.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.FileStore;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The files a letter carries: attached while it is a draft, by those who act for its sender (a memo's by its
 * writer), in an office format ({@link OfficeFileTypes}) up to {@code khet.correspondence.attachment-max-size} each
 * and {@value #MAX_FILES} a letter; kept in the platform's file store with their SHA-256. Once the letter is sent its files are fixed.
 */
@Component
class LetterFiles {

    static final String MODULE = "correspondence";
    static final int MAX_FILES = 20;

    /** A file of a letter as its page lists it. */
    record Attachment(
            long id,
            long letterId,
            String name,
            String contentType,
            long sizeBytes,
            String sha256,
            String storedKey,
            Instant addedAt) {

        /** The size people read: kB under a megabyte, else MB with one decimal. */
        public String size() {
            return sizeBytes < 1024 * 1024
                    ? Math.max(1, sizeBytes / 1024) + " kB"
                    : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }

    private final JdbcClient jdbc;
    private final FileStore files;
    private final Organisations organisations;
    private final AuditLog audit;
    private final DataSize maxSize;

    LetterFiles(
            JdbcClient jdbc,
            FileStore files,
            Organisations organisations,
            AuditLog audit,
            @Value("${khet.correspondence.attachment-max-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.files = files;
        this.organisations = organisations;
        this.audit = audit;
        this.maxSize = maxSize;
    }

    @Transactional
    Attachment attach(long letterId, String fileName, byte[] content, KhetUser by) {
        Letter letter = jdbc.sql("select " + Letters.COLUMNS + " where id = :id for update")
                .param("id", letterId)
                .query(Letters::letter)
                .optional()
                .orElseThrow(() -> new NotFoundException("letter"));
        if (!mayAttach(letter, by)) {
            throw new ForbiddenException("attach files to another organisation's letter");
        }
        if (!letter.draft()) {
            throw new ConflictException(new FieldError(0, "file", Texts.of("correspondence.file.sent")));
        }
        String name = baseName(fileName);
        String type = check(letterId, name, content);
        Attachment kept = keep(letterId, name, type, content, by);
        audit.changed(
                letter.areaId(), "ATTACH", "letter", letterId, null, Map.of("file", name, "sha256", kept.sha256()));
        return kept;
    }

    /**
     * Those who act for the sender attach files to its drafts; to a memo for approval, only its writer while it is
     * with them (a draft, or returned for correction), so the approver decides on the files as they saw them.
     */
    private boolean mayAttach(Letter letter, KhetUser by) {
        return jdbc.sql("""
                        select state in ('DRAFT', 'RETURNED') and holder = :by from correspondence.memo
                        where letter_id = :id""")
                .param("by", by.id())
                .param("id", letter.id())
                .query(Boolean.class)
                .optional()
                .orElseGet(() -> Organisations.actsFor(by, organisations.byId(letter.areaId(), letter.schoolId())));
    }

    /** Keeps a checked file of letter {@code letterId}, in the caller's transaction. */
    Attachment keep(long letterId, String name, String type, byte[] content, KhetUser by) {
        FileStore.Stored stored = files.put(MODULE, content);
        long id = jdbc.sql("""
                        insert into correspondence.attachment (letter_id, name, content_type, size_bytes, sha256,
                            stored_key, added_by)
                        values (:letter, :name, :type, :size, :sha, :key, :by)
                        returning id""")
                .param("letter", letterId)
                .param("name", name.length() > 200 ? name.substring(name.length() - 200) : name)
                .param("type", type)
                .param("size", stored.size())
                .param("sha", stored.sha256())
                .param("key", stored.key())
                .param("by", by.id())
                .query(Long.class)
                .single();
        return of(letterId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** The file's content type when it may be attached to letter {@code letterId}; refused otherwise. */
    String check(long letterId, String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw RejectedException.of("file", Texts.of("correspondence.file.empty"));
        }
        if (content.length > maxSize.toBytes()) {
            throw RejectedException.of("file", Texts.of("correspondence.file.large", name, maxSize.toMegabytes()));
        }
        if (of(letterId).size() >= MAX_FILES) {
            throw RejectedException.of("file", Texts.of("correspondence.file.many", MAX_FILES));
        }
        return OfficeFileTypes.contentType(name, content)
                .orElseThrow(() -> RejectedException.of(
                        "file", Texts.of("correspondence.file.type", name, OfficeFileTypes.ACCEPTED)));
    }

    /** A browser on Windows may send the whole path ("C:\\scans\\letter.pdf"): the last part only. */
    static String baseName(String fileName) {
        return fileName == null
                ? ""
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                        .strip();
    }

    List<Attachment> of(long letterId) {
        return jdbc.sql("""
                        select id, letter_id, name, content_type, size_bytes, sha256, stored_key, added_at
                        from correspondence.attachment where letter_id = :letter order by id""").param("letter", letterId).query(Attachment.class).list();
    }

    /** One file of the letter with its content; empty when the letter has no such file. */
    Optional<Map.Entry<Attachment, byte[]>> read(long letterId, long attachmentId) {
        return of(letterId).stream()
                .filter(a -> a.id() == attachmentId)
                .findFirst()
                .map(a -> Map.entry(a, files.read(MODULE, a.storedKey())));
    }

    boolean unchanged(Attachment a) {
        return files.unchanged(MODULE, a.storedKey(), a.sha256());
    }
}
