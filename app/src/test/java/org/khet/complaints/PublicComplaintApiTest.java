package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.IntegrationTest;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API as a stranger uses it, on an area of its own (6500) with one school. Each test speaks as its own client address (X-Forwarded-For, trusted from
 * this machine), so the per-client limits of one test do not touch another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicComplaintApiTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private long area;

    @BeforeAll
    void openArea() {
        TestArea opened = TestArea.open(context, "6500");
        opened.school("0001", "โรงเรียนทดสอบร้องเรียน 6500");
        area = opened.id();
    }

    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @Test
    void anAnonymousTipOffGetsACodeAndSecretAndStoresNothingAboutTheSender() {
        Answer filed = file("198.51.100.1", """
                {"category": "TIP_OFF", "subject": "เรียกรับเงิน", "details": "ครูเรียกเงินค่าเกรด",
                 "anonymous": true, "name": "ไม่ควรถูกเก็บ", "phone": "0811111111", "school_code": "65000001"}""");
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.raw().headers().firstValue("Cache-Control")).hasValue("no-store");
        String code = filed.json().get("tracking_code").asString();
        String secret = filed.json().get("secret").asString();
        assertThat(code).matches("KT-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(secret).hasSize(26);

        var stored = jdbc.sql(
                        "select id, anonymous, secret_hash, channel from complaints.complaint where tracking_code = :c")
                .param("c", code)
                .query()
                .singleRow();
        assertThat(stored.get("anonymous")).isEqualTo(true);
        assertThat(stored.get("channel")).isEqualTo("API");
        assertThat((String) stored.get("secret_hash")).isNotEqualTo(secret).hasSize(64);
        assertThat(jdbc.sql("select count(*) from complaints.complainant where complaint_id = :id")
                        .param("id", stored.get("id"))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from platform.audit_event where entity_type = 'complaint' and entity_id = :id"
                                        + " and (after::text like '%ไม่ควรถูกเก็บ%' or after::text like '%0811111111%')")
                        .param("id", stored.get("id").toString())
                        .query(Long.class)
                        .single())
                .isZero();

        Answer status = status("198.51.100.1", code, secret);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(status.json().get("steps").get(0).get("step").asString()).isEqualTo("RECEIVED");
        // Typed back by hand: lower case, in groups, with the code's dashes left out.
        assertThat(status(
                                "198.51.100.1",
                                code.replace("-", "").toLowerCase(),
                                secret.substring(0, 5).toLowerCase() + " " + secret.substring(5))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theComplainantAddsInformationWithTheSecretOnly() {
        Answer filed = file("198.51.100.8", """
                {"area_code": "6500", "category": "UNFAIR", "subject": "ไม่โปร่งใส", "details": "การคัดเลือก",
                 "anonymous": true}""");
        String code = filed.json().get("tracking_code").asString();
        String secret = filed.json().get("secret").asString();
        assertThat(addInformation("198.51.100.8", code, "AAAAAAAAAAAAAAAAAAAAAAAAAA", "ข้อมูลปลอม")
                        .status())
                .isEqualTo(404);
        assertThat(addInformation("198.51.100.8", code, secret, "  ").status()).isEqualTo(422);
        Answer added = addInformation("198.51.100.8", code, secret, "มีหลักฐานเป็นภาพถ่าย");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("steps")).hasSize(2);
        assertThat(added.json().get("steps").get(1).get("step").asString()).isEqualTo("INFO_ADDED");
        assertThat(added.json().get("steps").get(1).get("public_note").asString())
                .isEqualTo("มีหลักฐานเป็นภาพถ่าย");
        assertThat(added.json().get("steps").get(1).get("from_public").asBoolean())
                .isTrue();
    }

    private Answer addInformation(String client, String code, String secret, String text) {
        return send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/public/complaints/" + code + "/information"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .header("X-Complaint-Secret", secret)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("text", text)))));
    }

    @Test
    void aWrongSecretAndAnUnknownCodeGetTheSameAnswer() {
        Answer filed = file("198.51.100.2", """
                {"area_code": "6500", "category": "HELP", "subject": "ขอความช่วยเหลือ", "details": "ลูกไม่มีที่เรียน", "anonymous": false,
                 "name": "นางสาวทดสอบ ร้องเรียน", "email": "parent@example.org", "notify_by": ["EMAIL"]}""");
        assertThat(filed.status()).isEqualTo(201);
        String code = filed.json().get("tracking_code").asString();

        Answer wrongSecret = status("198.51.100.2", code, "AAAAAAAAAAAAAAAAAAAAAAAAAA");
        Answer unknownCode = status("198.51.100.2", "KT-2222-2222", "AAAAAAAAAAAAAAAAAAAAAAAAAA");
        Answer noSecret = status("198.51.100.2", code, null);
        assertThat(wrongSecret.status()).isEqualTo(404);
        assertThat(unknownCode.status()).isEqualTo(404);
        assertThat(noSecret.status()).isEqualTo(404);
        // The same body but for the address asked (instance): nothing tells that the code exists.
        assertThat(without(wrongSecret, "instance")).isEqualTo(without(unknownCode, "instance"));

        // The named complainant is kept apart from the case.
        long id = jdbc.sql("select id from complaints.complaint where tracking_code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select name from complaints.complainant where complaint_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("นางสาวทดสอบ ร้องเรียน");
    }

    @Test
    void badInputIsRefusedWithEveryReasonAndStoresNothing() {
        long before = complaints();
        Answer answer = file("198.51.100.3", """
                {"area_code": "6500", "category": "GOSSIP", "subject": "", "details": "x", "anonymous": false, "email": "not-an-address",
                 "notify_by": ["SMS"]}""");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("errors").findValuesAsString("field"))
                .contains("category", "subject", "name", "email", "phone");
        for (JsonNode e : answer.json().get("errors")) {
            assertThat(e.get("message_th").asString()).isNotBlank();
            assertThat(e.get("message_en").asString()).isNotBlank();
        }
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void aNamedComplainantFilesInEnglishOrThaiAndNoOtherLanguage() {
        long before = complaints();
        Answer french = file("198.51.100.123", """
                {"area_code": "6500", "category": "HELP", "subject": "Transfer", "details": "Which papers?", "anonymous": false,
                 "name": "Jean Parent", "email": "jean@example.org", "language": "fr"}""");
        assertThat(french.status()).isEqualTo(422);
        assertThat(french.json().get("errors").findValuesAsString("field")).containsExactly("language");
        assertThat(complaints()).isEqualTo(before);

        Answer english = file("198.51.100.123", """
                {"area_code": "6500", "category": "HELP", "subject": "Transfer", "details": "Which papers?", "anonymous": false,
                 "name": "Jane Parent", "email": "jane@example.org", "language": "EN"}""");
        assertThat(english.status()).isEqualTo(201);
        assertThat(language(english.json().get("tracking_code").asString())).isEqualTo("en");
        Answer unsaid = file("198.51.100.123", """
                {"area_code": "6500", "category": "HELP", "subject": "ย้ายโรงเรียน", "details": "ใช้เอกสารอะไร", "anonymous": false,
                 "name": "นางผู้ปกครอง", "email": "parent.th@example.org"}""");
        assertThat(language(unsaid.json().get("tracking_code").asString())).isEqualTo("th");
    }

    private String language(String trackingCode) {
        return jdbc.sql("""
                        select p.language from complaints.complainant p
                        join complaints.complaint c on c.id = p.complaint_id where c.tracking_code = :c""").param("c", trackingCode).query(String.class).single();
    }

    @Test
    void oneClientIsLimitedWithoutLosingWhatWasAccepted() {
        long before = complaints();
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            Answer a = file("198.51.100.4", """
                    {"area_code": "6500", "category": "OTHER", "subject": "ข้อเสนอแนะ %d", "details": "ขอให้ปรับปรุง", "anonymous": true}""".formatted(i));
            if (a.status() == 201) {
                accepted++;
            } else {
                assertThat(a.status()).isEqualTo(429);
                assertThat(a.raw().headers().firstValue("Retry-After")).isPresent();
                assertThat(a.json().get("detail_th").asString()).contains("ถี่เกินไป");
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(5);
        assertThat(refused).isEqualTo(3);
        assertThat(complaints()).isEqualTo(before + accepted);
        // Another client is not held back by the first.
        assertThat(file("198.51.100.5", """
                        {"area_code": "6500", "category": "OTHER", "subject": "อีกคน", "details": "ไม่เกี่ยวกัน", "anonymous": true}""").status()).isEqualTo(201);
    }

    @Test
    void guessingCodesIsCutOff() {
        for (int i = 0; i < 10; i++) {
            assertThat(status("198.51.100.6", "KT-3333-33%02d".formatted(i), "AAAA")
                            .status())
                    .isEqualTo(404);
        }
        Answer cut = status("198.51.100.6", "KT-3333-3399", "AAAA");
        assertThat(cut.status()).isEqualTo(429);
        assertThat(status("198.51.100.7", "KT-3333-3399", "AAAA").status()).isEqualTo(404);
    }

    private static JsonNode without(Answer a, String field) {
        tools.jackson.databind.node.ObjectNode node = (tools.jackson.databind.node.ObjectNode) a.json();
        node.remove(field);
        return node;
    }

    private long complaints() {
        return jdbc.sql("select count(*) from complaints.complaint where area_id = :a")
                .param("a", area)
                .query(Long.class)
                .single();
    }

    private Answer file(String client, String json) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/public/complaints"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Answer status(String client, String code, String secret) {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/public/complaints/" + code))
                .header("X-Forwarded-For", client)
                .GET();
        if (secret != null) {
            b.header("X-Complaint-Secret", secret);
        }
        return send(b);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
