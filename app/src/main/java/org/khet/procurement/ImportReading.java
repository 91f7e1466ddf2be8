package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Reads one procurement's compiled OCDS release into {@link Imported}, naming each thing Khet cannot take (as
 * {@code ocid: path}) instead of stopping at the first: the buyer's {@code TH-OBEC} code, the method (the Thai or
 * English name of {@link Method#label()} in {@code procurementMethodDetails} first, else direct, limited and open as
 * specific, selection and e-bidding), the category, amounts in baht only, and a supplier for each bid and award by
 * its {@code TH-DBD} 13-digit tax ID. A tenderer without one is refused: matching a natural person by name in the
 * area's list could join two people.
 */
final class ImportReading {

    private static final Pattern BUDDHIST_YEAR = Pattern.compile("(25|26)[0-9]{2}");

    private final JsonNode release;
    private final String ocid;
    private final LocalDate released;
    private final List<FieldError> errors;
    private final ImportParties parties;

    /** {@code released}: the day of the ocid's first release in the package. */
    ImportReading(JsonNode release, LocalDate released, List<FieldError> errors) {
        this.release = release;
        this.ocid = release.path("ocid").asString();
        this.released = released;
        this.errors = errors;
        this.parties = new ImportParties(release);
    }

    /** The procurement as far as it could be read: the parts that could not be are null, their reasons added to the errors. */
    Imported read() {
        currencies(release, "");
        JsonNode tender = release.path("tender");
        String buyer = buyerCode();
        Method method = method(tender);
        LocalDate start = day(tender.path("tenderPeriod").path("startDate"), "tender.tenderPeriod.startDate");
        LocalDate end = day(tender.path("tenderPeriod").path("endDate"), "tender.tenderPeriod.endDate");
        BigDecimal reference = amount(tender.path("value"));
        BigDecimal budget = amount(release.path("planning").path("budget").path("amount"));
        if (budget == null) {
            budget = reference;
        }
        if (budget == null) {
            refuse("planning.budget.amount", Texts.of("procurement.import.budget"));
        }
        String category = text(tender, "mainProcurementCategory");
        if (DraftCheck.category(category) == null) {
            refuse("tender.mainProcurementCategory", Texts.of("procurement.record.category"));
        }
        ProcurementDraft draft = new ProcurementDraft(
                null,
                text(tender, "title"),
                category,
                method == null ? "" : method.name(),
                false,
                budget,
                reference,
                "",
                start,
                end,
                null,
                items(tender));
        List<Imported.Bid> bids = bids();
        Imported.Award award = award();
        Imported.Contract contract = contract();
        return new Imported(
                ocid,
                buyer,
                start != null ? start : released,
                fiscalYear(),
                draft,
                status(tender, award, contract),
                bids,
                award,
                contract,
                amendments());
    }

    private String buyerCode() {
        String code = parties.buyerCode();
        if (code == null) {
            refuse("buyer", Texts.of("procurement.import.buyerScheme"));
        }
        return code;
    }

    private Method method(JsonNode tender) {
        String details = text(tender, "procurementMethodDetails");
        for (Method m : Method.values()) {
            if (details.equals(m.label().th())
                    || details.equalsIgnoreCase(m.label().en())) {
                return m;
            }
        }
        Method m =
                switch (text(tender, "procurementMethod")) {
                    case "direct" -> Method.SPECIFIC;
                    case "limited" -> Method.SELECTION;
                    case "open" -> Method.E_BIDDING;
                    default -> null;
                };
        if (m == null) {
            refuse("tender.procurementMethod", Texts.of("procurement.import.method"));
        }
        return m;
    }

    private List<ProcurementDraft.ItemDraft> items(JsonNode tender) {
        List<ProcurementDraft.ItemDraft> items = new ArrayList<>();
        for (JsonNode item : tender.path("items")) {
            JsonNode classification = item.path("classification");
            items.add(new ProcurementDraft.ItemDraft(
                    text(item, "description"),
                    text(classification, "scheme"),
                    text(classification, "id"),
                    item.path("quantity").isNumber() ? item.path("quantity").decimalValue() : null,
                    text(item.path("unit"), "name"),
                    amount(item.path("unit").path("value"))));
        }
        return items;
    }

    private List<Imported.Bid> bids() {
        List<Imported.Bid> bids = new ArrayList<>();
        int i = 0;
        for (JsonNode bid : release.path("bids").path("details")) {
            String at = "bids.details[" + i++ + "]";
            Imported.Party supplier = supplier(bid.path("tenderers").path(0), at + ".tenderers");
            BigDecimal amount = amount(bid.path("value"));
            if (amount == null) {
                refuse(at + ".value", Texts.of("procurement.bid.amount"));
            }
            if (supplier != null) {
                // Restated under another bid id (a later release of another system, over Khet's): the later stands.
                bids.removeIf(b -> b.supplier().taxId().equals(supplier.taxId()));
                bids.add(new Imported.Bid(
                        supplier, amount, "disqualified".equals(text(bid, "status")), text(bid, "description")));
            }
        }
        return bids;
    }

