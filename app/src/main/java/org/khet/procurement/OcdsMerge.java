package org.khet.procurement;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * OCDS's merge of a procurement's releases into its compiled release, small enough for what Khet writes: releases in
 * date order, the latest value of a field wins, a null removes it, an object is merged field by field, an array of
 * objects that all have an {@code id} is merged element by element by id (new ids appended), any other array is
 * replaced whole. The compiled release's {@code tag} is {@code compiled}, its {@code id} the ocid and the latest
 * release's date, its {@code date} that date.
 */
final class OcdsMerge {

    private OcdsMerge() {}

    static ObjectNode compile(List<JsonNode> releases) {
        ObjectNode compiled = JsonNodeFactory.instance.objectNode();
        for (JsonNode release : releases) {
            merge(compiled, release);
        }
        compiled.put(
                "id",
                compiled.path("ocid").asString() + "-" + compiled.path("date").asString());
        compiled.putArray("tag").add("compiled");
        return compiled;
    }

    private static void merge(ObjectNode into, JsonNode from) {
        for (Map.Entry<String, JsonNode> field : from.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode old = into.get(name);
            if (value.isNull()) {
                into.remove(name);
            } else if (value.isObject() && old != null && old.isObject()) {
                merge((ObjectNode) old, value);
            } else if (byId(value) && old != null && byId(old)) {
                mergeById((ArrayNode) old, value);
            } else {
                into.set(name, value.deepCopy());
            }
        }
    }

    private static void mergeById(ArrayNode into, JsonNode from) {
        for (JsonNode element : from) {
            JsonNode same = null;
            for (JsonNode old : into) {
                if (old.get("id").equals(element.get("id"))) {
                    same = old;
                }
            }
            if (same == null) {
                into.add(element.deepCopy());
            } else {
                merge((ObjectNode) same, element);
            }
        }
    }

    /** An array of objects each with an id: what OCDS merges by id. */
    private static boolean byId(JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            return false;
        }
        for (JsonNode element : value) {
            if (!element.isObject() || !element.has("id")) {
                return false;
            }
        }
        return true;
    }
}
