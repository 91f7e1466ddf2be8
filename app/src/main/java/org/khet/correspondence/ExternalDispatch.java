package org.khet.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters to addressees outside Khet (a ministry, a hospital, a parent): the addressee as typed and how the letter
 * went — by post (with the registered-mail number, if any), by e-mail (the address) or by hand (who received it) —
 * and the day it went. Such an addressee gets no delivery; the letter is numbered in its sender's dispatch register
 * with the typed names in the "to" column, and what the sender records after sending (the post office's receipt
 * number) is written into that register row's remarks.
 */
@Component
class ExternalDispatch {

    /** How a letter went out of Khet. */
    enum Via {
        POST,
        EMAIL,
        HAND;

        Bilingual label() {
            return Texts.of("correspondence.external.via." + name());
        }
    }

    /** An external addressee as typed on the form or in the API. */
    record Typed(String name, String via, String detail, LocalDate wentOn) {}

    /** An external addressee that passed the checks. */
    record Addressee(String name, Via via, String detail, LocalDate wentOn) {}

    /** An external addressee as kept for a letter; {@code position} counts from 1. */
    record Kept(int position, String name, Via via, String detail, LocalDate wentOn) {}

    static final int NAME_MAX = 300;
    static final int DETAIL_MAX = 300;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ExternalDispatch(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The typed addressees checked: each needs a name and a way it goes; reasons reported under "to.external". */
    static List<Addressee> check(List<Typed> typed, List<FieldError> errors) {
        List<Addressee> checked = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Typed t = typed.get(i);
            String name = t.name() == null ? "" : t.name().strip();
            String detail = t.detail() == null ? "" : t.detail().strip();
            Via via = via(t.via());
            if (name.isEmpty() || name.length() > NAME_MAX) {
                errors.add(error("correspondence.external.name", i + 1, NAME_MAX));
            } else if (via == null) {
                errors.add(error("correspondence.external.via", name));
            } else if (detail.length() > DETAIL_MAX) {
                errors.add(error("correspondence.external.detail", name, DETAIL_MAX));
            } else {
                checked.add(new Addressee(name, via, detail, t.wentOn()));
            }
        }
        return checked;
    }

    private static Via via(String name) {
        try {
            return name == null ? null : Via.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Keeps {@code addressees} as letter {@code letterId}'s external addressees, replacing those it had. */
    void keep(long letterId, List<Addressee> addressees) {
        jdbc.sql("delete from correspondence.external_addressee where letter_id = :id")
                .param("id", letterId)
                .update();
        int position = 1;
        for (Addressee a : addressees) {
            jdbc.sql("""
                            insert into correspondence.external_addressee (letter_id, position, name, via, detail, went_on)
                            values (:letter, :position, :name, :via, :detail, :wentOn)""")
                    .param("letter", letterId)
                    .param("position", position++)
                    .param("name", a.name())
                    .param("via", a.via().name())
                    .param("detail", a.detail())
                    .param("wentOn", a.wentOn())
                    .update();
        }
    }

    List<Kept> of(long letterId) {
        return jdbc.sql("""
                        select position, name, via, detail, went_on from correspondence.external_addressee
                        where letter_id = :id order by position""")
                .param("id", letterId)
                .query((rs, n) -> new Kept(
                        rs.getInt("position"),
                        rs.getString("name"),
                        Via.valueOf(rs.getString("via")),
                        rs.getString("detail"),
                        rs.getObject("went_on", LocalDate.class)))
                .list();
    }

    /** On sending: the letter went out today to every external addressee whose day was not given. */
    void wentOut(long letterId, LocalDate today) {
        jdbc.sql("""
                        update correspondence.external_addressee set went_on = :today
                        where letter_id = :id and went_on is null""").param("today", today).param("id", letterId).update();
    }

    /** The register's "to" column for external addressees: their names as typed. */
    static String names(List<Kept> kept) {
        return String.join(", ", kept.stream().map(Kept::name).toList());
    }

    /**
     * The sender records how a sent letter went to external addressee {@code position}: the detail (such as the post
     * office's receipt number) and the day. Written into the dispatch register row's remarks as well.
     */
    @Transactional
    void record(Letter letter, Organisation sender, int position, String detail, LocalDate wentOn, KhetUser by) {
        if (!Organisations.actsFor(by, sender) || !letter.sentBy(sender)) {
            throw new ForbiddenException("record the dispatch of another organisation's letter");
        }
        if (letter.draft()) {
            throw new ConflictException(new FieldError(0, "", Texts.of("correspondence.external.notSent")));
        }
        String d = detail == null ? "" : detail.strip();
        if (d.length() > DETAIL_MAX || wentOn == null) {
            throw RejectedException.of("detail", Texts.of("correspondence.external.record", DETAIL_MAX));
        }
        Kept before = of(letter.id()).stream()
                .filter(k -> k.position() == position)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("external addressee"));
        jdbc.sql("""
                        update correspondence.external_addressee set detail = :detail, went_on = :wentOn,
                            recorded_by = :by, recorded_at = now()
                        where letter_id = :id and position = :position""")
                .param("detail", d)
                .param("wentOn", wentOn)
                .param("by", by.id())
                .param("id", letter.id())
                .param("position", position)
                .update();
        jdbc.sql("""
                        update correspondence.register_entry set remarks = :remarks
                        where letter_id = :id and area_id = :area and school_id is not distinct from :school
                          and register <> 'RECEIPT' and cancelled_at is null""")
                .param("remarks", remarks(of(letter.id())))
                .param("id", letter.id())
                .param("area", letter.areaId())
                .param("school", letter.schoolId())
                .update();
        audit.changed(
                letter.areaId(),
                "DISPATCH",
                "letter",
                letter.id(),
                Map.of("detail", before.detail()),
                Map.of("to", before.name(), "via", before.via().name(), "detail", d, "went_on", wentOn.toString()));
    }

    /** The register's remarks: how each external addressee's copy went ("ไปรษณีย์ EB123TH 6 ธ.ค. 2569"). */
    static String remarks(List<Kept> kept) {
        return String.join(
                "; ",
                kept.stream()
                        .map(k -> String.join(
                                        " ",
                                        k.name() + ":",
                                        k.via().label().th(),
                                        k.detail(),
                                        k.wentOn() == null ? "" : thaiDay(k.wentOn()))
                                .replaceAll(" +", " ")
                                .strip())
                        .toList());
    }

    private static String thaiDay(LocalDate day) {
        return org.khet.thai.BuddhistDates.abbreviated(day);
    }

    private static FieldError error(String key, Object... args) {
        return new FieldError(0, "to.external", Texts.of(key, args));
    }
}
