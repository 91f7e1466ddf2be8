package org.khet.personnel.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.khet.Api;

/** The write APIs' refusals as a client sees them: 422 naming the field it sent, with the reason in Thai and English. */
final class Refusals {

    /** A JSON body that must be refused and the field the refusal must name. */
    record Bad(String json, String field) {}

    private Refusals() {}

    /** Posts each body to {@code path} and checks its refusal. */
    static void eachNamesItsField(Api api, String path, List<Bad> bad) {
        for (Bad b : bad) {
            Api.Response answer = api.post(path, b.json());
            assertThat(answer.status()).as(b.json()).isEqualTo(422);
            assertThat(field(answer)).as(b.json()).isEqualTo(b.field());
            assertThat(answer.json().get("errors").get(0).get("message_th").asString())
                    .isNotBlank();
            assertThat(answer.json().get("errors").get(0).get("message_en").asString())
                    .isNotBlank();
        }
    }

    /** The field the first error of a refusal names. */
    static String field(Api.Response answer) {
        return answer.json().get("errors").get(0).get("field").asString();
    }
}
