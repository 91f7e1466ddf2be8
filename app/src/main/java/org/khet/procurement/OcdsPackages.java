package org.khet.procurement;

import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * OCDS 1.1 packages around Khet's releases: a release package written with Jackson's streaming generator, each
 * release copied in as the JSON text stored (so a package of any size passes through in a constant amount of
 * memory), and a record package of one procurement.
 */
@Component
class OcdsPackages {

    private final JsonMapper json;
    private final Clock clock;
    private final String publisher;

    OcdsPackages(JsonMapper json, Clock clock, @Value("${khet.procurement.ocds-publisher:Khet}") String publisher) {
        this.json = json;
        this.clock = clock;
        this.publisher = publisher.strip();
    }

    /**
     * Writes a release package to {@code out}: its head, then each release {@code releases} hands over, then
     * {@code links.next} when there is a next page or feed position.
     */
    void write(OutputStream out, String uri, Consumer<Consumer<OcdsReleases.Release>> releases, String next) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            head(g, uri);
            g.writeArrayPropertyStart("releases");
            releases.accept(r -> g.writeRawValue(r.json()));
            g.writeEndArray();
            if (next != null) {
                g.writeObjectPropertyStart("links");
                g.writeStringProperty("next", next);
                g.writeEndObject();
            }
            g.writeEndObject();
        }
    }

    /** The record package of procurement {@code ocid}: its releases embedded, and its compiled release. */
    ObjectNode record(String uri, String ocid, List<JsonNode> releases, ObjectNode compiled) {
        ObjectNode pkg = json.createObjectNode();
        pkg.put("uri", uri);
        pkg.put("version", "1.1");
        pkg.putArray("extensions").add(OcdsRelease.BIDS_EXTENSION);
        pkg.put("publishedDate", OcdsRelease.dateTime(OffsetDateTime.now(clock)));
        pkg.putObject("publisher").put("name", publisher);
        ObjectNode record = pkg.putArray("records").addObject();
        record.put("ocid", ocid);
        releases.forEach(record.putArray("releases")::add);
        record.set("compiledRelease", compiled);
        return pkg;
    }

    private void head(JsonGenerator g, String uri) {
        g.writeStringProperty("uri", uri);
        g.writeStringProperty("version", "1.1");
        g.writeArrayPropertyStart("extensions");
        g.writeString(OcdsRelease.BIDS_EXTENSION);
        g.writeEndArray();
        g.writeStringProperty("publishedDate", OcdsRelease.dateTime(OffsetDateTime.now(clock)));
        g.writeObjectPropertyStart("publisher");
        g.writeStringProperty("name", publisher);
        g.writeEndObject();
    }
}
