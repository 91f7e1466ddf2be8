package org.khet.personnel;

import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.FileCleaning;
import org.khet.platform.FileKinds;
import org.khet.platform.FileStore;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files sent with a leave request — a medical certificate above all: a PDF, PNG or JPEG whose content is what its name
 * says, at most 5 MB, attached by the person while the request waits or after it is approved, kept in the platform's
 * file store without its hidden metadata (a photo's GPS position, camera and time; a PDF's author): platform
 * {@link FileCleaning}, which refuses a photo too large or unreadable. Read by whoever may read the request (so a sick-leave certificate only by the person, the approver and
 * the personnel group, other reads audited as the request's are). A request the rule says needs a certificate cannot
 * be approved without one.
 */
@Component
class LeaveAttachments {

    /** A file as attached. */
    record Attachment(long id, long requestId, String fileName, String mediaType, long sizeBytes) {}

    /** A file to send back. */
    record Content(Attachment attachment, byte[] bytes) {}

    static final String FOLDER = "personnel";
    private static final long LARGEST = 5L * 1024 * 1024;
    private static final List<String> KINDS = List.of("application/pdf", "image/png", "image/jpeg");
    private static final String SELECT =
            "select id, request_id, file_name, media_type, size_bytes from personnel.leave_attachment";

    private final JdbcClient jdbc;
    private final LeaveRequests requests;
    private final LeaveAccess access;
    private final FileStore files;
    private final FileCleaning cleaning;
    private final AuditLog audit;

    LeaveAttachments(
            JdbcClient jdbc,
            LeaveRequests requests,
            LeaveAccess access,
            FileStore files,
            FileCleaning cleaning,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.access = access;
        this.files = files;
        this.cleaning = cleaning;
        this.audit = audit;
    }

    List<Attachment> of(long requestId) {
        return jdbc.sql(SELECT + " where request_id = :r order by id")
                .param("r", requestId)
                .query(Attachment.class)
                .list();
    }

    @Transactional
    long attach(long requestId, String fileName, byte[] content, KhetUser by) {
        LeaveRequest r = requests.locked(requestId);
        if (!access.isApplicant(by, r)) {
            throw new ForbiddenException("attach to another's leave");
        }
        if (!r.waiting() && !"APPROVED".equals(r.status())) {
            throw RejectedException.of("file", Texts.of("personnel.leave.attachment.closed"));
        }
        String name = FileKinds.fileName(fileName, "");
        if (content == null || content.length == 0 || content.length > LARGEST) {
            throw RejectedException.of("file", Texts.of("personnel.leave.attachment.size"));
        }
        String mediaType = FileKinds.mediaType(name, content);
        if (mediaType == null || !KINDS.contains(mediaType)) {
            throw RejectedException.of("file", Texts.of("personnel.leave.attachment.kind"));
        }
        FileStore.Stored stored = files.put(FOLDER, cleaning.withoutMetadataOrRefuse("file", name, mediaType, content));
        long id = jdbc.sql("""
                        insert into personnel.leave_attachment (request_id, file_name, media_type, stored_key, sha256,
                            size_bytes, uploaded_by)
                        values (:r, :name, :type, :key, :sha, :size, :by) returning id""")
                .param("r", requestId)
                .param("name", name)
                .param("type", mediaType)
                .param("key", stored.key())
                .param("sha", stored.sha256())
                .param("size", stored.size())
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.changed(
                r.areaId(),
                "ATTACH",
                "leave_request",
                requestId,
                null,
                Map.of("file", name, "sha256", stored.sha256(), "size", stored.size()));
        return id;
    }

    /** The file, for one who may read the request (the read is audited as the request's read is). */
    Content read(long requestId, long id, KhetUser reader) {
        requests.readable(requestId, reader);
        return jdbc.sql("select id, request_id, file_name, media_type, size_bytes, stored_key"
                        + " from personnel.leave_attachment where id = :id and request_id = :r")
                .param("id", id)
                .param("r", requestId)
                .query((rs, n) -> new Content(
                        new Attachment(
                                rs.getLong("id"),
                                rs.getLong("request_id"),
                                rs.getString("file_name"),
                                rs.getString("media_type"),
                                rs.getLong("size_bytes")),
                        files.read(FOLDER, rs.getString("stored_key"))))
                .optional()
                .orElseThrow(() -> new NotFoundException("attachment"));
    }

    /** A request whose rule asks a certificate has one before it is approved. */
    void checkApprovable(LeaveRequest r) {
        if (r.needsCertificate() && "PENDING".equals(r.status()) && of(r.id()).isEmpty()) {
            throw RejectedException.of("file", Texts.of("personnel.leave.attachment.needed"));
        }
    }
}