    private Imported.Award award() {
        // The last award standing: an award restated by a later release under another id comes after Khet's.
        JsonNode award = null;
        for (JsonNode a : release.path("awards")) {
            award = List.of("cancelled", "unsuccessful").contains(text(a, "status")) ? award : a;
        }
        if (award == null) {
            return null;
        }
        Imported.Party supplier = supplier(award.path("suppliers").path(0), "awards.suppliers");
        BigDecimal amount = amount(award.path("value"));
        LocalDate on = day(award.path("date"), "awards.date");
        if (amount == null || on == null) {
            refuse("awards", Texts.of("procurement.import.award"));
        }
        return supplier == null ? null : new Imported.Award(supplier.taxId(), amount, on);
    }

    private Imported.Contract contract() {
        JsonNode contract = last(release.path("contracts"));
        if (contract.isMissingNode()) {
            return null;
        }
        String number = text(contract, "title").isEmpty() ? text(contract, "id") : text(contract, "title");
        LocalDate signed = day(contract.path("dateSigned"), "contracts.dateSigned");
        BigDecimal value = amount(contract.path("value"));
        if (signed == null || value == null) {
            refuse("contracts", Texts.of("procurement.import.contract"));
        }
        return new Imported.Contract(number, signed, value);
    }

    private List<Imported.Change> amendments() {
        List<Imported.Change> changes = new ArrayList<>();
        for (JsonNode a : last(release.path("contracts")).path("amendments")) {
            LocalDate on = day(a.path("date"), "contracts.amendments.date");
            String rationale = text(a, "rationale").isEmpty() ? text(a, "description") : text(a, "rationale");
            if (on != null && !rationale.isEmpty()) {
                changes.add(new Imported.Change(on, rationale, text(a, "description")));
            }
        }
        return changes;
    }

    /** A supplier by its party's {@code TH-DBD} identifier; null (and refused) without a valid 13-digit tax ID. */
    private Imported.Party supplier(JsonNode reference, String at) {
        JsonNode party = parties.party(reference);
        Imported.Party supplier = ImportParties.supplier(party);
        if (supplier == null) {
            refuse(at, Texts.of("procurement.import.taxId", ImportParties.name(party)));
        }
        return supplier;
    }

    private static Procurement.Status status(JsonNode tender, Imported.Award award, Imported.Contract contract) {
        String status = text(tender, "status");
        if (List.of("cancelled", "unsuccessful", "withdrawn").contains(status)) {
            return Procurement.Status.CANCELLED;
        }
        if (contract != null) {
            return Procurement.Status.CONTRACTED;
        }
        if (award != null) {
            return Procurement.Status.AWARDED;
        }
        return status.equals("planned") || status.isEmpty() ? Procurement.Status.PLANNED : Procurement.Status.TENDER;
    }

    /** The Buddhist fiscal year the budget's description names (Khet writes "งบประมาณปี 2569"), if any. */
    private Integer fiscalYear() {
        Matcher year = BUDDHIST_YEAR.matcher(text(release.path("planning").path("budget"), "description"));
        return year.find() ? Integer.valueOf(year.group()) : null;
    }

    /** Every amount must be in baht: a value in another currency would be stored as if it were. */
    private void currencies(JsonNode node, String at) {
        if (node.isObject()) {
            if (node.has("currency") && !"THB".equals(text(node, "currency"))) {
                refuse(
                        (at.isEmpty() ? "" : at.substring(1) + ".") + "currency",
                        Texts.of("procurement.import.currency"));
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                currencies(field.getValue(), at + "." + field.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                currencies(node.get(i), at + "[" + i + "]");
            }
        }
    }

    private LocalDate day(JsonNode value, String at) {
        if (!value.isString()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asString())
                    .atZoneSameInstant(MethodRules.THAILAND)
                    .toLocalDate();
        } catch (DateTimeParseException e) {
            refuse(at, Texts.of("procurement.import.date"));
            return null;
        }
    }

    private static BigDecimal amount(JsonNode value) {
        JsonNode amount = value.isNumber() ? value : value.path("amount");
        return amount.isNumber() ? amount.decimalValue() : null;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString().strip() : "";
    }

    /** The last of an array (a contract restated by a later release under another id comes after Khet's). */
    private static JsonNode last(JsonNode array) {
        return array.path(array.size() - 1);
    }

    private void refuse(String path, Bilingual why) {
        errors.add(FieldError.of(ocid + ": " + path, why));
    }
}
