package org.khet.correspondence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
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
 * Official correspondence for schools' own systems: write a letter, send it (numbered in the sender's register),
 * read an organisation's inbox, accept or reject a letter received, and read a register. Every call acts for an
 * organisation its caller acts for: the area office (its four-digit code) or a school (its eight-digit code).
 */
@RestController
@RequestMapping("/api/v1/correspondence")
@Tag(name = "Correspondence", description = "Official letters and registers / สารบรรณอิเล็กทรอนิกส์")
class CorrespondenceApi {

    record To(
            List<String> schools,
            List<Long> networks,
            Boolean allSchools,
            List<String> units,
            Boolean office,
            List<Integer> sizes,
            List<Long> groups,
            List<Long> people,
            List<External> external) {}

    /** An addressee outside Khet: its name, how the letter goes (POST, EMAIL, HAND) and a detail; the day it went. */
    record External(String name, String via, String detail, java.time.LocalDate wentOn) {}

    record NewLetter(
            String from,
            String kind,
            String form,
            String subject,
            String body,
            String urgency,
            Instant urgentBy,
            String secrecy,
            Boolean circular,
            To to,
            String salutation,
            String reference,
            String enclosures,
            String closing,
            String signatoryName,
            String signatoryPosition,
            String address,
            String contact,
            Boolean thaiDigits,
            Long replyTo,
            Integer version) {

        /** The letter as the rules check it. */
        LetterDraft draft() {
            To t = to == null ? new To(null, null, false, null, false, null, null, null, null) : to;
            return new LetterDraft(
                    kind,
                    form,
                    subject,
                    body,
                    urgency,
                    urgentBy,
                    secrecy,
                    Boolean.TRUE.equals(circular),
                    Boolean.TRUE.equals(t.office()),
                    Boolean.TRUE.equals(t.allSchools()),
                    t.schools(),
                    t.networks(),
                    t.units(),
                    t.sizes(),
                    t.groups(),
                    t.people(),
                    t.external() == null
                            ? null
                            : t.external().stream()
                                    .map(e -> new ExternalDispatch.Typed(e.name(), e.via(), e.detail(), e.wentOn()))
                                    .toList(),
                    replyTo);
        }

        /** A letter of {@code from} to {@code to} and nothing else, as a recipient group is saved. */
        static NewLetter addressedTo(String from, To to) {
            return new NewLetter(
                    from, null, null, null, null, null, null, null, false, to, null, null, null, null, null, null, null,
                    null, null, null, null);
        }

        /** The official form's blocks sent with the letter (all optional). */
        OfficialBlocks blocks() {
            return new OfficialBlocks(
                    salutation,
                    reference,
                    enclosures,
                    closing,
                    signatoryName,
                    signatoryPosition,
                    address,
                    contact,
                    thaiDigits);
        }
    }

    record Receipt(String org, String unit, Boolean accept, String reason, Boolean invalid) {}

    record Sent(String register, int year, int sequence, String number) {}

    record InboxItem(
            long id,
            String number,
            String subject,
            String from,
            Instant sentAt,
            String urgency,
            String secrecy,
            boolean circular,
            String state) {}

    record RegisterRow(
            int sequence,
            String number,
            java.time.LocalDate date,
            String letterNumber,
            java.time.LocalDate dated,
            String from,
            String to,
            String subject,
            String status,
            String cancelledReason) {}

    private final Organisations organisations;
    private final Letters letters;
    private final Inbox inbox;
    private final Receipts receipts;
    private final Registers registers;
    private final LetterReading reading;
    private final OfficialForm official;
    private final SendingViews sendingViews;

    CorrespondenceApi(
            Organisations organisations,
            Letters letters,
            Inbox inbox,
            Receipts receipts,
            Registers registers,
            LetterReading reading,
            OfficialForm official,
            SendingViews sendingViews) {
        this.official = official;
        this.sendingViews = sendingViews;
        this.organisations = organisations;
        this.letters = letters;
        this.inbox = inbox;
        this.receipts = receipts;
        this.registers = registers;
        this.reading = reading;
    }

    @PostMapping("/letters")
    @Operation(
            summary = "Write a letter (a draft) for the organisation `from`",
            description = "kind EXTERNAL, MEMO, STAMPED, DIRECTIVE (form ORDER, REGULATION, BYLAW), PUBLIC_RELATIONS "
                    + "(form ANNOUNCEMENT, STATEMENT, NEWS) or RECORD (form CERTIFICATE, MINUTES, NOTE); urgency "
                    + "NORMAL, URGENT, VERY_URGENT, MOST_URGENT or WITHIN (with urgent_by); secrecy NONE, "
                    + "CONFIDENTIAL, SECRET or TOP_SECRET; to: schools (codes), networks (ids), all_schools, units "
                    + "(codes), office (a school writing to its area office), sizes (size class ordinals of the area's "
                    + "scheme), groups (saved recipient group ids), people (registry person ids: delivered to their "
                    + "organisation, marked for them), external ([{name, via POST|EMAIL|HAND, detail, went_on}]); "
                    + "reply_to: the id of a received letter this one answers. For the official PDF of an external "
                    + "letter or memo, optionally: salutation, reference, enclosures, closing, signatory_name, "
                    + "signatory_position, address, contact (one item a line) and thai_digits.")
    ResponseEntity<Map<String, Long>> write(@RequestBody NewLetter body, @AuthenticationPrincipal KhetUser me) {
        Organisation from = organisations.actingFor(body.from(), me);
        OfficialBlocks blocks = body.blocks().checked();
        long id = letters.draft(from, body.draft(), me);
        official.keep(id, blocks);
        return ResponseEntity.created(URI.create("/api/v1/correspondence/letters/" + id))
                .body(Map.of("id", id));
    }

