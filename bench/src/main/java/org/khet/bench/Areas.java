package org.khet.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Creates the registry's 245 area offices through the API, as every benchmark needs them first. */
final class Areas {

    /** How many areas were created and the seconds the requests took in all. */
    record Created(int created, int total, double seconds, List<String> problems) {}

    private Areas() {}

    static Created create(Api api, Path registry) {
        List<List<String>> areas = ImportBenchmark.readCsv(registry.resolve("areas.csv"));
        double total = 0;
        int created = 0;
        List<String> problems = new java.util.ArrayList<>();
        for (List<String> a : areas) {
            String json = Json.object(
                    Map.of("code", a.get(0), "name_th", a.get(1), "name_en", a.get(2), "letter_prefix", a.get(3)));
            Api.Response r = api.postJson("/api/v1/areas", json);
            total += r.seconds();
            if (r.status() == 201) {
                created++;
            } else if (problems.size() < 5) {
                problems.add("POST /api/v1/areas (" + a.get(0) + ") answered HTTP " + r.status() + ": " + r.excerpt());
            }
        }
        return new Created(created, areas.size(), total, problems);
    }
}
