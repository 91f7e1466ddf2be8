package org.khet.procurement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.FileKinds;
import org.khet.platform.FileStore;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a procurement (the signed contract, the bidding documents, ...), each with its OCDS documentType
 * and a title, kept in the platform's file store with their hash: attached by those who manage the buyer's purchases,
 * read by them; a PDF, an image or an Office file whose content is what its name says, at most 20 MB. Audited, and
 * published as {@code ProcurementChanged} "DOCUMENT".
 */
@Component
public class ProcurementAttachments {

    static final String FOLDER = "procurement";
    private static final long LARGEST = 20L * 1024 * 1024;
    private static final int LONGEST_TITLE = 300;
    private static final String SELECT = """
            select id, document_type, title, file_name, media_type, sha256, size_bytes, created_at
            from procurement.document""";

    /** A file as sent: its type code, title, name and content. */
    public record NewAttachment(String documentType, String title, String fileName, byte[] content) {}

    /** A file as attached. */
    public record Attachment(
            long id,
            DocumentType documentType,
            String title,
            String fileName,
            String mediaType,
            String sha256,
            long sizeBytes,
            OffsetDateTime createdAt) {}

    /** A file to send back: its record and content. */
    public record Content(Attachment attachment, byte[] bytes) {}

    private final Procurements procurements;
    private final ProcurementStore store;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProcurementAttachments(
            Procurements procurements,
            ProcurementStore store,
            FileStore files,
            JdbcClient jdbc,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.procurements = procurements;
        this.store = store;
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public long attach(String ocid, NewAttachment a, KhetUser by) {
        Procurement p = procurements.find(ocid, by);
        String mediaType = check(p, a);
        FileStore.Stored stored = files.put(FOLDER, a.content());
        long id = jdbc.sql("""
                        insert into procurement.document (procurement_id, document_type, title, file_name, media_type,
                            file_key, sha256, size_bytes, created_by)
                        values (:p, :type, :title, :name, :media, :key, :sha, :size, :by) returning id""")
                .param("p", p.id())
                .param("type", a.documentType())
                .param("title", a.title().strip())
                .param("name", name(a.fileName()))
                .param("media", mediaType)
                .param("key", stored.key())
                .param("sha", stored.sha256())
                .param("size", stored.size())
                .param("by", by.id())
                .query(Long.class)
                .single();
        store.touched(p.id(), null, by.id());
        audit.changedBy(
                by,
                p.buyer().areaId(),
                "DOCUMENT",
                "procurement_document",
                id,
                null,
                Map.of(
                        "ocid", ocid,
                        "documentType", a.documentType(),
                        "title", a.title().strip(),
                        "sha256", stored.sha256()));
        events.publishEvent(ProcurementChanged.of(p, "DOCUMENT"));
        return id;
    }

    /** The files attached to procurement {@code procurementId}, oldest first. */
    public List<Attachment> of(long procurementId) {
        return jdbc.sql(SELECT + " where procurement_id = :p order by id")
                .param("p", procurementId)
                .query(Attachment.class)
                .list();
    }

    /** File {@code id} of procurement {@code ocid}, for those who manage its buyer's purchases. */
    public Content read(String ocid, long id, KhetUser reader) {
        Procurement p = procurements.find(ocid, reader);
        Attachment a = jdbc.sql(SELECT + " where procurement_id = :p and id = :id")
                .param("p", p.id())
                .param("id", id)
                .query(Attachment.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("document"));
        String key = jdbc.sql("select file_key from procurement.document where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        return new Content(a, files.read(FOLDER, key));
    }

    /** The file's media type, when the attachment may be kept; refused naming each wrong field otherwise. */
    private static String check(Procurement p, NewAttachment a) {
        List<FieldError> errors = new ArrayList<>();
        if (!p.open()) {
            errors.add(FieldError.of("document_type", Texts.of("procurement.status.cancelled")));
        }
        if (DocumentType.named(a.documentType()).isEmpty()) {
            errors.add(FieldError.of("document_type", Texts.of("procurement.document.type")));
        }
        if (a.title() == null || a.title().isBlank() || a.title().strip().length() > LONGEST_TITLE) {
            errors.add(FieldError.of("title", Texts.of("procurement.document.title")));
        }
        String mediaType = FileKinds.mediaType(name(a.fileName()), a.content());
        if (a.content() == null || a.content().length == 0 || a.content().length > LARGEST) {
            errors.add(FieldError.of("file", Texts.of("procurement.document.size")));
        } else if (mediaType == null) {
            errors.add(FieldError.of("file", Texts.of("procurement.document.kind")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("procurement.document.refused"), errors);
        }
        return mediaType;
    }

    /** The name as sent without path or control characters, its end (and so its extension) kept when long. */
    private static String name(String fileName) {
        return FileKinds.fileName(fileName, "file");
    }
}
