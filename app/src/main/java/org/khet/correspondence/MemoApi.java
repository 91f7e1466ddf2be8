package org.khet.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Memos for approval: write one, take it round its circuit (edit, submit, ask-opinion, give-opinion, approve, return,
 * reject), read it with its steps, and list the memos waiting for the caller. Every step names the memo's {@code
 * version} as the caller read it; a step on a memo changed since is refused (409).
 */
@RestController
@RequestMapping("/api/v1/correspondence/memos")
@Tag(name = "Correspondence")
class MemoApi {

    record NewMemo(String org, String subject, String body, String urgency, String secrecy) {}

    record StepBody(
            Integer version,
            Long toUser,
            String comment,
            String signedAs,
            String onBehalfOf,
            String subject,
            String body,
            String urgency,
            String secrecy)
            implements java.io.Serializable {

        /** The step as {@link Memos} takes it; a missing version reads as none the memo ever had. */
        Memos.Request request() {
            return new Memos.Request(
                    version == null ? -1 : version,
                    toUser,
                    comment,
                    signedAs,
                    onBehalfOf,
                    new Memos.Text(subject, body, urgency, secrecy));
        }
    }

    private final Memos memos;
    private final MemoViews views;

    MemoApi(Memos memos, MemoViews views) {
        this.memos = memos;
        this.views = views;
    }

    @PostMapping
    @Operation(
            summary = "Write a memo for approval (a draft held by its writer)",
            description = "org: the area code or the 8-digit school code of the organisation the caller works in.")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewMemo body, @AuthenticationPrincipal KhetUser me) {
        long id = memos.create(
                body.org(), new Memos.Text(body.subject(), body.body(), body.urgency(), body.secrecy()), me);
        return ResponseEntity.created(URI.create("/api/v1/correspondence/memos/" + id))
                .body(Map.of("id", id, "version", 0));
    }

    @PostMapping("/{id}/{action}")
    @Operation(
            summary = "Take a step on a memo the caller holds: edit, submit, ask-opinion, give-opinion, approve, "
                    + "return or reject",
            description = "version: as read. submit: to_user (the approver; on resubmitting, the same approver when "
                    + "left out). ask-opinion: to_user, comment. give-opinion, return, reject: comment (required). "
                    + "approve: comment, signed_as SELF (default), ON_BEHALF or ACTING with on_behalf_of; the memo is "
                    + "numbered in the organisation's dispatch register. edit: subject, body, urgency, secrecy. "
                    + "Answers the memo as it is after the step.")
    MemoViews.View step(
            @PathVariable long id,
            @PathVariable String action,
            @RequestBody StepBody body,
            @AuthenticationPrincipal KhetUser me) {
        MemoAction a = MemoAction.named(action);
        if (a == null) {
            throw new NotFoundException("memo action " + action);
        }
        if (body.version() == null) {
            throw RejectedException.of("version", Texts.of("correspondence.memo.version"));
        }
        memos.act(id, a, body.request(), me);
        return views.get(id, me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A memo with its text, state, holder, version, number once approved and its steps")
    MemoViews.View get(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        return views.get(id, me);
    }

    @GetMapping("/people")
    @Operation(
            summary = "The people of an organisation the caller works in, to submit a memo to or ask an opinion of",
            description = "org: the area code or the 8-digit school code. Each with id (to_user), name and roles.")
    List<MemoViews.Person> people(@RequestParam String org, @AuthenticationPrincipal KhetUser me) {
        return views.people(org, me);
    }

    @GetMapping("/waiting")
    @Operation(summary = "The memos waiting for the caller (they hold them), the longest waiting first")
    List<MemoViews.Waiting> waiting(@AuthenticationPrincipal KhetUser me) {
        return views.waitingFor(me);
    }
}
