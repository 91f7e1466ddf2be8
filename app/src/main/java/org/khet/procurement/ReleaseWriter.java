package org.khet.procurement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the OCDS release of each change of a procurement, in the changing transaction: the changes a transaction
 * makes to one procurement (a contract and its status, say) are gathered and written as one release just before it
 * commits, so a change and its release are stored together or not at all. The release's tags say what changed.
 */
@Component
class ReleaseWriter {

    private final ProcurementStore store;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Amendments amendments;

    ReleaseWriter(
            ProcurementStore store,
            JdbcClient jdbc,
            JsonMapper json,
            TransactionTemplate transactions,
            Amendments amendments) {
        this.store = store;
        this.amendments = amendments;
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    @EventListener
    void on(ProcurementChanged changed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(changed.ocid(), Set.of(changed.what()));
            return;
        }
        // Kept with the transaction's synchronizations (which an inner, separate transaction suspends), not bound to
        // the thread: each transaction gathers its own changes.
        Gathered gathered = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Gathered.class::isInstance)
                .map(Gathered.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    Gathered first = new Gathered();
                    TransactionSynchronizationManager.registerSynchronization(first);
                    return first;
                });
        gathered.changes
                .computeIfAbsent(changed.ocid(), o -> new LinkedHashSet<>())
                .add(changed.what());
    }

    /** The changes of one transaction, by ocid, written as one release each just before it commits. */
    private final class Gathered implements TransactionSynchronization {

        private final Map<String, Set<String>> changes = new LinkedHashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            changes.forEach(ReleaseWriter.this::write);
        }
    }

    /**
     * A procurement recorded before releases were written gets its first release at start, tagged by the stages it
     * has reached. Instances starting together may race for one: the release id is unique, so the second gives way.
     */
    @EventListener(ApplicationReadyEvent.class)
    void publishMissing() {
        jdbc.sql("""
                        select ocid, status from procurement.procurement p
                        where not exists (select 1 from procurement.release r where r.ocid = p.ocid) order by id""")
                .query((rs, n) -> Map.entry(rs.getString("ocid"), Procurement.Status.valueOf(rs.getString("status"))))
                .list()
                .forEach(missing -> {
                    try {
                        transactions.executeWithoutResult(t -> write(missing.getKey(), reached(missing.getValue())));
                    } catch (DuplicateKeyException publishedMeanwhile) {
                        // another instance wrote it
                    }
                });
    }

    /** The changes that bring a new procurement to {@code status}, as {@link #tags} reads them. */
    private static Set<String> reached(Procurement.Status status) {
        Set<String> whats = new LinkedHashSet<>(List.of("CREATE"));
        if (status != Procurement.Status.PLANNED) {
            whats.add("UPDATE");
        }
        if (status == Procurement.Status.AWARDED || status == Procurement.Status.CONTRACTED) {
            whats.add("AWARD");
        }
        if (status == Procurement.Status.CONTRACTED) {
            whats.add("CONTRACT");
        }
        return whats;
    }

    private void write(String ocid, Set<String> whats) {
        Procurement p = store.byOcid(ocid).orElseThrow();
        int published = jdbc.sql("select count(*) from procurement.release where ocid = :ocid")
                .param("ocid", ocid)
                .query(Integer.class)
                .single();
        boolean tendered = jdbc.sql("select exists (select 1 from procurement.release where ocid = :ocid "
                        + "and 'tender' = any (tag))")
                .param("ocid", ocid)
                .query(Boolean.class)
                .single();
        String id = ocid + "-" + (published + 1);
        OffsetDateTime date = dated();
        List<String> tags = tags(whats, p.status(), tendered);
        String release =
                json.writeValueAsString(new OcdsRelease(p, taxIds(p), amendments.of(p.id())).release(id, date, tags));
        jdbc.sql("""
                        insert into procurement.release (id, ocid, date, tag, buyer_code, fiscal_year, release)
                        values (:id, :ocid, :date, cast(:tag as text[]), :buyer, :year, cast(:release as jsonb))""")
                .param("id", id)
                .param("ocid", ocid)
                .param("date", date)
                .param("tag", "{" + String.join(",", tags) + "}")
                .param("buyer", p.buyer().code())
                .param("year", p.fiscalYear())
                .param("release", release)
                .update();
    }

    /**
     * The release's date, taken under a lock held until this transaction ends, from the database's clock (the same for
     * every instance): so releases become visible in the order of their dates, and a watcher of the change feed who
     * has read up to a date never finds an earlier release appear behind it.
     */
    private OffsetDateTime dated() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('procurement.release'))")
                .query()
                .listOfRows();
        return jdbc.sql("select clock_timestamp()").query(OffsetDateTime.class).single();
    }

    /**
     * The release tags of the changes made ({@link ProcurementChanged#what()}): a new procurement is planning; a
     * change of its plan or committee is a cancellation when it cancels it, an update of the plan while planned, the
     * tender when it first goes out to tender and an update of it after; bids are the tender or update it; the award,
     * the contract and an amendment of the contract are theirs; an attached file updates the stage the procurement is
     * in. An update is left out beside the stage it updates.
     */
    static List<String> tags(Set<String> whats, Procurement.Status status, boolean tendered) {
        Set<String> tags = new LinkedHashSet<>();
        for (String what : whats) {
            String stage =
                    switch (what) {
                        case "CREATE" -> "planning";
                        case "AWARD" -> "award";
                        case "CONTRACT" -> "contract";
                        case "AMENDMENT" -> "contractAmendment";
                        case "BID" -> "tender";
                        case "DOCUMENT" ->
                            switch (status) {
                                case PLANNED -> "planningUpdate";
                                case AWARDED -> "awardUpdate";
                                case CONTRACTED -> "contractUpdate";
                                default -> "tenderUpdate";
                            };
                        default ->
                            switch (status) {
                                case CANCELLED -> "tenderCancellation";
                                case PLANNED -> "planningUpdate";
                                default -> "tender";
                            };
                    };
            tags.add(stage.equals("tender") && tendered ? "tenderUpdate" : stage);
            tendered = tendered || stage.equals("tender");
        }
        tags.removeIf(t -> t.endsWith("Update") && tags.contains(t.substring(0, t.length() - "Update".length())));
        return new ArrayList<>(tags);
    }

    private Map<Long, String> taxIds(Procurement p) {
        Map<Long, String> taxIds = new HashMap<>();
        if (!p.bids().isEmpty()) {
            jdbc.sql("select id, tax_id from procurement.supplier where id in (:ids)")
                    .param(
                            "ids",
                            p.bids().stream().map(Procurement.Bid::supplierId).toList())
                    .query(rs -> {
                        taxIds.put(rs.getLong("id"), rs.getString("tax_id"));
                    });
        }
        return taxIds;
    }
}
