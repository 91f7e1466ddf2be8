package org.khet.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the sender of a letter sees of its recipients: each organisation's name and where its acknowledgement
 * stands, rejected and waiting ones first, and the count in each state.
 */
@Component
class Recipients {

    /** One organisation a letter was delivered to. */
    record Recipient(
            long deliveryId,
            Long schoolId,
            String code,
            String name,
            DeliveryState state,
            Instant openedAt,
            Instant actedAt,
            String reason,
            Instant remindedAt) {}

    private final JdbcClient jdbc;
    private final Organisations organisations;

    Recipients(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    List<Recipient> of(Letter letter) {
        Organisation office = organisations.byId(letter.areaId(), null);
        return jdbc.sql("""
                        select d.id as delivery_id, d.school_id, coalesce(s.code, u.code, :officeCode) as code,
                               coalesce(s.name_th, u.name_th, :officeName) as name, d.state, d.opened_at, d.acted_at,
                               d.reason, d.reminded_at
                        from correspondence.delivery d
                        left join registry.school_summary s on s.id = d.school_id
                        left join registry.unit_summary u on u.id = d.unit_id
                        where d.letter_id = :letter
                        order by case d.state when 'REJECTED' then 0 when 'INVALID' then 0 when 'NEW' then 1 when 'OPENED' then 2 else 3 end,
                                 coalesce(s.code, u.code, :officeCode)""")
                .param("letter", letter.id())
                .param("officeCode", office.code())
                .param("officeName", office.nameTh())
                .query(Recipient.class)
                .list();
    }

    /** How many recipients are in each state, every state present (zero when none). */
    static Map<DeliveryState, Long> counts(List<Recipient> recipients) {
        Map<DeliveryState, Long> counts =
                recipients.stream().collect(Collectors.groupingBy(Recipient::state, Collectors.counting()));
        return java.util.Arrays.stream(DeliveryState.values())
                .collect(Collectors.toMap(
                        Function.identity(),
                        s -> counts.getOrDefault(s, 0L),
                        (a, b) -> a,
                        () -> new java.util.EnumMap<>(DeliveryState.class)));
    }
}
