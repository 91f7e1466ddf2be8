package org.khet.correspondence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The letter templates an organisation may start from: those shipped with Khet and its own. The office's own are kept
 * by its director and administrators, a school's by its director and clerks.
 */
@Component
class LetterTemplates {

    private static final String COLUMNS =
            "id, area_id is null as shipped, name, kind, subject, body, salutation, closing from correspondence.letter_template";
    private static final String USABLE =
            " where (area_id is null or (area_id = :area and school_id is not distinct from :school))";

    private final JdbcClient jdbc;

    LetterTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The templates {@code org} may start from: shipped ones first, then its own, by name. */
    List<LetterTemplate> of(Organisation org) {
        return jdbc.sql("select " + COLUMNS + USABLE + " order by area_id is not null, name, id")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query(LetterTemplate.class)
                .list();
    }

    /** Template {@code id} if {@code org} may start from it. */
    Optional<LetterTemplate> usable(Organisation org, long id) {
        return jdbc.sql("select " + COLUMNS + USABLE + " and id = :id")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("id", id)
                .query(LetterTemplate.class)
                .optional();
    }

    /** Whether {@code user} keeps {@code org}'s own templates. */
    static boolean keeps(KhetUser user, Organisation org) {
        return org.isOffice()
                ? user.isAdmin() || user.holds(Role.AREA_DIRECTOR, org.areaId())
                : Organisations.actsFor(user, org);
    }

    /** Keeps {@code t} as one of {@code org}'s own (new when it has no id); its id. */
    long save(Organisation org, LetterTemplate t, KhetUser by) {
        if (!keeps(by, org)) {
            throw new ForbiddenException("keep the letter templates of " + org.code());
        }
        check(t);
        if (t.id() == null) {
            return jdbc.sql("""
                            insert into correspondence.letter_template (area_id, school_id, name, kind, subject, body,
                                salutation, closing, updated_by)
                            values (:area, :school, :name, :kind, :subject, :body, :salutation, :closing, :by)
                            returning id""").params(params(org, t, by)).query(Long.class).single();
        }
        int changed =
                jdbc.sql("""
                        update correspondence.letter_template set name = :name, kind = :kind, subject = :subject,
                            body = :body, salutation = :salutation, closing = :closing, updated_by = :by,
                            updated_at = now()
                        where id = :id and area_id = :area and school_id is not distinct from :school""").params(params(org, t, by)).param("id", t.id()).update();
        if (changed == 0) {
            throw new NotFoundException("letter template");
        }
        return t.id();
    }

    private static java.util.Map<String, Object> params(Organisation org, LetterTemplate t, KhetUser by) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("area", org.areaId());
        p.put("school", org.schoolId());
        p.put("name", t.name().strip());
        p.put("kind", t.kind());
        p.put("subject", text(t.subject()));
        p.put("body", text(t.body()));
        p.put("salutation", text(t.salutation()));
        p.put("closing", text(t.closing()));
        p.put("by", by.id());
        return p;
    }

    private static void check(LetterTemplate t) {
        List<FieldError> errors = new ArrayList<>();
        if (t.name() == null || t.name().isBlank()) {
            errors.add(FieldError.of("name", Texts.of("correspondence.template.nameRequired")));
        }
        if (text(t.subject()).length() > 500) {
            errors.add(FieldError.of("subject", Texts.of("correspondence.official.tooLong", 500)));
        }
        if (text(t.body()).length() > 20_000) {
            errors.add(FieldError.of("body", Texts.of("correspondence.official.tooLong", 20_000)));
        }
        if (!"EXTERNAL".equals(t.kind()) && !"MEMO".equals(t.kind())) {
            errors.add(FieldError.of("kind", Texts.of("correspondence.template.kindInvalid")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("correspondence.template.notSaved"), errors);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").strip();
    }
}
