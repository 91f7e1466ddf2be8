package org.khet.correspondence;

import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.FileStore;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draft's life before it is sent: changed (checked as a new letter is, and only when nobody changed it since the
 * writer read it — the letter's {@code version}) or deleted. A sent letter is neither: it is in a register and with
 * its recipients. A memo's letter follows the memo's circuit and is not changed or deleted here.
 */
@Component
class DraftEditing {

    private final JdbcClient jdbc;
    private final Letters letters;
    private final Organisations organisations;
    private final DraftRules rules;
    private final ExternalDispatch external;
    private final LetterSearch search;
    private final AuditLog audit;
    private final FileStore files;

    DraftEditing(
            JdbcClient jdbc,
            Letters letters,
            Organisations organisations,
            DraftRules rules,
            ExternalDispatch external,
            LetterSearch search,
            AuditLog audit,
            FileStore files) {
        this.files = files;
        this.jdbc = jdbc;
        this.letters = letters;
        this.organisations = organisations;
        this.rules = rules;
        this.external = external;
        this.search = search;
        this.audit = audit;
    }

    /** Changes draft {@code id}, last read at {@code version}, to {@code draft}; its new version. */
    @Transactional
    int change(long id, int version, LetterDraft draft, KhetUser by) {
        Letter before = editable(id, by);
        if (before.version() != version) {
            throw new ConflictException(new FieldError(0, "version", Texts.of("correspondence.draft.stale")));
        }
        Organisation from = organisations.byId(before.areaId(), before.schoolId());
        DraftRules.Checked c = rules.check(from, draft);
        Letters.written(jdbc.sql("""
                        update correspondence.letter set kind = :kind, sub_kind = :form, subject = :subject, body = :body,
                            urgency = :urgency, urgent_by = :urgentBy, secrecy = :secrecy, circular = :circular,
                            to_office = :office, to_all_schools = :all, to_schools = :schools, to_networks = :networks,
                            to_units = :units, to_sizes = :sizes, to_groups = :groups, to_people = :people,
                            version = version + 1
                        where id = :id and version = :version"""), c)
                .param("id", id)
                .param("version", version)
                .update();
        external.keep(id, c.to().external());
        search.index(id);
        audit.changed(
                before.areaId(),
                "UPDATE",
                "letter",
                id,
                Map.of("subject", before.subject(), "version", version),
                Map.of("subject", c.subject(), "version", version + 1));
        return version + 1;
    }

    /**
     * Deletes draft {@code id} with what hangs on it (its external addressees, its official form's blocks, its
     * attachments, rows and files: the files once the deletion commits).
     */
    @Transactional
    void delete(long id, KhetUser by) {
        Letter before = editable(id, by);
        jdbc.sql("select stored_key from correspondence.attachment where letter_id = :id")
                .param("id", id)
                .query(String.class)
                .list()
                .forEach(key -> files.deleteAfterCommit(LetterFiles.MODULE, key));
        for (String table : new String[] {"external_addressee", "letter_layout", "attachment"}) {
            jdbc.sql("delete from correspondence." + table + " where letter_id = :id")
                    .param("id", id)
                    .update();
        }
        jdbc.sql("update correspondence.letter set reply_to = null where reply_to = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from correspondence.letter where id = :id and status = 'DRAFT'")
                .param("id", id)
                .update();
        audit.changed(
                before.areaId(),
                "DELETE",
                "letter",
                id,
                Map.of(
                        "status",
                        Letter.DRAFT,
                        "subject",
                        before.subject(),
                        "kind",
                        before.kind().name()),
                null);
    }

    /** Whether letter {@code id} is a memo's, which follows the memo's circuit. */
    boolean memo(long id) {
        return jdbc.sql("select exists (select 1 from correspondence.memo where letter_id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /** Draft {@code id}, locked, for someone acting for its writer; refused once sent or when it is a memo's. */
    private Letter editable(long id, KhetUser by) {
        Letter letter = jdbc.sql("select " + Letters.COLUMNS + " where id = :id for update")
                .param("id", id)
                .query(Letters::letter)
                .optional()
                .orElseThrow(() -> new NotFoundException("letter"));
        Organisation from = organisations.byId(letter.areaId(), letter.schoolId());
        if (!Organisations.actsFor(by, from) || letter.paper() != null) {
            throw new ForbiddenException("change letters of " + from.code());
        }
        if (!letter.draft() || memo(id)) {
            throw new ConflictException(new FieldError(0, "", Texts.of("correspondence.draft.notDraft")));
        }
        return letter;
    }
}
