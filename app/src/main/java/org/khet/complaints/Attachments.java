package org.khet.complaints;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khet.platform.FileCleaning;
import org.khet.platform.FileStore;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files sent with a complaint: JPEG, PNG or PDF told by their first bytes (not by name or the browser's word), at
 * most {@value #MAX_FILES} of at most 5 MB each. Photos and PDFs are written again without their metadata, within
 * bounds of size, memory and time (platform {@link FileCleaning}). Files go under {@code <data dir>/files/complaints}, outside the web root.
 */
@Component
class Attachments {

    static final int MAX_FILES = 3;
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /**
     * A file as it arrived. The public forms do not keep the sender's file name ({@code kept} false): a name like
     * "scan of Somchai's payslip.pdf" can tell who sent an anonymous tip-off; the file is stored as "attachment-1.pdf".
     */
    record Upload(String name, byte[] content, boolean kept) {

        Upload {
            name = name == null || name.isBlank()
                    ? "file"
                    : Path.of(name).getFileName().toString();
            name = name.length() > 200 ? name.substring(0, 200) : name;
        }

        /** A file whose name staff gave it, kept as it is. */
        Upload(String name, byte[] content) {
            this(name, content, true);
        }

        /** A file sent through a public form, stored under a neutral name. */
        static Upload unnamed(byte[] content) {
            return new Upload(null, content, false);
        }
    }

    /** A checked file, ready to store; a null name is given a neutral one when stored. */
    record Checked(String name, String contentType, byte[] content) {

        String nameOr(int number) {
            if (name != null) {
                return name;
            }
            return "attachment-" + number
                    + (contentType.equals("application/pdf")
                            ? ".pdf"
                            : contentType.equals("image/png") ? ".png" : ".jpg");
        }
    }

    private static final String MODULE = "complaints";

    private final JdbcClient jdbc;
    private final FileStore store;
    private final FileCleaning cleaning;

    Attachments(JdbcClient jdbc, FileStore store, FileCleaning cleaning) {
        this.jdbc = jdbc;
        this.store = store;
        this.cleaning = cleaning;
    }

    /** Checks every file; each problem becomes an error naming the file, and nothing is kept when there is one. */
    List<Checked> check(List<Upload> uploads, List<FieldError> errors) {
        List<Upload> files = uploads == null
                ? List.of()
                : uploads.stream().filter(u -> u.content().length > 0).toList();
        if (files.size() > MAX_FILES) {
            errors.add(FieldError.of("files", Texts.of("complaints.attachments.tooMany", MAX_FILES)));
            return List.of();
        }
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Upload u = files.get(i);
            Bilingual called =
                    u.kept() ? Bilingual.of(u.name(), u.name()) : Texts.of("complaints.attachments.nth", i + 1);
            if (u.content().length > MAX_BYTES) {
                errors.add(
                        FieldError.of("files", Texts.of("complaints.attachments.tooLarge", called.th(), called.en())));
                continue;
            }
            String type = typeOf(u.content());
            if (type == null) {
                errors.add(FieldError.of("files", Texts.of("complaints.attachments.type", called.th(), called.en())));
                continue;
            }
            FileCleaning.Cleaned cleaned = cleaning.withoutMetadata(type, u.content());
            if (cleaned.refused()) {
                Bilingual problem = cleaned.problem();
                errors.add(
                        FieldError.of("files", called.th() + ": " + problem.th(), called.en() + ": " + problem.en()));
                continue;
            }
            checked.add(new Checked(u.kept() ? u.name() : null, type, cleaned.content()));
        }
        return checked;
    }

    /**
     * Writes the files of a complaint in the platform's file store; called inside its transaction, so a failure
     * leaves neither a row nor a file behind. An anonymous case's files keep only the hour they came, as its other
     * times do.
     */
    void store(long complaintId, List<Checked> files) {
        int number = count(complaintId);
        for (Checked f : files) {
            number++;
            String stored = store.put(MODULE, f.content()).key();
            jdbc.sql("""
                                insert into complaints.complaint_attachment (complaint_id, stored_name, original_name, content_type,
                                                                  size_bytes, added_at)
                                select id, :stored, :name, :type, :size,
                                       case when anonymous then date_trunc('hour', now()) else now() end
                                from complaints.complaint where id = :c""")
                    .param("c", complaintId)
                    .param("stored", stored)
                    .param("name", f.nameOr(number))
                    .param("type", f.contentType())
                    .param("size", f.content().length)
                    .update();
        }
    }

    /** A stored file as the case page lists it. */
    record Stored(long id, String name, String contentType, int sizeBytes) {

        /** The size people read: kB under a megabyte, else MB with one decimal. */
        public String size() {
            return sizeBytes < 1024 * 1024
                    ? Math.max(1, sizeBytes / 1024) + " kB"
                    : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }

    List<Stored> of(long complaintId) {
        return jdbc.sql("""
                        select id, original_name, content_type, size_bytes from complaints.complaint_attachment
                        where complaint_id = :c order by id""")
                .param("c", complaintId)
                .query((rs, n) -> new Stored(
                        rs.getLong("id"),
                        rs.getString("original_name"),
                        rs.getString("content_type"),
                        rs.getInt("size_bytes")))
                .list();
    }

    /** The content of one file of a case, or empty when the case has no such file. */
    java.util.Optional<Checked> read(long complaintId, long attachmentId) {
        return jdbc.sql("""
                        select stored_name, original_name, content_type from complaints.complaint_attachment
                        where id = :a and complaint_id = :c""")
                .param("a", attachmentId)
                .param("c", complaintId)
                .query((rs, n) -> new Checked(
                        rs.getString("original_name"),
                        rs.getString("content_type"),
                        store.read(MODULE, rs.getString("stored_name"))))
                .optional();
    }

    int count(long complaintId) {
        return jdbc.sql("select count(*) from complaints.complaint_attachment where complaint_id = :c")
                .param("c", complaintId)
                .query(Integer.class)
                .single();
    }

    private static String typeOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        return null;
    }
}
