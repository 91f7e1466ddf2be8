package org.khet.procurement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Imports an OCDS release package from another system. */
@RestController
@Tag(name = "Procurement")
@RequestMapping("/api/v1/procurements")
class OcdsImportApi {

    private final OcdsImport imports;

    OcdsImportApi(OcdsImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/ocds", consumes = "application/json")
    @Operation(
            summary = "Creates or updates the procurements an OCDS 1.1 release package describes (history from other "
                    + "systems)",
            description = "The buyer is the party with identifier scheme TH-OBEC (a school's 8-digit code or the "
                    + "office's 4-digit code), which the caller must manage; each supplier a party with scheme TH-DBD "
                    + "and its 13-digit tax ID. A package that fails the release package schema, or Khet's checks, is "
                    + "refused whole (422, every error listed) and nothing is stored. 201 when a procurement was "
                    + "created, else 200; each OCID's outcome is created, updated or unchanged, with the method "
                    + "rules its history broke.")
    ResponseEntity<Map<String, Object>> load(@RequestBody String body, @AuthenticationPrincipal KhetUser me) {
        List<OcdsImport.Outcome> outcomes = imports.load(OcdsImport.read(body), me);
        boolean created = outcomes.stream().anyMatch(o -> o.outcome().equals("created"));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of(
                        "procurements",
                        outcomes.stream().map(OcdsImportApi::json).toList()));
    }

    private static Map<String, Object> json(OcdsImport.Outcome o) {
        return Map.of(
                "ocid",
                o.ocid(),
                "outcome",
                o.outcome(),
                "warnings",
                o.warnings().stream()
                        .map(w -> Map.of("message_th", w.th(), "message_en", w.en()))
                        .toList());
    }
}
