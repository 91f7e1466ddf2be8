package org.khet.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A received letter's way inside the organisation: its steps, the next step, and the letters a person holds. */
@RestController
@Tag(name = "Correspondence")
class HandlingApi {

    record Take(
            String org,
            String action,
            Long toUser,
            String instruction,
            String signedAs,
            String onBehalfOf,
            LocalDate replyBy) {}

    private final LetterReading reading;
    private final Handling handling;

    HandlingApi(LetterReading reading, Handling handling) {
        this.reading = reading;
        this.handling = handling;
    }

    @GetMapping("/api/v1/correspondence/letters/{id}/handling")
    @Operation(summary = "A received letter's steps inside the organisation, and who holds it since when")
    Map<String, Object> steps(
            @PathVariable long id, @RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser me) {
        long delivery = delivery(id, org, me);
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("steps", handling.steps(delivery));
        out.put("holder", handling.holding(delivery).orElse(null));
        return out;
    }

    @PostMapping("/api/v1/correspondence/letters/{id}/handling")
    @Operation(
            summary = "Pass a received letter on (PASS, to_user), endorse it (ENDORSE: instruction, signed_as SELF, "
                    + "ON_BEHALF or ACTING with on_behalf_of, optionally to_user) or close it (DONE)",
            description = "The holder acts; before anyone holds it, whoever acts for the organisation; its director "
                    + "always. reply_by (ISO date) sets the reply deadline the holder is reminded of.")
    Handling.Step take(@PathVariable long id, @RequestBody Take body, @AuthenticationPrincipal KhetUser me) {
        long delivery = delivery(id, body.org(), me);
        return handling.take(
                delivery,
                new Handling.Action(
                        body.action(),
                        body.toUser(),
                        body.instruction(),
                        signedAs(body.signedAs()),
                        body.onBehalfOf(),
                        body.replyBy()),
                me);
    }

    @GetMapping("/api/v1/correspondence/held")
    @Operation(summary = "The letters the caller holds now, the longest held first")
    List<Map<String, Object>> held(@AuthenticationPrincipal KhetUser me) {
        return handling.heldBy(me);
    }

    private long delivery(long id, String org, KhetUser me) {
        return reading.read(id, org, me)
                .delivery()
                .orElseThrow(() -> new NotFoundException("received letter"))
                .id();
    }

    private static SignedAs signedAs(String value) {
        return SignedAs.named(value);
    }
}
