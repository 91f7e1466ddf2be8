package org.khet.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A letter's files and its seal: attach a file to a draft, list and download the files of a letter the caller may
 * read (a secret letter's only when they may read its text), and check that a sent letter is as it was sealed.
 * Downloads answer at the API address and at the page address the letter's page links to.
 */
@RestController
@Tag(name = "Correspondence")
class LetterFileApi {

    private final LetterFiles files;
    private final LetterReading reading;
    private final LetterSeal seal;

    LetterFileApi(LetterFiles files, LetterReading reading, LetterSeal seal) {
        this.files = files;
        this.reading = reading;
        this.seal = seal;
    }

    @PostMapping(path = "/api/v1/correspondence/letters/{id}/attachments", consumes = "multipart/form-data")
    @Operation(
            summary = "Attach a file (multipart field `file`) to a draft",
            description = "PDF, images, Word, Excel, PowerPoint, OpenDocument, ZIP, text or CSV whose content matches "
                    + "its name; up to khet.correspondence.attachment-max-size each and 20 a letter.")
    ResponseEntity<Map<String, Object>> attach(
            @PathVariable long id, @RequestParam("file") MultipartFile file, @AuthenticationPrincipal KhetUser me) {
        LetterFiles.Attachment a = files.attach(id, file.getOriginalFilename(), bytes(file), me);
        return ResponseEntity.created(URI.create("/api/v1/correspondence/letters/" + id + "/attachments/" + a.id()))
                .body(view(a));
    }

    @GetMapping("/api/v1/correspondence/letters/{id}/attachments")
    @Operation(summary = "The files of a letter, with their SHA-256 taken when attached")
    List<Map<String, Object>> list(
            @PathVariable long id, @RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser me) {
        readable(id, org, me);
        return files.of(id).stream().map(LetterFileApi::view).toList();
    }

    @GetMapping({"/api/v1/correspondence/letters/{id}/attachments/{file}", "/correspondence/letters/{id}/files/{file}"})
    @Operation(summary = "Download one file of a letter")
    ResponseEntity<byte[]> download(
            @PathVariable long id,
            @PathVariable long file,
            @RequestParam(required = false) String org,
            @AuthenticationPrincipal KhetUser me) {
        readable(id, org, me);
        var found = files.read(id, file).orElseThrow(() -> new NotFoundException("file"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.getKey().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(found.getKey().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(found.getValue());
    }

    @GetMapping("/api/v1/correspondence/letters/{id}/integrity")
    @Operation(summary = "Whether a sent letter's text and files are as they were when it was sent")
    Map<String, Object> integrity(
            @PathVariable long id, @RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser me) {
        LetterSeal.Check check = seal.check(reading.read(id, org, me).letter());
        return Map.of(
                "sealed", check.sealed(),
                "text_unchanged", check.textUnchanged(),
                "changed_files", check.changedFiles(),
                "intact", check.intact());
    }

    /** Files follow the letter's text: a reader who may not see a secret letter's text gets none of its files. */
    private void readable(long id, String org, KhetUser me) {
        if (!reading.read(id, org, me).seesText()) {
            throw new NotFoundException("file");
        }
    }

    private static Map<String, Object> view(LetterFiles.Attachment a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("name", a.name());
        out.put("content_type", a.contentType());
        out.put("size_bytes", a.sizeBytes());
        out.put("sha256", a.sha256());
        return out;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
