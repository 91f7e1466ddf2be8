package org.khet.correspondence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.BuddhistDates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A letter's official PDF, for whoever may read the letter ({@link LetterReading}: its sender's and recipients'
 * people; a secret letter's text only for its writer and the directors, every such read logged). External letters and
 * memos have one; a memo approved in its circuit carries the approver's typed-name signature.
 */
@Component
class OfficialLetters {

    private final LetterReading reading;
    private final Organisations organisations;
    private final OfficialBlockStore blocks;
    private final OfficialLetterPdf pdf;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final MemoViews memos;
    private final Letters letters;

    OfficialLetters(
            LetterReading reading,
            Organisations organisations,
            OfficialBlockStore blocks,
            OfficialLetterPdf pdf,
            JdbcClient jdbc,
            Clock clock,
            MemoViews memos,
            Letters letters) {
        this.memos = memos;
        this.letters = letters;
        this.reading = reading;
        this.organisations = organisations;
        this.blocks = blocks;
        this.pdf = pdf;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether letter {@code l} has an official form to print. */
    static boolean printable(Letter l) {
        return l.paper() == null && (l.kind() == LetterKind.EXTERNAL || l.kind() == LetterKind.MEMO);
    }

    /** Letter {@code id} as {@code user} (for {@code org}, any of theirs when blank) downloads it. */
    ResponseEntity<byte[]> download(long id, String org, KhetUser user) {
        LetterReading.Read read = reading.read(id, org, user);
        Letter l = read.letter();
        if (!read.seesText()) {
            throw new ForbiddenException("read the text of secret letter " + id);
        }
        if (!printable(l)) {
            throw RejectedException.of("kind", Texts.of("correspondence.official.notPrintable"));
        }
        return file(l);
    }

    /**
     * Memo {@code memoId} in the memo form, for whoever takes part in its circuit (as they read it on its page, also
     * those who do not act for the organisation); numbered and signed by the approver once approved.
     */
    ResponseEntity<byte[]> memo(long memoId, KhetUser user) {
        MemoViews.View view = memos.get(memoId, user);
        return file(letters.byId(view.letterId()).orElseThrow());
    }

    private ResponseEntity<byte[]> file(Letter l) {
        long id = l.id();
        byte[] bytes = pdf.render(text(l));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("letter-" + id + ".pdf")
                                .build()
                                .toString())
                .body(bytes);
    }

    OfficialText text(Letter l) {
        OfficialBlocks b = blocks.of(l.id());
        boolean memo = l.kind() == LetterKind.MEMO;
        String signatory = b.signatoryName().isBlank() && memo ? writerName(l.createdBy()) : b.signatoryName();
        String org = organisations.byId(l.areaId(), l.schoolId()).nameTh();
        // A memo goes up to the head of its own organisation unless the writer addressed it otherwise.
        String salutation = b.salutation().isBlank() && memo
                ? Texts.of("correspondence.official.memoSalutation", org).th()
                : b.salutation();
        return new OfficialText(
                memo,
                l.number() == null ? "" : l.number(),
                l.sentAt() == null
                        ? LocalDate.now(clock.withZone(Registers.THAILAND))
                        : LocalDate.ofInstant(l.sentAt(), Registers.THAILAND),
                org,
                b.address(),
                l.subject(),
                salutation,
                b.reference(),
                b.enclosures(),
                l.body(),
                b.closing(),
                signatory,
                b.signatoryPosition(),
                b.contact(),
                urgency(l),
                l.secrecy().secret() ? l.secrecy().label().th() : "",
                b.digitsInThai(),
                memo ? approval(l.id()) : null);
    }

    private static String urgency(Letter l) {
        if (!l.urgency().urgent()) {
            return "";
        }
        if (l.urgency() == Urgency.WITHIN && l.urgentBy() != null) {
            return Texts.of(
                            "correspondence.official.within",
                            BuddhistDates.dateTime(LocalDateTime.ofInstant(l.urgentBy(), Registers.THAILAND)))
                    .th();
        }
        return l.urgency().label().th();
    }

    /** How the memo of letter {@code letterId} was approved, when it was: the signer's name as they signed. */
    private OfficialText.Approval approval(long letterId) {
        return jdbc.sql("""
                        select s.by_name, s.signed_as, s.on_behalf_of, s.at
                        from correspondence.memo m join correspondence.memo_step s on s.memo_id = m.id
                        where m.letter_id = :id and s.action = 'APPROVE'
                        order by s.id desc limit 1""")
                .param("id", letterId)
                .query((rs, n) -> {
                    SignedAs as = SignedAs.named(rs.getString("signed_as"));
                    String how = as == null || as == SignedAs.SELF
                            ? ""
                            : as.label().th() + " " + rs.getString("on_behalf_of") + "\n";
                    LocalDate on = LocalDate.ofInstant(rs.getTimestamp("at").toInstant(), Registers.THAILAND);
                    return new OfficialText.Approval(
                            Texts.of("correspondence.official.approved").th(),
                            rs.getString("by_name"),
                            how + BuddhistDates.full(on));
                })
                .optional()
                .orElse(null);
    }

    private String writerName(long user) {
        return jdbc.sql("select display_name from platform.user_summary where id = :id")
                .param("id", user)
                .query(String.class)
                .optional()
                .orElse("");
    }
}
