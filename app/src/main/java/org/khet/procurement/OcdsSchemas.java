package org.khet.procurement;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The OCDS 1.1 release and record package schemas, read from the copy in {@code resources/ocds/1.1/} (the schemas'
 * {@code https://standard.open-contracting.org/schema/1__1__5/} references mapped to it, nothing fetched from the
 * network): what Khet's export is checked against, and what an imported package must pass.
 */
@Component
class OcdsSchemas {

    static final String PUBLISHED_AT = "https://standard.open-contracting.org/schema/1__1__5/";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(PUBLISHED_AT, "classpath:ocds/1.1/")));

    private final Schema releasePackage = load("release-package-schema.json");
    private final Schema recordPackage = load("record-package-schema.json");

    /** What is wrong with a release package, each as its JSON path and the schema's complaint; empty when valid. */
    List<String> releasePackageErrors(JsonNode json) {
        return errors(releasePackage, json);
    }

    /** What is wrong with a record package; empty when valid. */
    List<String> recordPackageErrors(JsonNode json) {
        return errors(recordPackage, json);
    }

    private Schema load(String file) {
        Schema schema = registry.getSchema(SchemaLocation.of(PUBLISHED_AT + file));
        schema.initializeValidators();
        return schema;
    }

    private static List<String> errors(Schema schema, JsonNode json) {
        return schema.validate(json).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }
}
