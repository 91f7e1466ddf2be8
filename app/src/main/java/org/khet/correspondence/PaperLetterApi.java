package org.khet.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.thai.BuddhistDates;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Registering a letter that came on paper, with its scan, in an organisation's receipt register. */
@RestController
@Tag(name = "Correspondence")
class PaperLetterApi {

    private final Organisations organisations;
    private final PaperLetters paper;

    PaperLetterApi(Organisations organisations, PaperLetters paper) {
        this.organisations = organisations;
        this.paper = paper;
    }

    @PostMapping(path = "/api/v1/correspondence/paper-letters", consumes = "multipart/form-data")
    @Operation(
            summary = "Register a letter received on paper (multipart: org, from, number, dated, subject, urgency, "
                    + "secrecy, file)",
            description = "dated as 2026-12-04 or 4/12/2569; file a PDF, JPG or PNG scan. Answers the receipt number; "
                    + "the scan is kept as it came and with the receipt stamp on its first page.")
    ResponseEntity<Map<String, Object>> register(
            @RequestParam String org,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String dated,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String urgency,
            @RequestParam(defaultValue = "") String secrecy,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal KhetUser me) {
        Organisation o = organisations.actingFor(org, me);
        PaperLetters.Received r = paper.register(
                o,
                new PaperLetters.Typed(from, number, date(dated), subject, urgency, secrecy),
                file == null ? null : file.getOriginalFilename(),
                bytes(file),
                me);
        return ResponseEntity.created(URI.create("/api/v1/correspondence/letters/" + r.letterId()))
                .body(Map.of(
                        "id", r.letterId(),
                        "receipt_sequence", r.receipt().sequence(),
                        "receipt_number", r.receipt().number(),
                        "year", r.receipt().year()));
    }

    /** ISO 8601 or the Thai numeric form with a Buddhist-Era year; null (refused as missing) otherwise. */
    static LocalDate date(String text) {
        String t = text.strip();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return BuddhistDates.parseNumeric(t);
            } catch (RuntimeException notThai) {
                return null;
            }
        }
    }

    /** The upload's bytes; none when no file was chosen (refused as missing). */
    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
