package org.khet.correspondence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters from draft to sent. Sending numbers the letter in its sender's register (dispatch, circulars, orders or
 * announcements, by its type) and gives every organisation it is addressed to a delivery, in one statement however
 * many schools that is; all of it in one transaction, so a letter is either sent, numbered and delivered, or none of
 * these.
 */
@Component
class Letters {

    static final String COLUMNS = """
            id, area_id, school_id, kind, sub_kind, subject, body, urgency, urgent_by, secrecy, circular, to_office,
            to_all_schools, to_schools, to_networks, to_units, status, register, year, sequence, number, sent_at,
            created_by, version, external_from, external_number, external_dated, to_sizes, to_groups, to_people
            from correspondence.letter""";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final DraftRules rules;
    private final Registers registers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final LetterSeal seal;
    private final LetterSearch search;
    private final SendingOptions options;

    Letters(
            JdbcClient jdbc,
            Organisations organisations,
            DraftRules rules,
            Registers registers,
            AuditLog audit,
            ApplicationEventPublisher events,
            LetterSeal seal,
            LetterSearch search,
            SendingOptions options) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.rules = rules;
        this.registers = registers;
        this.audit = audit;
        this.events = events;
        this.seal = seal;
        this.search = search;
        this.options = options;
    }

    /** Keeps a new draft of {@code from}, which {@code by} acts for; its id. */
    @Transactional
    long draft(Organisation from, LetterDraft draft, KhetUser by) {
        if (!Organisations.actsFor(by, from)) {
            throw new ForbiddenException("write letters for " + from.code());
        }
        long id = keep(from, rules.check(from, draft), by);
        options.kept(id, from, draft);
        return id;
    }

    /** Keeps a checked draft of {@code from} written by {@code by} (a memo's writer need not act for it); its id. */
    long keep(Organisation from, DraftRules.Checked c, KhetUser by) {
        long id = written(jdbc.sql("""
                        insert into correspondence.letter (area_id, school_id, kind, sub_kind, subject, body, urgency,
                            urgent_by, secrecy, circular, to_office, to_all_schools, to_schools, to_networks, to_units,
                            to_sizes, to_groups, to_people, created_by)
                        values (:area, :school, :kind, :form, :subject, :body, :urgency, :urgentBy, :secrecy, :circular,
                            :office, :all, :schools, :networks, :units, :sizes, :groups, :people, :by)
                        returning id"""), c)
                .param("area", from.areaId())
                .param("school", from.schoolId())
                .param("by", by.id())
                .query(Long.class)
                .single();
        options.external().keep(id, c.to().external());
        search.index(id);
        audit.changed(
                from.areaId(),
                "CREATE",
                "letter",
                id,
                null,
                Map.of("kind", c.kind().name(), "secrecy", c.secrecy().name(), "from", from.code()));
        return id;
    }

    /** Binds a checked draft's columns (:kind to :people) to a statement that writes a letter. */
    static JdbcClient.StatementSpec written(JdbcClient.StatementSpec statement, DraftRules.Checked c) {
        return statement
                .param("kind", c.kind().name())
                .param("form", c.form())
                .param("subject", c.subject())
                .param("body", c.body())
                .param("urgency", c.urgency().name())
                .param("urgentBy", c.urgentBy() == null ? null : java.sql.Timestamp.from(c.urgentBy()))
                .param("secrecy", c.secrecy().name())
                .param("circular", c.circular())
                .param("office", c.to().office())
                .param("all", c.to().allSchools())
                .param("schools", c.to().schools().toArray(Long[]::new))
                .param("networks", c.to().networks().toArray(Long[]::new))
                .param("units", c.to().units().toArray(Long[]::new))
                .param("sizes", c.to().sizes().toArray(Integer[]::new))
                .param("groups", c.to().groups().toArray(Long[]::new))
                .param("people", c.to().people().toArray(Long[]::new));
    }

    Optional<Letter> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " where id = :id")
                .param("id", id)
                .query(Letters::letter)
                .optional();
    }

    /**
     * Sends a draft: numbers it and delivers it to every organisation it is addressed to. Refused when the sender
     * has no letter prefix yet, when the draft reaches nobody, and for a ลับที่สุด letter, which never travels
     * electronically.
     */
    @Transactional
    Registers.Numbered send(long id, KhetUser by) {
        Letter letter = jdbc.sql("select " + COLUMNS + " where id = :id for update")
                .param("id", id)
                .query(Letters::letter)
                .optional()
                .orElseThrow(() -> new NotFoundException("letter"));
        Organisation from = organisations.byId(letter.areaId(), letter.schoolId());
        if (!Organisations.actsFor(by, from)) {
            throw new ForbiddenException("send letters for " + from.code());
        }
        if (!letter.draft()) {
            throw new ConflictException(new FieldError(0, "", Texts.of("correspondence.alreadySent", letter.number())));
        }
        if (from.prefix().isBlank()) {
            throw RejectedException.of("prefix", Texts.of("correspondence.noPrefix", from.nameTh()));
        }
        if (!letter.secrecy().travelsElectronically()) {
            throw RejectedException.of("secrecy", Texts.of("correspondence.topSecret"));
        }
        Addressees to = options.groups().expanded(from, letter.to());
        int delivered = deliver(letter, to, from);
        List<ExternalDispatch.Kept> external = options.external().of(id);
        if (delivered == 0 && external.isEmpty()) {
            throw RejectedException.of("to", Texts.of("correspondence.nobody"));
        }
        options.forPeople(letter);
        Register register = letter.kind().registerFor(letter.form(), letter.circular());
        Registers.Numbered n = registers.register(
                from,
                register,
                new Registers.Row(
                        id,
                        null,
                        null,
                        from.nameTh(),
                        toNames(letter, delivered, external),
                        letter.subject(),
                        letter.secrecy(),
                        "",
                        ""),
                by);
        numbered(id, n);
        options.sent(letter, from, n, external, by);
        seal.seal(letter);
        search.index(id);
        audit.changed(
                from.areaId(),
                "SEND",
                "letter",
                id,
                Map.of("status", Letter.DRAFT),
                Map.of("status", Letter.SENT, "number", n.number(), "deliveries", delivered));
        events.publishEvent(new LetterSent(id, from.areaId(), letter.urgency().urgent(), delivered));
        return n;
    }

    /** Marks letter {@code id} numbered {@code n}: sent, or for a memo approved and issued. */
    void numbered(long id, Registers.Numbered n) {
        jdbc.sql("""
                        update correspondence.letter set status = 'SENT', register = :register, year = :year,
                            sequence = :sequence, number = :number, sent_at = now(), version = version + 1
                        where id = :id""")
                .param("register", n.register().name())
                .param("year", n.year())
                .param("sequence", n.sequence())
                .param("number", n.number())
                .param("id", id)
                .update();
    }

    /**
     * One delivery per organisation addressed, from one statement: schools (all, by hand, by network, by size class,
     * or where a person addressed works), the office (or where a person of the office without a unit works) and units
     * (or a person's unit). The sender never delivers to itself. The size and people look-ups run only when the letter
     * has some, so a circular to every school stays one plain scan of the area's schools.
     */
    private int deliver(Letter l, Addressees to, Organisation from) {
        return jdbc.sql("""
                        insert into correspondence.delivery (letter_id, area_id, school_id, unit_id)
                        select cast(:letter as bigint), s.area_id, s.id, cast(null as bigint) from registry.school_summary s
                        where s.area_id = :area and s.status = 'OPEN' and s.id is distinct from :sender
                          and (:all or s.id = any(:schools) or s.network_id = any(:networks)
                               or (cardinality(cast(:sizes as integer[])) > 0
                                   and s.id in (select z.school_id from registry.school_size z
                                                where z.area_id = :area and z.size_ordinal = any(:sizes)))
                               or (cardinality(cast(:people as bigint[])) > 0
                                   and s.id in (select p.school_id from registry.person_summary p
                                                where p.area_id = :area and p.id = any(:people) and p.active)))
                        union all
                        select cast(:letter as bigint), cast(:area as bigint), null, null
                        where cast(:sender as bigint) is not null and (:office or exists (select 1 from registry.person_summary p
                            where p.area_id = :area and p.id = any(:people) and p.active and p.school_id is null
                              and p.unit_id is null))
                        union all
                        select cast(:letter as bigint), u.area_id, null, u.id from registry.unit_summary u
                        where u.area_id = :area and (u.id = any(:units) or u.id in (select p.unit_id
                            from registry.person_summary p where p.area_id = :area and p.id = any(:people) and p.active
                              and p.school_id is null))""")
                .param("letter", l.id())
                .param("area", l.areaId())
                .param("sender", from.schoolId())
                .param("all", to.allSchools())
                .param("schools", to.schools().toArray(Long[]::new))
                .param("networks", to.networks().toArray(Long[]::new))
                .param("sizes", to.sizes().toArray(Integer[]::new))
                .param("people", to.people().toArray(Long[]::new))
                .param("office", to.office())
                .param("units", to.units().toArray(Long[]::new))
                .update();
    }

    /** The register's "to" column: the organisations addressed, then the external addressees' names as typed. */
    private String toNames(Letter l, int delivered, List<ExternalDispatch.Kept> external) {
        if (external.isEmpty()) {
            return addresseeNames(l, delivered);
        }
        String names = ExternalDispatch.names(external);
        return delivered == 0 ? names : addresseeNames(l, delivered) + ", " + names;
    }

    /** The register's "to" column: the organisation's name for one addressee, how many for several. */
    private String addresseeNames(Letter l, int delivered) {
        if (l.to().allSchools()) {
            return Texts.of("correspondence.to.allSchools", delivered).th();
        }
        if (delivered > 1) {
            return Texts.of("correspondence.to.many", delivered).th();
        }
        return jdbc.sql("""
                        select coalesce(s.name_th, u.name_th, :office) from correspondence.delivery d
                        left join registry.school_summary s on s.id = d.school_id
                        left join registry.unit_summary u on u.id = d.unit_id
                        where d.letter_id = :id""")
                .param("id", l.id())
                .param("office", organisations.byId(l.areaId(), null).nameTh())
                .query(String.class)
                .single();
    }

    static Letter letter(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp urgentBy = rs.getTimestamp("urgent_by");
        java.sql.Timestamp sentAt = rs.getTimestamp("sent_at");
        String register = rs.getString("register");
        return new Letter(
                rs.getLong("id"),
                rs.getLong("area_id"),
                (Long) rs.getObject("school_id"),
                LetterKind.valueOf(rs.getString("kind")),
                rs.getString("sub_kind"),
                rs.getString("subject"),
                rs.getString("body"),
                Urgency.valueOf(rs.getString("urgency")),
                urgentBy == null ? null : urgentBy.toInstant(),
                Secrecy.valueOf(rs.getString("secrecy")),
                rs.getBoolean("circular"),
                new Addressees(
                        rs.getBoolean("to_office"),
                        rs.getBoolean("to_all_schools"),
                        ids(rs.getArray("to_schools")),
                        ids(rs.getArray("to_networks")),
                        ids(rs.getArray("to_units")),
                        java.util.Arrays.asList(
                                (Integer[]) rs.getArray("to_sizes").getArray()),
                        ids(rs.getArray("to_groups")),
                        ids(rs.getArray("to_people")),
                        null),
                rs.getString("status"),
                register == null ? null : Register.valueOf(register),
                (Integer) rs.getObject("year"),
                (Integer) rs.getObject("sequence"),
                rs.getString("number"),
                sentAt == null ? null : sentAt.toInstant(),
                rs.getLong("created_by"),
                rs.getInt("version"),
                rs.getString("external_from") == null
                        ? null
                        : new Letter.Paper(
                                rs.getString("external_from"),
                                rs.getString("external_number"),
                                rs.getObject("external_dated", java.time.LocalDate.class)));
    }

    static List<Long> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
