package org.khet.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.khet.platform.KhetUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A letter's official PDF, from the letter page and the API, for whoever may read the letter. */
@Controller
@Tag(name = "Correspondence", description = "Official letters and registers / สารบรรณอิเล็กทรอนิกส์")
class OfficialLetterApi {

    private final OfficialLetters letters;

    OfficialLetterApi(OfficialLetters letters) {
        this.letters = letters;
    }

    @GetMapping("/api/v1/correspondence/letters/{id}/pdf")
    @Operation(
            summary = "An external letter or memo as a PDF in the official form (Garuda, Sarabun 16 pt, the "
                    + "regulation's blocks); a secret letter only for those who may read its text")
    ResponseEntity<byte[]> api(
            @PathVariable long id, @RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser me) {
        return letters.download(id, org, me);
    }

    @GetMapping(CorrespondencePages.PATH + "/letters/{id}/pdf")
    ResponseEntity<byte[]> page(
            @PathVariable long id, @RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser me) {
        return letters.download(id, org, me);
    }
}
