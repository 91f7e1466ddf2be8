package org.khet.procurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the procurement tables; the rules are elsewhere ({@link DraftCheck}, {@link Tender}). */
@Component
class ProcurementStore {

    private static final String SELECT = """
            select id, ocid, area_id, school_id, fiscal_year, title, category, method, e_catalogue, budget,
                   reference_price, reference_basis, tender_start, tender_end, status, version, created_at, updated_at
            from procurement.procurement""";

    private final JdbcClient jdbc;
    private final Buyers buyers;

    /** The configured OCID prefix: a procurement recorded in Khet is named the prefix, a dash and its id. */
    private final String prefix;

    ProcurementStore(
            JdbcClient jdbc, Buyers buyers, @Value("${khet.procurement.ocid-prefix:ocds-khet00}") String prefix) {
        this.prefix = prefix.strip();
        this.jdbc = jdbc;
        this.buyers = buyers;
    }

    Optional<Procurement> byOcid(String ocid) {
        return jdbc.sql(SELECT + " where ocid = :ocid")
                .param("ocid", ocid)
                .query((rs, n) -> row(rs, null))
                .optional()
                .map(this::whole);
    }

    /** The buyer's procurements of a fiscal year (all years when null), newest first, without their parts. */
    List<Procurement> list(Buyer buyer, Integer fiscalYear) {
        return jdbc.sql(SELECT + " " + """
                         where area_id = :area and school_id is not distinct from cast(:school as bigint)
                           and (cast(:year as integer) is null or fiscal_year = cast(:year as integer))
                         order by fiscal_year desc, id desc limit 500""")
                .param("area", buyer.areaId())
                .param("school", buyer.schoolId())
                .param("year", fiscalYear)
                .query((rs, n) -> row(rs, buyer))
                .list();
    }

    String ocidPrefix() {
        return prefix;
    }

    /** Inserts a procurement recorded in Khet, named by the configured prefix; answers its id. */
    long insert(Buyer buyer, int fiscalYear, ProcurementDraft d, long by) {
        long id = nextId();
        insert(id, prefix + "-" + id, buyer, fiscalYear, d, by);
        return id;
    }

    /** Inserts a procurement under an OCID given elsewhere (one imported from another system keeps its own). */
    long insertAs(String ocid, Buyer buyer, int fiscalYear, ProcurementDraft d, long by) {
        long id = nextId();
        insert(id, ocid, buyer, fiscalYear, d, by);
        return id;
    }

    private long nextId() {
        return jdbc.sql("select nextval('procurement.procurement_id_seq')")
                .query(Long.class)
                .single();
    }

    private void insert(long id, String ocid, Buyer buyer, int fiscalYear, ProcurementDraft d, long by) {
        plan(jdbc.sql("""
                        insert into procurement.procurement (id, ocid, area_id, school_id, fiscal_year, title, category,
                            method, e_catalogue, budget, reference_price, reference_basis, tender_start, tender_end,
                            created_by, updated_by)
                        values (:id, :ocid, :area, :school, :year, :title, :category, :method, :catalogue, :budget,
                            :reference, :basis, :start, :end, :by, :by)"""), d)
                .param("id", id)
                .param("ocid", ocid)
                .param("area", buyer.areaId())
                .param("school", buyer.schoolId())
                .param("year", fiscalYear)
                .param("by", by)
                .update();
        items(id, d.items());
    }

    /** Changes the plan when nobody changed it since {@code version}; false when somebody did. */
    boolean update(long id, int version, ProcurementDraft d, String status, long by) {
        int changed = plan(jdbc.sql("""
                        update procurement.procurement set title = :title, category = :category, method = :method,
                            e_catalogue = :catalogue, budget = :budget, reference_price = :reference,
                            reference_basis = :basis, tender_start = :start, tender_end = :end, status = :status,
                            fiscal_year = coalesce(:year, fiscal_year), version = version + 1, updated_at = now(),
                            updated_by = :by
                        where id = :id and version = :version"""), d)
                .param("id", id)
                .param("version", version)
                .param("status", status)
                .param("year", d.fiscalYear())
                .param("by", by)
                .update();
        if (changed == 1) {
            jdbc.sql("delete from procurement.item where procurement_id = :id")
                    .param("id", id)
                    .update();
            items(id, d.items());
        }
        return changed == 1;
    }

    /** Moves the procurement on (a step recorded: bid, award, contract, committee) and counts it as a change. */
    void touched(long id, String status, long by) {
        jdbc.sql("""
                        update procurement.procurement set status = coalesce(:status, status), version = version + 1,
                            updated_at = now(), updated_by = :by where id = :id""").param("id", id).param("status", status).param("by", by).update();
    }

    /** Binds the plan's fields, named alike in the insert and the update. */
    private static JdbcClient.StatementSpec plan(JdbcClient.StatementSpec spec, ProcurementDraft d) {
        return spec.param("title", d.title())
                .param("category", d.category())
                .param("method", d.method())
                .param("catalogue", d.eCatalogue())
                .param("budget", d.budget())
                .param("reference", d.referencePrice())
                .param("basis", d.referenceBasis())
                .param("start", d.tenderStart())
                .param("end", d.tenderEnd());
    }

    private void items(long id, List<ProcurementDraft.ItemDraft> items) {
        for (int i = 0; i < items.size(); i++) {
            ProcurementDraft.ItemDraft it = items.get(i);
            jdbc.sql("""
                            insert into procurement.item (procurement_id, position, description, scheme, code,
                                quantity, unit, unit_price)
                            values (:id, :pos, :description, :scheme, :code, :quantity, :unit, :price)""")
                    .param("id", id)
                    .param("pos", i + 1)
                    .param("description", it.description())
                    .param("scheme", it.scheme())
                    .param("code", it.code())
                    .param("quantity", it.quantity())
                    .param("unit", it.unit())
                    .param("price", it.unitPrice())
                    .update();
        }
    }

    private Procurement whole(Procurement p) {
        long id = p.id();
        return new Procurement(
                id,
                p.ocid(),
                p.buyer(),
                p.fiscalYear(),
                p.title(),
                p.category(),
                p.method(),
                p.eCatalogue(),
                p.budget(),
                p.referencePrice(),
                p.referenceBasis(),
                p.tenderStart(),
                p.tenderEnd(),
                p.status(),
                p.version(),
                p.createdAt(),
                p.updatedAt(),
                PartRows.items(jdbc, id),
                PartRows.bids(jdbc, id),
                PartRows.award(jdbc, id),
                PartRows.contract(jdbc, id),
                PartRows.committee(jdbc, id));
    }

    /** A procurement's row without its parts; {@code known} is its buyer when the caller has it already. */
    private Procurement row(ResultSet rs, Buyer known) throws SQLException {
        Buyer buyer = known != null ? known : buyers.of(rs.getLong("area_id"), rs.getObject("school_id", Long.class));
        return new Procurement(
                rs.getLong("id"),
                rs.getString("ocid"),
                buyer,
                rs.getInt("fiscal_year"),
                rs.getString("title"),
                Procurement.Category.valueOf(rs.getString("category")),
                Method.valueOf(rs.getString("method")),
                rs.getBoolean("e_catalogue"),
                rs.getBigDecimal("budget"),
                rs.getBigDecimal("reference_price"),
                rs.getString("reference_basis"),
                rs.getObject("tender_start", LocalDate.class),
                rs.getObject("tender_end", LocalDate.class),
                Procurement.Status.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }
}
