package org.khet.procurement;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.BadRequestException;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports an OCDS 1.1 release package from another system, to back-fill history: checked whole against the release
 * package schema, then against Khet's own rules (every problem named at once), and refused whole, storing nothing,
 * when anything is wrong. Only those who manage every buyer it names may import it. The releases of each OCID are
 * compiled ({@link OcdsMerge}) and the compiled release applied: Khet keeps a procurement's latest state, not each
 * foreign release, and writes its own release of what changed. A procurement keeps its foreign OCID. The method rules
 * are read on the procurement's own day: history that broke one is stored and the answer says so. One audit row per
 * area says who imported how many; each procurement changed publishes {@link ProcurementChanged}.
 */
@Component
class OcdsImport {

    /** What became of one OCID: created, updated or unchanged, and the rules its history broke. */
    record Outcome(String ocid, String outcome, List<Bilingual> warnings) {}

    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final OcdsSchemas schemas;
    private final OcdsReleases releases;
    private final Buyers buyers;
    private final ProcurementStore store;
    private final DraftCheck check;
    private final ImportWriter writer;
    private final ImportWarnings warnings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    OcdsImport(
            OcdsSchemas schemas,
            OcdsReleases releases,
            Buyers buyers,
            ProcurementStore store,
            DraftCheck check,
            ImportWriter writer,
            ImportWarnings warnings,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.schemas = schemas;
        this.releases = releases;
        this.buyers = buyers;
        this.store = store;
        this.check = check;
        this.writer = writer;
        this.warnings = warnings;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public List<Outcome> load(JsonNode pkg, KhetUser by) {
        List<String> invalid = schemas.releasePackageErrors(pkg);
        if (!invalid.isEmpty()) {
            throw new RejectedException(
                    Texts.of("procurement.import.schema", invalid.size()),
                    invalid.stream().map(OcdsImport::schemaError).toList());
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Imported, Buyer> buyerOf = new LinkedHashMap<>();
        for (List<JsonNode> ofOne : compiled(pkg).values()) {
            int before = errors.size();
            Imported in = new ImportReading(
                            withKhets(OcdsMerge.compile(ofOne)),
                            dated(ofOne.get(0))
                                    .atZoneSameInstant(MethodRules.THAILAND)
                                    .toLocalDate(),
                            errors)
                    .read();
            boolean whole = errors.size() == before;
            Buyer buyer = in.buyerCode() == null
                    ? null
                    : buyers.byCode(in.buyerCode()).orElse(null);
            if (buyer == null && in.buyerCode() != null) {
                errors.add(at(in, "buyer", Texts.of("procurement.import.buyer", in.buyerCode())));
            } else if (buyer != null && !Buyers.manages(by, buyer)) {
                throw new ForbiddenException("import the procurements of " + buyer.code());
            } else if (buyer != null && whole) {
                buyerOf.put(in, buyer);
                errors.addAll(checked(in, buyer));
            }
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("procurement.import.refused", errors.size()), errors);
        }
        List<Outcome> outcomes = new ArrayList<>();
        Map<Long, List<Outcome>> byArea = new TreeMap<>();
        buyerOf.forEach((in, buyer) -> {
            Procurement before = store.byOcid(in.ocid()).orElse(null);
            Set<String> whats = writer.write(in, buyer, before, by);
            Procurement after = store.byOcid(in.ocid()).orElseThrow();
            whats.forEach(what -> events.publishEvent(ProcurementChanged.of(after, what)));
            String outcome = before == null ? "created" : whats.isEmpty() ? "unchanged" : "updated";
            Outcome o = new Outcome(in.ocid(), outcome, warnings.of(after, in.day()));
            outcomes.add(o);
            byArea.computeIfAbsent(buyer.areaId(), a -> new ArrayList<>()).add(o);
        });
        byArea.forEach(
                (area, done) -> audit.changedBy(by, area, "OCDS_IMPORT", "procurement", null, null, counts(done)));
        return outcomes;
    }

    /**
     * The package's releases by OCID, each OCID's in date order; refused whole when a release's date is not a date-time
     * with its offset (the schema's format, which its validator may leave unchecked).
     */
    private static Map<String, List<JsonNode>> compiled(JsonNode pkg) {
        Map<String, List<JsonNode>> byOcid = new LinkedHashMap<>();
        List<FieldError> undated = new ArrayList<>();
        int i = 0;
        for (JsonNode release : pkg.path("releases")) {
            if (dated(release) == null) {
                undated.add(FieldError.of("/releases/" + i + "/date", Texts.of("procurement.import.date")));
            }
            byOcid.computeIfAbsent(release.path("ocid").asString(), o -> new ArrayList<>())
                    .add(release);
            i++;
        }
        if (!undated.isEmpty()) {
            throw new RejectedException(Texts.of("procurement.import.refused", undated.size()), undated);
        }
        byOcid.values().forEach(releases -> releases.sort(Comparator.comparing(OcdsImport::dated)));
        return byOcid;
    }

    private static OffsetDateTime dated(JsonNode release) {
        try {
            return OffsetDateTime.parse(release.path("date").asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The compiled release with what it leaves out taken from Khet's latest release of the same OCID: a release that
     * states a section (the tender, the bids, the awards, the contracts) replaces Khet's, one it leaves out is kept as
     * Khet has it, so an update may carry only the contract. Parties Khet knows and the package does not are added.
     */
    private JsonNode withKhets(ObjectNode compiled) {
        List<OcdsReleases.Release> khets = releases.of(compiled.path("ocid").asString());
        if (khets.isEmpty()) {
            return compiled;
        }
        JsonNode base = read(khets.get(khets.size() - 1).json());
        for (Map.Entry<String, JsonNode> field : base.properties()) {
            if (!compiled.has(field.getKey())) {
                compiled.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        ArrayNode parties = (ArrayNode) compiled.path("parties");
        Set<String> named = new HashSet<>();
        parties.forEach(p -> named.add(p.path("id").asString()));
        for (JsonNode party : base.path("parties")) {
            if (!named.contains(party.path("id").asString())) {
                parties.add(party.deepCopy());
            }
        }
        return compiled;
    }

    /** JSON with its amounts as exact decimals, never doubles; a {@link BadRequestException} when not JSON. */
    static JsonNode read(String json) {
        try {
            return EXACT.readTree(json);
        } catch (JacksonException e) {
            throw new BadRequestException(Texts.of("procurement.import.json"));
        }
    }

    /** Khet's rules on what was read: whose it is, its plan (method bands aside), and its award and contract. */
    private List<FieldError> checked(Imported in, Buyer buyer) {
        List<FieldError> errors = new ArrayList<>();
        Procurement existing = store.byOcid(in.ocid()).orElse(null);
        if (existing != null && !existing.buyer().code().equals(buyer.code())) {
            errors.add(at(
                    in,
                    "buyer",
                    Texts.of("procurement.import.otherBuyer", existing.buyer().code())));
        }
        if (existing == null && in.ocid().startsWith(store.ocidPrefix() + "-")) {
            errors.add(at(in, "ocid", Texts.of("procurement.import.khetOcid", store.ocidPrefix())));
        }
        for (FieldError e : check.errors(in.draft(), in.day())) {
            if (!e.field().equals("method")) {
                errors.add(at(in, e.field(), e.message()));
            }
        }
        if (in.award() != null) {
            Imported.Bid won = in.bids().stream()
                    .filter(b -> b.supplier().taxId().equals(in.award().taxId()))
                    .findFirst()
                    .orElse(null);
            if (won == null) {
                errors.add(at(in, "awards", Texts.of("procurement.import.awardBid")));
            } else if (won.disqualified()) {
                errors.add(at(
                        in,
                        "awards",
                        Texts.of(
                                "procurement.award.disqualified", won.supplier().name())));
            }
        }
        if (in.contract() != null && in.award() == null) {
            errors.add(at(in, "contracts", Texts.of("procurement.contract.noAward")));
        }
        return errors;
    }

    private static FieldError at(Imported in, String field, Bilingual why) {
        return FieldError.of(in.ocid() + ": " + field, why);
    }

    /** A schema error as {@link OcdsSchemas} words it, {@code path: message}, with the path as its field. */
    private static FieldError schemaError(String error) {
        int colon = error.indexOf(": ");
        String path = colon < 0 ? "" : error.substring(0, colon);
        String message = colon < 0 ? error : error.substring(colon + 2);
        return FieldError.of(path, Texts.of("procurement.import.schemaError", message));
    }

    private static Map<String, Object> counts(List<Outcome> done) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String outcome : List.of("created", "updated", "unchanged")) {
            m.put(
                    outcome,
                    done.stream().filter(o -> o.outcome().equals(outcome)).count());
        }
        m.put("ocids", done.stream().map(Outcome::ocid).toList());
        return m;
    }
}
