package org.khet.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters that arrive on paper: the clerk uploads the scan (a PDF, or a photo taken with a phone), types the
 * letter's number, date, sender and subject, and registers it. It takes the next number of the organisation's
 * receipt register; the scan is kept as it came and again with the receipt stamp on its first page; the letter is
 * sealed with their hashes. All in one transaction: a refusal keeps nothing, not even the files.
 */
@Component
class PaperLetters {

    private static final Set<String> SCANS = Set.of("application/pdf", "image/jpeg", "image/png");

    /** A paper letter as the clerk typed it. */
    record Typed(String from, String number, LocalDate dated, String subject, String urgency, String secrecy) {}

    /** What registering gave: the letter and its receipt number. */
    record Received(long letterId, Registers.Numbered receipt) {}

    private final JdbcClient jdbc;
    private final Registers registers;
    private final LetterFiles files;
    private final LetterSeal seal;
    private final Letters letters;
    private final AuditLog audit;
    private final LetterSearch search;

    PaperLetters(
            JdbcClient jdbc,
            Registers registers,
            LetterFiles files,
            LetterSeal seal,
            Letters letters,
            AuditLog audit,
            LetterSearch search) {
        this.jdbc = jdbc;
        this.registers = registers;
        this.files = files;
        this.seal = seal;
        this.letters = letters;
        this.audit = audit;
        this.search = search;
    }

    @Transactional
    Received register(Organisation org, Typed typed, String fileName, byte[] scan, KhetUser by) {
        if (!Organisations.actsFor(by, org)) {
            throw new ForbiddenException("register letters for " + org.code());
        }
        List<FieldError> errors = new ArrayList<>();
        String from = required(typed.from(), "from", 300, errors);
        String number = required(typed.number(), "number", 100, errors);
        String subject = required(typed.subject(), "subject", 500, errors);
        if (typed.dated() == null || typed.dated().isAfter(registers.today())) {
            errors.add(new FieldError(0, "dated", Texts.of("correspondence.paper.dated")));
        }
        Urgency urgency = DraftRules.named(Urgency.class, typed.urgency(), Urgency.NORMAL, "urgency", errors);
        Secrecy secrecy = DraftRules.named(Secrecy.class, typed.secrecy(), Secrecy.NONE, "secrecy", errors);
        String name = LetterFiles.baseName(fileName);
        String type = scanType(name, scan, errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("correspondence.paper.notRegistered"), errors);
        }
        long id = jdbc.sql("""
                        insert into correspondence.letter (area_id, school_id, kind, subject, urgency, secrecy, status,
                            origin, external_from, external_number, external_dated, sent_at, created_by)
                        values (:area, :school, 'EXTERNAL', :subject, :urgency, :secrecy, 'RECEIVED', 'PAPER', :from,
                            :number, :dated, now(), :by)
                        returning id""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("subject", subject)
                .param("urgency", urgency.name())
                .param("secrecy", secrecy.name())
                .param("from", from)
                .param("number", number)
                .param("dated", typed.dated())
                .param("by", by.id())
                .query(Long.class)
                .single();
        Registers.Numbered receipt = registers.register(
                org,
                Register.RECEIPT,
                new Registers.Row(id, number, typed.dated(), from, org.nameTh(), subject, secrecy, "", ""),
                by);
        jdbc.sql("""
                        insert into correspondence.delivery (letter_id, area_id, school_id, state, opened_at, acted_at,
                            acted_by, receipt_entry_id)
                        values (:letter, :area, :school, 'ACCEPTED', now(), now(), :by, :entry)""")
                .param("letter", id)
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("by", by.id())
                .param("entry", receipt.entryId())
                .update();
        files.keep(id, name, type, scan, by);
        byte[] stamped = ReceiptStamp.stamp(scan, type, org.nameTh(), receipt.number(), registers.now());
        files.keep(id, Texts.of("correspondence.paper.stampedName", stem(name)).th(), "application/pdf", stamped, by);
        seal.seal(letters.byId(id).orElseThrow());
        search.index(id);
        audit.changed(
                org.areaId(),
                "REGISTER",
                "letter",
                id,
                null,
                Map.of("origin", "PAPER", "receipt", receipt.number(), "from", from, "number", number));
        return new Received(id, receipt);
    }

    private String scanType(String name, byte[] scan, List<FieldError> errors) {
        try {
            String type = files.check(0, name, scan);
            if (!SCANS.contains(type)) {
                errors.add(new FieldError(0, "file", Texts.of("correspondence.paper.scan")));
            }
            return type;
        } catch (RejectedException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String required(String value, String field, int max, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            errors.add(new FieldError(0, field, Texts.of("correspondence.paper." + field, max)));
        }
        return v;
    }
}
