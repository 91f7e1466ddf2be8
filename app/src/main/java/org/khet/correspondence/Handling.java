package org.khet.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A received letter's way inside the organisation that accepted it: passed from the clerk to a group head and on
 * to an officer, endorsed by the director (an instruction and the typed-name signature of the signed-in director,
 * or of someone signing "ปฏิบัติราชการแทน" or "รักษาราชการแทน" with the post they sign for), and marked done. The
 * letter is held by whoever the last step passed it to, since that step. Steps of one letter are taken one at a
 * time (the delivery row is locked), so two people cannot pass the same letter at once.
 */
@Component
class Handling {

    /** One step as the letter's page lists it. */
    record Step(
            long id,
            String kind,
            long byUser,
            String byName,
            Long toUser,
            String toName,
            String instruction,
            SignedAs signedAs,
            String onBehalfOf,
            LocalDate replyBy,
            Instant at) {}

    /** What a step does: pass on, endorse (and perhaps pass on), or close. */
    record Action(
            String kind, Long toUser, String instruction, SignedAs signedAs, String onBehalfOf, LocalDate replyBy) {}

    private static final String STEPS = """
            select h.id, h.kind, h.by_user, h.by_name, h.to_user, u.display_name as to_name, h.instruction,
                   h.signed_as, h.on_behalf_of, h.reply_by, h.at
            from correspondence.handling_step h
            left join platform.user_summary u on u.id = h.to_user""";

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Letters letters;
    private final Registers registers;
    private final Notifications notifications;
    private final AuditLog audit;
    private final String publicUrl;

    Handling(
            JdbcClient jdbc,
            Organisations organisations,
            Letters letters,
            Registers registers,
            Notifications notifications,
            AuditLog audit,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.letters = letters;
        this.registers = registers;
        this.notifications = notifications;
        this.audit = audit;
        this.publicUrl = publicUrl;
    }

    List<Step> steps(long deliveryId) {
        return jdbc.sql(STEPS + " where h.delivery_id = :d order by h.id")
                .param("d", deliveryId)
                .query(Step.class)
                .list();
    }

    /** The person holding the letter now and since when; empty before the first step and after it is done. */
    Optional<Step> holding(long deliveryId) {
        List<Step> steps = steps(deliveryId);
        return steps.isEmpty() || steps.get(steps.size() - 1).toUser() == null
                ? Optional.empty()
                : Optional.of(steps.get(steps.size() - 1));
    }

