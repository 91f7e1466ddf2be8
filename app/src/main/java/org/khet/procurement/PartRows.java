package org.khet.procurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads a procurement's parts: items, bids (with whether the supplier is debarred), award, contract, committee. */
final class PartRows {

    private PartRows() {}

    static List<Procurement.Item> items(JdbcClient jdbc, long id) {
        return jdbc.sql("""
                        select description, scheme, code, quantity, unit, unit_price from procurement.item
                        where procurement_id = :id order by position""").param("id", id).query(Procurement.Item.class).list();
    }

    static List<Procurement.Bid> bids(JdbcClient jdbc, long id) {
        return jdbc.sql("""
                        select b.id, b.supplier_id, s.name as supplier_name, b.amount, b.disqualified,
                               b.disqualified_reason, d.tax_id is not null as debarred
                        from procurement.bid b join procurement.supplier s on s.id = b.supplier_id
                        left join procurement.debarred d on d.tax_id = s.tax_id
                        where b.procurement_id = :id order by b.amount, b.id""").param("id", id).query(Procurement.Bid.class).list();
    }

    static Optional<Procurement.Award> award(JdbcClient jdbc, long id) {
        return jdbc.sql("""
                        select a.bid_id, s.name as supplier_name, a.amount, a.awarded_on
                        from procurement.award a join procurement.bid b on b.id = a.bid_id
                        join procurement.supplier s on s.id = b.supplier_id
                        where a.procurement_id = :id""").param("id", id).query(Procurement.Award.class).optional();
    }

    static Optional<Procurement.Contract> contract(JdbcClient jdbc, long id) {
        return jdbc.sql("select number, signed_on, value from procurement.contract where procurement_id = :id")
                .param("id", id)
                .query((rs, n) -> new Procurement.Contract(
                        rs.getString("number"), rs.getObject("signed_on", LocalDate.class), rs.getBigDecimal("value")))
                .optional();
    }

    static List<Procurement.Member> committee(JdbcClient jdbc, long id) {
        return jdbc.sql("""
                        select id, name, role, community from procurement.committee_member
                        where procurement_id = :id order by id""").param("id", id).query(Procurement.Member.class).list();
    }
}
