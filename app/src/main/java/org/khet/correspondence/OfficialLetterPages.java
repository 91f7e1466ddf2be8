package org.khet.correspondence;

import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The official PDF from the pages: the letter page's link (shown for external letters and memos whose text one may
 * read) and the memo page's, for those taking part in the memo's circuit.
 */
@Controller
class OfficialLetterPages {

    private final OfficialLetters letters;

    OfficialLetterPages(OfficialLetters letters) {
        this.letters = letters;
    }

    @GetMapping(CorrespondencePages.PATH + "/letters/{id}/pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id, @RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser me) {
        try {
            return letters.download(id, org, me);
        } catch (RejectedException e) {
            // A type without an official form has no such page; the letter page offers none.
            throw new NotFoundException("official form");
        }
    }

    @GetMapping(CorrespondencePages.PATH + "/memos/{id}/pdf")
    ResponseEntity<byte[]> memo(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        return letters.memo(id, me);
    }
}
