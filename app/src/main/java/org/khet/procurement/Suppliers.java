package org.khet.procurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An area's suppliers, one list shared by the office and its schools, each once by tax ID: added by those who buy
 * (the office's director and staff, a school's director and clerk), read by them with the whole tax ID, and with
 * whether the government lists the supplier as debarred. A person's tax ID (their national ID) is shown masked to
 * anyone else.
 */
@Component
public class Suppliers {

    static final int MAX_DIRECTORS = 10;

    /** A supplier as typed. */
    public record Draft(String taxId, String name, String address, List<String> directors) {

        public Draft {
            directors = directors == null
                    ? List.of()
                    : directors.stream()
                            .filter(d -> d != null && !d.isBlank())
                            .map(String::strip)
                            .toList();
        }
    }

    /** A supplier as its reader may see it; {@code debarredSince} null when not on the government's list. */
    public record Supplier(
            long id,
            String taxId,
            boolean juristic,
            String name,
            String address,
            List<String> directors,
            boolean debarred,
            String debarredReference) {}

    private static final String SELECT = """
            select s.id, s.tax_id, s.name, s.address, d.tax_id is not null as debarred,
                   coalesce(d.reference, '') as debarred_reference,
                   coalesce((select array_agg(x.name order by x.position) from procurement.supplier_director x
                             where x.supplier_id = s.id), '{}') as directors
            from procurement.supplier s left join procurement.debarred d on d.tax_id = s.tax_id""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Suppliers(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether {@code user} keeps the area's list: buys for the office or one of its schools. */
    public static boolean keeps(KhetUser user, long areaId) {
        return user.holds(Role.AREA_DIRECTOR, areaId)
                || user.holds(Role.AREA_STAFF, areaId)
                || user.holds(Role.SCHOOL_DIRECTOR, areaId)
                || user.holds(Role.SCHOOL_CLERK, areaId);
    }

    /** Adds a supplier to area {@code areaId}'s list; refused, changing nothing, when wrong or already there. */
    @Transactional
    public long add(long areaId, Draft draft, KhetUser by) {
        if (!keeps(by, areaId)) {
            throw new ForbiddenException("keep the suppliers of area " + areaId);
        }
        List<FieldError> errors = new ArrayList<>();
        String taxId = TaxIds.digits(draft.taxId());
        if (taxId == null) {
            errors.add(FieldError.of("tax_id", Texts.of("procurement.supplier.taxId")));
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 300) {
            errors.add(FieldError.of("name", Texts.of("procurement.supplier.name")));
        }
        String address = draft.address() == null ? "" : draft.address().strip();
        if (address.length() > 1000) {
            errors.add(FieldError.of("address", Texts.of("procurement.supplier.address")));
        }
        if (draft.directors().size() > MAX_DIRECTORS
                || draft.directors().stream().anyMatch(d -> d.length() > 200)) {
            errors.add(FieldError.of("directors", Texts.of("procurement.supplier.directors", MAX_DIRECTORS)));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("procurement.supplier.refused"), errors);
        }
        Optional<String> existing = jdbc.sql(
                        "select name from procurement.supplier where area_id = :area and tax_id = :tax")
                .param("area", areaId)
                .param("tax", taxId)
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            throw new ConflictException(
                    FieldError.of("tax_id", Texts.of("procurement.supplier.twice", existing.get())));
        }
        long id = jdbc.sql("""
                        insert into procurement.supplier (area_id, tax_id, name, address, created_by)
                        values (:area, :tax, :name, :address, :by) returning id""")
                .param("area", areaId)
                .param("tax", taxId)
                .param("name", name)
                .param("address", address)
                .param("by", by.id())
                .query(Long.class)
                .single();
        for (int i = 0; i < draft.directors().size(); i++) {
            jdbc.sql("insert into procurement.supplier_director (supplier_id, position, name) values (:s, :p, :n)")
                    .param("s", id)
                    .param("p", i + 1)
                    .param("n", draft.directors().get(i))
                    .update();
        }
        audit.changedBy(
                by,
                areaId,
                "CREATE",
                "supplier",
                id,
                null,
                Map.of(
                        "name",
                        name,
                        "juristic",
                        TaxIds.juristic(taxId),
                        "directors",
                        draft.directors().size()));
        return id;
    }

    /** Area {@code areaId}'s suppliers whose name or tax ID holds {@code query} (all when blank), by name. */
    public List<Supplier> find(long areaId, String query, KhetUser reader) {
        String q = query == null ? "" : query.strip();
        String digits = q.replaceAll("[\\s-]", "");
        return jdbc.sql(SELECT + " " + """
                         where s.area_id = :area
                           and (:q = '' or s.name ilike '%' || :q || '%' or (:digits ~ '^[0-9]{4,13}$'
                                and s.tax_id like :digits || '%'))
                         order by s.name, s.id limit 100""")
                .param("area", areaId)
                .param("q", q)
                .param("digits", digits)
                .query((rs, n) -> supplier(rs, keeps(reader, areaId)))
                .list();
    }

    /** Supplier {@code id} of area {@code areaId}, if there is one. */
    public Optional<Supplier> byId(long areaId, long id, KhetUser reader) {
        return jdbc.sql(SELECT + " where s.area_id = :area and s.id = :id")
                .param("area", areaId)
                .param("id", id)
                .query((rs, n) -> supplier(rs, keeps(reader, areaId)))
                .optional();
    }

    private static Supplier supplier(java.sql.ResultSet rs, boolean full) throws java.sql.SQLException {
        String taxId = rs.getString("tax_id");
        return new Supplier(
                rs.getLong("id"),
                TaxIds.shown(taxId, full),
                TaxIds.juristic(taxId),
                rs.getString("name"),
                rs.getString("address"),
                Arrays.asList((String[]) rs.getArray("directors").getArray()),
                rs.getBoolean("debarred"),
                rs.getString("debarred_reference"));
    }
}