    @PostMapping("/letters/{id}/send")
    @Operation(summary = "Send a draft: number it in the sender's register and deliver it to its addressees")
    Sent send(@PathVariable long id, @AuthenticationPrincipal KhetUser me) {
        Registers.Numbered n = letters.send(id, me);
        return new Sent(n.register().name(), n.year(), n.sequence(), n.number());
    }

    @GetMapping("/letters/{id}")
    @Operation(summary = "A letter, for its sender and its recipients (opening it marks it opened for the recipient)")
    Map<String, Object> letter(
            @PathVariable long id, @RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser me) {
        LetterReading.Read read = reading.read(id, org, me);
        Letter l = read.letter();
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("id", l.id());
        out.put("status", l.status());
        out.put("number", l.number());
        out.put("kind", l.kind().name());
        out.put("form", l.form());
        out.put("urgency", l.urgency().name());
        out.put("secrecy", l.secrecy().name());
        out.put("circular", l.circular());
        out.put("subject", read.seesText() ? l.subject() : null);
        out.put("body", read.seesText() ? l.body() : null);
        out.put("sent_at", l.sentAt());
        out.put("version", l.version());
        out.putAll(sendingViews.api(read));
        read.delivery().ifPresent(d -> out.put("state", d.state().name()));
        return out;
    }

    @GetMapping("/inbox")
    @Operation(summary = "An organisation's received letters, newest first, 20 a page, with their state")
    Map<String, Object> inbox(
            @RequestParam String org,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal KhetUser me) {
        Organisation o = organisations.actingFor(org, me);
        Inbox.Page p = inbox.page(o, page, Organisations.directs(me, o));
        return Map.of(
                "org", o.code(),
                "page", p.page(),
                "has_next", p.hasNext(),
                "unread", p.unread(),
                "letters",
                        p.items().stream()
                                .map(i -> new InboxItem(
                                        i.letterId(),
                                        i.number(),
                                        i.subject(),
                                        i.fromName(),
                                        i.sentAt(),
                                        i.urgency().name(),
                                        i.secrecy().name(),
                                        i.circular(),
                                        i.state().name()))
                                .toList());
    }

    @PostMapping("/letters/{id}/receipt")
    @Operation(
            summary = "Accept a received letter (numbered in the recipient's receipt register) or reject it with a "
                    + "reason",
            description = "Body {org, accept: true} or {org, accept: false, reason} (state REJECTED), with invalid: "
                    + "true when the document is wrong or unreadable (state INVALID); unit (a unit code) when the "
                    + "office acknowledges for one of its units. Accepting again answers the same number.")
    Map<String, Object> receipt(
            @PathVariable long id, @RequestBody Receipt body, @AuthenticationPrincipal KhetUser me) {
        if (body.accept() == null) {
            throw RejectedException.of("accept", Texts.of("correspondence.receipt.accept"));
        }
        Organisation org = organisations.actingFor(body.org(), me);
        Delivery d = receipts.of(id, org, unitId(org, body.unit()));
        if (body.accept()) {
            Registers.Numbered n = receipts.accept(d.id(), me);
            return Map.of(
                    "state",
                    "ACCEPTED",
                    "receipt_sequence",
                    n.sequence(),
                    "receipt_number",
                    n.number(),
                    "year",
                    n.year());
        }
        boolean invalid = Boolean.TRUE.equals(body.invalid());
        receipts.reject(d.id(), body.reason(), invalid, me);
        return Map.of("state", invalid ? "INVALID" : "REJECTED");
    }

    @GetMapping("/registers/{org}/{register}")
    @Operation(
            summary = "A register's rows for a year (Buddhist Era; this year when not given), cancelled ones included",
            description = "register RECEIPT, DISPATCH, CIRCULAR, ORDER or ANNOUNCEMENT.")
    Map<String, Object> register(
            @PathVariable String org,
            @PathVariable String register,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal KhetUser me) {
        Organisation o = organisations.actingFor(org, me);
        Register r = Register.named(register).orElseThrow(() -> new NotFoundException("register"));
        int y = year == null ? Registers.buddhistYear(registers.today()) : year;
        boolean secrets = Organisations.directs(me, o);
        return Map.of(
                "org", o.code(),
                "register", r.name(),
                "year", y,
                "rows",
                        registers.rows(o, r, y).stream()
                                .map(e -> new RegisterRow(
                                        e.sequence(),
                                        e.number(),
                                        e.registeredOn(),
                                        e.letterNumber(),
                                        e.dated(),
                                        e.fromName(),
                                        e.toName(),
                                        e.secrecy().secret() && !secrets ? null : e.subject(),
                                        e.status(),
                                        e.cancelledReason()))
                                .toList());
    }

    private Long unitId(Organisation org, String unitCode) {
        if (unitCode == null || unitCode.isBlank() || !org.isOffice()) {
            return null;
        }
        return organisations.unit(org, unitCode).orElseThrow(() -> new NotFoundException("unit"));
    }
}
