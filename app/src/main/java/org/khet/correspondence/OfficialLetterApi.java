package org.khet.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.khet.platform.KhetUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A letter's official PDF for schools' own systems, for whoever may read the letter. */
@RestController
@Tag(name = "Correspondence")
class OfficialLetterApi {

    private final OfficialLetters letters;

    OfficialLetterApi(OfficialLetters letters) {
        this.letters = letters;
    }

    @GetMapping(value = "/api/v1/correspondence/letters/{id}/pdf", produces = "application/pdf")
    @Operation(
            summary = "An external letter or memo as a PDF in the official form (Garuda, Sarabun 16 pt, the "
                    + "regulation's blocks); a secret letter only for those who may read its text, each read logged")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id, @RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser me) {
        return letters.download(id, org, me);
    }
}
