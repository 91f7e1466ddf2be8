package org.khet.correspondence;

import java.util.List;
import java.util.Map;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.KhetUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What sending does beyond numbering and delivering to organisations, kept out of {@link Letters}: saved groups
 * expanded, the people a letter is for marked on their organisation's delivery (and told, once it is committed),
 * external addressees' day of going out, and a reply's original marked done.
 */
@Component
class SendingOptions {

    private final JdbcClient jdbc;
    private final RecipientGroups groups;
    private final ExternalDispatch external;
    private final Replies replies;
    private final Registers registers;
    private final Notifications notifications;
    private final String publicUrl;

    SendingOptions(
            JdbcClient jdbc,
            RecipientGroups groups,
            ExternalDispatch external,
            Replies replies,
            Registers registers,
            Notifications notifications,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.external = external;
        this.replies = replies;
        this.registers = registers;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    RecipientGroups groups() {
        return groups;
    }

    ExternalDispatch external() {
        return external;
    }

    /** After a draft is kept: the letter it answers, if it answers one. */
    void kept(long id, Organisation from, LetterDraft draft) {
        if (draft.replyTo() != null) {
            replies.link(id, from, draft.replyTo());
        }
    }

    /** Marks each delivery of {@code letter} with the addressed people who work at its organisation. */
    void forPeople(Letter letter) {
        if (letter.to().people().isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into correspondence.delivery_person (delivery_id, person_id)
                        select distinct d.id, p.id from correspondence.delivery d
                        join registry.person_summary p on p.area_id = d.area_id and p.id = any(:people) and p.active
                          and p.school_id is not distinct from d.school_id
                          and (p.school_id is not null or p.unit_id is not distinct from d.unit_id)
                        where d.letter_id = :letter""")
                .param("people", letter.to().people().toArray(Long[]::new))
                .param("letter", letter.id())
                .update();
    }

    /** After numbering: external copies went out today (unless a day was given), a reply's original is done. */
    void sent(Letter letter, Organisation from, Registers.Numbered n, List<ExternalDispatch.Kept> kept, KhetUser by) {
        if (!kept.isEmpty()) {
            external.wentOut(letter.id(), registers.today());
        }
        replies.sent(letter.id(), from, n.number(), by);
    }

    /** The people each of these deliveries is for, their names in a line: delivery id → names. */
    Map<Long, String> peopleOf(List<Long> deliveryIds) {
        return people("dp.delivery_id = any(:ids)", deliveryIds.toArray(Long[]::new));
    }

    /** The people each delivery of letter {@code letterId} is for: delivery id → names. */
    Map<Long, String> peopleOf(long letterId) {
        return people("dp.delivery_id in (select id from correspondence.delivery where letter_id = :ids)", letterId);
    }

    private Map<Long, String> people(String condition, Object ids) {
        Map<Long, String> out = new java.util.HashMap<>();
        jdbc.sql("""
                        select dp.delivery_id, string_agg(distinct p.full_name, ', ') from correspondence.delivery_person dp
                        join registry.person_summary p on p.id = dp.person_id
                        where\s""" + condition + " group by dp.delivery_id")
                .param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Tells each person a sent letter is for, on their own channels, once the sending committed. */
    void tellPeople(Letter letter, String senderName) {
        List<Long> accounts =
                jdbc.sql("""
                        select distinct p.user_id from correspondence.delivery_person dp
                        join correspondence.delivery d on d.id = dp.delivery_id
                        join registry.person_summary p on p.id = dp.person_id
                        where d.letter_id = :letter and p.user_id is not null""").param("letter", letter.id()).query(Long.class).list();
        Message message = Message.of(
                "correspondence",
                "letter " + letter.id(),
                "correspondence.notify.forYou",
                senderName,
                letter.number(),
                letter.secrecy().secret() ? Message.text("correspondence.notify.secret") : letter.subject(),
                publicUrl,
                String.valueOf(letter.id()));
        accounts.forEach(account -> notifications.toPerson(account, message));
    }
}
