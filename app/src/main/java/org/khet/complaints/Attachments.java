package org.khet.complaints;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.khet.shared.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files sent with a complaint: JPEG, PNG or PDF told by their first bytes (not by name or the browser's word), at
 * most {@value #MAX_FILES} of at most 5 MB each. Photos are decoded and written again, which drops their metadata
 * (camera, time, GPS position). Files go under {@code <data dir>/files/complaints}, outside the web root.
 */
@Component
class Attachments {

    static final int MAX_FILES = 3;
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** A file as it arrived. */
    record Upload(String name, byte[] content) {}

    /** A checked file, ready to store. */
    record Checked(String name, String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final Path root;

    Attachments(JdbcClient jdbc, @Value("${khet.data-dir}") Path dataDir) {
        this.jdbc = jdbc;
        this.root = dataDir.resolve("files").resolve("complaints").toAbsolutePath();
    }

    /** Checks every file; each problem becomes an error naming the file, and nothing is kept when there is one. */
    List<Checked> check(List<Upload> uploads, List<FieldError> errors) {
        List<Upload> files = uploads == null
                ? List.of()
                : uploads.stream().filter(u -> u.content().length > 0).toList();
        if (files.size() > MAX_FILES) {
            errors.add(FieldError.of(
                    "files", "แนบไฟล์ได้ไม่เกิน " + MAX_FILES + " ไฟล์", "Attach at most " + MAX_FILES + " files"));
            return List.of();
        }
        List<Checked> checked = new ArrayList<>();
        for (Upload u : files) {
            String name = u.name() == null || u.name().isBlank()
                    ? "file"
                    : Path.of(u.name()).getFileName().toString();
            if (u.content().length > MAX_BYTES) {
                errors.add(FieldError.of("files", name + ": ใหญ่เกิน 5 MB", name + ": larger than 5 MB"));
                continue;
            }
            String type = typeOf(u.content());
            if (type == null) {
                errors.add(FieldError.of(
                        "files",
                        name + ": รับเฉพาะภาพ JPEG, PNG หรือไฟล์ PDF",
                        name + ": only JPEG or PNG photos and PDF files are accepted"));
                continue;
            }
            byte[] content = type.equals("application/pdf") ? u.content() : withoutMetadata(u.content(), type);
            if (content == null) {
                errors.add(FieldError.of("files", name + ": เปิดภาพนี้ไม่ได้", name + ": the picture cannot be read"));
                continue;
            }
            checked.add(new Checked(name.length() > 200 ? name.substring(0, 200) : name, type, content));
        }
        return checked;
    }

    /** Writes the files of a complaint; called inside its transaction, so a failure leaves no row behind. */
    void store(long complaintId, List<Checked> files) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(root);
            for (Checked f : files) {
                String stored = UUID.randomUUID().toString();
                Path path = root.resolve(stored);
                Files.write(path, f.content());
                written.add(path);
                jdbc.sql("""
                                insert into complaint_attachment (complaint_id, stored_name, original_name, content_type,
                                                                  size_bytes)
                                values (:c, :stored, :name, :type, :size)""")
                        .param("c", complaintId)
                        .param("stored", stored)
                        .param("name", f.name())
                        .param("type", f.contentType())
                        .param("size", f.content().length)
                        .update();
            }
        } catch (IOException | RuntimeException e) {
            written.forEach(p -> p.toFile().delete());
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
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
                        select id, original_name, content_type, size_bytes from complaint_attachment
                        where complaint_id = :c order by id""")
                .param("c", complaintId)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** The content of one file of a case, or empty when the case has no such file. */
    java.util.Optional<Checked> read(long complaintId, long attachmentId) {
        return jdbc.sql("""
                        select stored_name, original_name, content_type from complaint_attachment
                        where id = :a and complaint_id = :c""")
                .param("a", attachmentId)
                .param("c", complaintId)
                .query((rs, n) -> {
                    try {
                        return new Checked(
                                rs.getString(2), rs.getString(3), Files.readAllBytes(root.resolve(rs.getString(1))));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .optional();
    }

    int count(long complaintId) {
        return jdbc.sql("select count(*) from complaint_attachment where complaint_id = :c")
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

    private static byte[] withoutMetadata(byte[] content, String type) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                return null;
            }
            if (type.equals("image/jpeg") && image.getColorModel().hasAlpha()) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            ImageIO.write(image, type.equals("image/png") ? "png" : "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            return null;
        }
    }
}
