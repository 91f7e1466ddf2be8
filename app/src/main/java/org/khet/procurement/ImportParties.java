package org.khet.procurement;

import static org.khet.procurement.ImportReading.text;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The parties of an imported release, by id: the buyer by its {@code TH-OBEC} identifier (a school's 8-digit code, an
 * office's 4), a supplier by its {@code TH-DBD} one (a 13-digit tax ID with its check digit), with name and address.
 */
final class ImportParties {

    private final JsonNode release;
    private final Map<String, JsonNode> byId = new HashMap<>();

    ImportParties(JsonNode release) {
        this.release = release;
        for (JsonNode party : release.path("parties")) {
            byId.put(party.path("id").asString(), party);
        }
    }

    /** The buyer's code: the party the release's {@code buyer} names, else the one in the role of buyer; else null. */
    String buyerCode() {
        JsonNode party = byId.get(release.path("buyer").path("id").asString());
        if (party == null) {
            for (JsonNode p : release.path("parties")) {
                for (JsonNode role : p.path("roles")) {
                    party = party == null && "buyer".equals(role.asString()) ? p : party;
                }
            }
        }
        JsonNode id = party == null ? null : party.path("identifier");
        if (id == null
                || !"TH-OBEC".equals(text(id, "scheme"))
                || !text(id, "id").matches("[0-9]{4}|[0-9]{8}")) {
            return null;
        }
        return text(id, "id");
    }

    /** The party an organization reference names (the reference itself when the release lists no such party). */
    JsonNode party(JsonNode reference) {
        return byId.getOrDefault(reference.path("id").asString(), reference);
    }

    /** The supplier a party is, by its {@code TH-DBD} tax ID; null without a valid one. */
    static Imported.Party supplier(JsonNode party) {
        JsonNode identifier = party.path("identifier");
        String taxId = "TH-DBD".equals(text(identifier, "scheme")) ? TaxIds.digits(text(identifier, "id")) : null;
        if (taxId == null) {
            return null;
        }
        JsonNode address = party.path("address");
        String where = String.join(
                        " ",
                        text(address, "streetAddress"),
                        text(address, "locality"),
                        text(address, "region"),
                        text(address, "postalCode"))
                .strip()
                .replaceAll("\\s+", " ");
        return new Imported.Party(taxId, name(party), where);
    }

    static String name(JsonNode party) {
        String name = text(party, "name");
        return name.isEmpty() ? text(party.path("identifier"), "legalName") : name;
    }
}