    @Transactional
    Step take(long deliveryId, Action action, KhetUser by) {
        Delivery d = jdbc.sql(Delivery.SELECT + " where id = :id for update")
                .param("id", deliveryId)
                .query(Delivery.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("delivery"));
        Organisation org = organisations.byId(d.areaId(), d.schoolId());
        if (d.state() != DeliveryState.ACCEPTED) {
            throw new ConflictException(new FieldError(0, "", Texts.of("correspondence.handling.notAccepted")));
        }
        Optional<Step> holding = holding(deliveryId);
        boolean done = !steps(deliveryId).isEmpty() && holding.isEmpty();
        mayAct(org, holding, done, by);
        Step step = checked(org, action, by);
        long id = jdbc.sql("""
                        insert into correspondence.handling_step (delivery_id, area_id, kind, by_user, by_name, to_user,
                            instruction, signed_as, on_behalf_of, reply_by)
                        values (:d, :area, :kind, :by, :name, :to, :instruction, :signedAs, :onBehalfOf, :replyBy)
                        returning id""")
                .param("d", deliveryId)
                .param("area", d.areaId())
                .param("kind", step.kind())
                .param("by", by.id())
                .param("name", by.displayName())
                .param("to", step.toUser())
                .param("instruction", step.instruction())
                .param(
                        "signedAs",
                        step.signedAs() == null ? null : step.signedAs().name())
                .param("onBehalfOf", step.onBehalfOf())
                .param("replyBy", step.replyBy())
                .query(Long.class)
                .single();
        audit.changed(
                d.areaId(),
                step.kind(),
                "letter_handling",
                id,
                null,
                Map.of("letter", d.letterId(), "to", String.valueOf(step.toUser()), "instruction", step.instruction()));
        if (step.toUser() != null && step.toUser() != by.id()) {
            tell(
                    step.toUser(),
                    letters.byId(d.letterId()).orElseThrow(),
                    "correspondence.notify.passed",
                    by.displayName());
        }
        return steps(deliveryId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /**
     * The holder acts on the letter; before anyone holds it (or after it is done) whoever acts for the
     * organisation; its director always.
     */
    private static void mayAct(Organisation org, Optional<Step> holding, boolean done, KhetUser by) {
        if (!mayTake(org, holding, done, by)) {
            throw new ForbiddenException("handle a letter someone else holds");
        }
    }

    /** Whether {@code by} may take the next step (the letter's page shows the forms to those who may). */
    static boolean mayTake(Organisation org, Optional<Step> holding, boolean done, KhetUser by) {
        boolean holder = holding.map(s -> s.toUser() == by.id()).orElse(false);
        boolean free = holding.isEmpty() && !done && Organisations.actsFor(by, org);
        return holder || free || Organisations.directs(by, org);
    }

    private Step checked(Organisation org, Action a, KhetUser by) {
        String kind = a.kind() == null ? "" : a.kind().strip().toUpperCase(java.util.Locale.ROOT);
        String instruction = a.instruction() == null ? "" : a.instruction().strip();
        List<FieldError> errors = new java.util.ArrayList<>();
        if (!List.of("PASS", "ENDORSE", "DONE").contains(kind)) {
            errors.add(new FieldError(0, "action", Texts.of("correspondence.handling.action")));
        }
        if (instruction.length() > 2000) {
            errors.add(new FieldError(0, "instruction", Texts.of("correspondence.handling.long")));
        }
        Long to = "DONE".equals(kind) ? null : a.toUser();
        if ("PASS".equals(kind) && to == null) {
            errors.add(new FieldError(0, "to_user", Texts.of("correspondence.handling.to")));
        }
        if (to != null && !member(org, to)) {
            errors.add(new FieldError(0, "to_user", Texts.of("correspondence.handling.notMember", org.nameTh())));
        }
        SignedAs signedAs = null;
        String onBehalfOf = null;
        if ("ENDORSE".equals(kind)) {
            signedAs = a.signedAs() == null ? SignedAs.SELF : a.signedAs();
            onBehalfOf = signedAs == SignedAs.SELF ? null : blankToNull(a.onBehalfOf());
            if (instruction.isEmpty()) {
                errors.add(new FieldError(0, "instruction", Texts.of("correspondence.handling.instruction")));
            }
            if (signedAs == SignedAs.SELF && !Organisations.directs(by, org)) {
                errors.add(new FieldError(0, "signed_as", Texts.of("correspondence.handling.notDirector")));
            }
            if (signedAs != SignedAs.SELF && (onBehalfOf == null || onBehalfOf.length() > 300)) {
                errors.add(new FieldError(0, "on_behalf_of", Texts.of("correspondence.handling.onBehalfOf")));
            }
        }
        if (a.replyBy() != null && a.replyBy().isBefore(registers.today())) {
            errors.add(new FieldError(0, "reply_by", Texts.of("correspondence.handling.replyBy")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("correspondence.handling.notTaken"), errors);
        }
        return new Step(
                0, kind, by.id(), by.displayName(), to, null, instruction, signedAs, onBehalfOf, a.replyBy(), null);
    }

    private boolean member(Organisation org, long user) {
        return organisations.worksIn(org, user);
    }

    /** Letters {@code user} holds now, the longest held first. */
    List<Map<String, Object>> heldBy(KhetUser user) {
        return jdbc.sql("""
                        select d.id as delivery_id, l.id as letter_id, coalesce(l.external_number, l.number) as number,
                               case when l.secrecy = 'NONE' then l.subject end as subject, h.at as since, h.reply_by,
                               h.instruction
                        from (select distinct on (delivery_id) * from correspondence.handling_step
                              where delivery_id in (select delivery_id from correspondence.handling_step
                                                    where to_user = :u)
                              order by delivery_id, id desc) h
                        join correspondence.delivery d on d.id = h.delivery_id
                        join correspondence.letter l on l.id = d.letter_id
                        where h.to_user = :u
                        order by h.at""")
                .param("u", user.id())
                .query((rs, n) -> {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    row.put("delivery_id", rs.getLong("delivery_id"));
                    row.put("letter_id", rs.getLong("letter_id"));
                    row.put("number", rs.getString("number"));
                    row.put("subject", rs.getString("subject"));
                    row.put("since", rs.getTimestamp("since").toInstant());
                    row.put("reply_by", rs.getObject("reply_by", LocalDate.class));
                    row.put("instruction", rs.getString("instruction"));
                    return row;
                })
                .list();
    }

    void tell(long account, Letter letter, String template, String who) {
        notifications.toPerson(
                account,
                Message.of(
                        "correspondence",
                        "letter " + letter.id(),
                        template,
                        who,
                        letter.paper() == null
                                ? letter.number()
                                : letter.paper().number(),
                        letter.secrecy().secret() ? Message.text("correspondence.notify.secret") : letter.subject(),
                        publicUrl,
                        String.valueOf(letter.id())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
