package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The correspondence API over HTTP, as a school's own system would call it, on an area of its own (6750): writing
 * and sending a letter, a school's inbox and its states, accepting and rejecting, the registers, and every refusal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrespondenceApiTest extends IntegrationTest {

    private static final String BASE = "/api/v1/correspondence";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    CorrespondenceArea office;

    @BeforeAll
    void anAreaOfItsOwn() {
        office = new CorrespondenceArea(context, port, "6750", 3);
    }

    @Test
    void aCircularIsNumberedInItsSeriesAndEachSchoolOpensAcceptsOrRejectsIt() {
        Api.Response written = office.staffApi.post(
                BASE + "/letters",
                CorrespondenceArea.letter("6750", "ประชุมผู้บริหาร", true, "NONE", "{\"all_schools\": true}"));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long id = written.json().get("id").asLong();

        Api.Response sent = office.staffApi.post(BASE + "/letters/" + id + "/send", "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        JsonNode n = sent.json();
        int sequence = n.get("sequence").asInt();
        assertThat(n.get("register").asString()).isEqualTo("CIRCULAR");
        assertThat(n.get("year").asInt()).isEqualTo(thisYear());
        assertThat(n.get("number").asString()).isEqualTo("ศธ 06750/ว " + sequence);

        String school = office.schools.get(0);
        Api clerk = office.clerks.get(0);
        assertThat(stateIn(clerk, school, id)).isEqualTo("NEW");
        Api.Response read = clerk.get(BASE + "/letters/" + id + "?org=" + school);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("subject").asString()).isEqualTo("ประชุมผู้บริหาร");
        assertThat(stateIn(clerk, school, id)).isEqualTo("OPENED");

        Api.Response accepted = clerk.post(BASE + "/letters/" + id + "/receipt", accept(school));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        int receipt = accepted.json().get("receipt_sequence").asInt();
        assertThat(accepted.json().get("receipt_number").asString()).isEqualTo(String.valueOf(receipt));
        assertThat(clerk.post(BASE + "/letters/" + id + "/receipt", accept(school))
                        .json()
                        .get("receipt_sequence")
                        .asInt())
                .as("accepting again answers the same number")
                .isEqualTo(receipt);
        assertThat(stateIn(clerk, school, id)).isEqualTo("ACCEPTED");
        JsonNode row = rowOf(clerk, school, "RECEIPT", receipt);
        assertThat(row.get("number").asString()).isEqualTo(String.valueOf(receipt));
        assertThat(row.get("subject").asString()).isEqualTo("ประชุมผู้บริหาร");
        assertThat(row.get("date").asString()).isEqualTo(today().toString());
        assertThat(row.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(row.get("letter_number").asString()).isEqualTo("ศธ 06750/ว " + sequence);

        String second = office.schools.get(1);
        Api other = office.clerks.get(1);
        Api.Response rejected = other.post(
                BASE + "/letters/" + id + "/receipt",
                "{\"org\": \"" + second + "\", \"accept\": false, \"reason\": \"ไม่ใช่หนังสือของโรงเรียนนี้\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
        assertThat(stateIn(other, second, id)).isEqualTo("REJECTED");
        String third = office.schools.get(2);
        Api.Response invalid = office.clerks
                .get(2)
                .post(
                        BASE + "/letters/" + id + "/receipt",
                        "{\"org\": \"" + third
                                + "\", \"accept\": false, \"reason\": \"ไฟล์แนบเปิดไม่ได้\", \"invalid\": true}");
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(200);
        assertThat(invalid.json().get("state").asString()).isEqualTo("INVALID");
        assertThat(stateIn(office.clerks.get(2), third, id)).isEqualTo("INVALID");
        assertThat(rowOf(office.staffApi, "6750", "CIRCULAR", sequence)
                        .get("subject")
                        .asString())
                .isEqualTo("ประชุมผู้บริหาร");
    }

    @Test
    void aCancelledNumberIsListedWithItsStatusAndTheNextNumberFollowsIt() {
        int first = send("ส่งผิดฉบับ", "NONE").get("sequence").asInt();
        long entry = jdbc.sql("""
                        select id from correspondence.register_entry
                        where area_id = :a and school_id is null and register = 'DISPATCH' and sequence = :s""")
                .param("a", office.area.id())
                .param("s", first)
                .query(Long.class)
                .single();
        context.getBean(Registers.class)
                .cancel(
                        context.getBean(Organisations.class).byCode("6750").orElseThrow(),
                        entry,
                        "ส่งซ้ำกับฉบับกระดาษ",
                        office.staff);
        int next = send("ฉบับที่ถูกต้อง", "NONE").get("sequence").asInt();

        assertThat(next).isEqualTo(first + 1);
        JsonNode cancelled = rowOf(office.staffApi, "6750", "DISPATCH", first);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancelled_reason").asString()).isEqualTo("ส่งซ้ำกับฉบับกระดาษ");
        assertThat(cancelled.get("number").asString()).isEqualTo("ศธ 06750/" + first);
        assertThat(rowOf(office.staffApi, "6750", "DISPATCH", next)
                        .get("status")
                        .asString())
                .isEqualTo("REGISTERED");
    }

    @Test
    void aSecretLettersSubjectIsShownToTheSchoolsDirectorOnly() {
        long id = send("สอบข้อเท็จจริงครู", "SECRET").get("id").asLong();
        String school = office.schools.get(0);
        Api clerk = office.clerks.get(0);
        JsonNode item = itemIn(clerk, school, id);
        assertThat(item.get("subject").isNull()).isTrue();
        assertThat(item.get("secrecy").asString()).isEqualTo("SECRET");
        int receipt = clerk.post(BASE + "/letters/" + id + "/receipt", accept(school))
                .json()
                .get("receipt_sequence")
                .asInt();

        assertThat(rowOf(clerk, school, "RECEIPT", receipt).get("subject").isNull())
                .isTrue();
        assertThat(rowOf(office.schoolDirector, school, "RECEIPT", receipt)
                        .get("subject")
                        .asString())
                .isEqualTo("สอบข้อเท็จจริงครู");
        assertThat(clerk.get(BASE + "/letters/" + id + "?org=" + school)
                        .json()
                        .get("subject")
                        .isNull())
                .isTrue();
    }

    @Test
    void badInputIsRefusedFieldByFieldInBothLanguagesAndNothingIsStored() {
        long letters = count("correspondence.letter");
        Api.Response bad = office.staffApi.post(BASE + "/letters", """
                {"from": "6750", "kind": "LETTER", "subject": " ", "urgency": "SOON", "secrecy": "HIDDEN",
                 "to": {"schools": ["99999999"], "units": ["NOPE"]}}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(bad.json().get("detail_th").asString()).isNotBlank();
        String errors = bad.json().get("errors").toString();
        for (String field : new String[] {"kind", "subject", "urgency", "secrecy", "to.schools", "to.units"}) {
            assertThat(errors).contains("\"field\":\"" + field + "\"");
        }
        for (JsonNode e : bad.json().get("errors")) {
            assertThat(e.get("message_th").asString()).isNotBlank();
            assertThat(e.get("message_en").asString()).isNotBlank();
        }
        assertThat(count("correspondence.letter")).isEqualTo(letters);

        long id = send("ขอข้อมูลนักเรียน", "NONE").get("id").asLong();
        String school = office.schools.get(0);
        Api clerk = office.clerks.get(0);
        Api.Response noAnswer = clerk.post(BASE + "/letters/" + id + "/receipt", "{\"org\": \"" + school + "\"}");
        assertThat(noAnswer.status()).isEqualTo(422);
        assertThat(noAnswer.body()).contains("\"field\":\"accept\"");
        Api.Response noReason =
                clerk.post(BASE + "/letters/" + id + "/receipt", "{\"org\": \"" + school + "\", \"accept\": false}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"").contains("message_th");
        assertThat(stateIn(clerk, school, id)).as("nothing changed").isEqualTo("NEW");
        assertThat(office.staffApi.get(BASE + "/registers/6750/LEDGER").status())
                .isEqualTo(404);
    }

    @Test
    void anotherOrganisationsInboxAndRegistersAreClosedAndAClerkCannotSendForTheOffice() {
        Api clerk = office.clerks.get(0);
        String otherSchool = office.schools.get(1);
        assertThat(clerk.get(BASE + "/inbox?org=" + otherSchool + "&page=1").status())
                .isEqualTo(403);
        assertThat(clerk.get(BASE + "/registers/" + otherSchool + "/RECEIPT").status())
                .isEqualTo(403);
        assertThat(clerk.get(BASE + "/inbox?org=6750&page=1").status()).isEqualTo(403);
        assertThat(clerk.get(BASE + "/registers/6750/DISPATCH").status()).isEqualTo(403);
        assertThat(clerk.get(BASE + "/inbox?org=67999999&page=1").status()).isEqualTo(404);
        assertThat(office.staffApi.get(BASE + "/registers/67999999/RECEIPT").status())
                .isEqualTo(404);

        long letters = count("correspondence.letter");
        Api.Response asOffice = clerk.post(
                BASE + "/letters",
                CorrespondenceArea.letter("6750", "ในนามเขต", false, "NONE", "{\"all_schools\": true}"));
        assertThat(asOffice.status()).isEqualTo(403);
        assertThat(asOffice.json().get("detail_th").asString()).isNotBlank();
        assertThat(count("correspondence.letter")).isEqualTo(letters);

        long draft = office.staffApi
                .post(
                        BASE + "/letters",
                        CorrespondenceArea.letter("6750", "ร่างของเขต", false, "NONE", "{\"all_schools\": true}"))
                .json()
                .get("id")
                .asLong();
        assertThat(clerk.post(BASE + "/letters/" + draft + "/send", "").status())
                .isEqualTo(403);
        assertThat(office.staffApi
                        .get(BASE + "/letters/" + draft)
                        .json()
                        .get("number")
                        .isNull())
                .as("still a draft, no number taken")
                .isTrue();
    }

    // --- helpers

    /** A letter from the office to the first school, sent; the send's answer with the letter's id. */
    private JsonNode send(String subject, String secrecy) {
        Api.Response written = office.staffApi.post(
                BASE + "/letters",
                CorrespondenceArea.letter(
                        "6750", subject, false, secrecy, "{\"schools\": [\"" + office.schools.get(0) + "\"]}"));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long id = written.json().get("id").asLong();
        Api.Response sent = office.staffApi.post(BASE + "/letters/" + id + "/send", "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        var answer = (tools.jackson.databind.node.ObjectNode) sent.json();
        answer.put("id", id);
        return answer;
    }

    private static String accept(String org) {
        return "{\"org\": \"" + org + "\", \"accept\": true}";
    }

    private static JsonNode itemIn(Api api, String org, long letter) {
        Api.Response inbox = api.get(BASE + "/inbox?org=" + org + "&page=1");
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        for (JsonNode item : inbox.json().get("letters")) {
            if (item.get("id").asLong() == letter) {
                return item;
            }
        }
        throw new AssertionError("letter " + letter + " not in the inbox of " + org + ": " + inbox.body());
    }

    private static String stateIn(Api api, String org, long letter) {
        return itemIn(api, org, letter).get("state").asString();
    }

    private JsonNode rowOf(Api api, String org, String register, int sequence) {
        Api.Response r = api.get(BASE + "/registers/" + org + "/" + register + "?year=" + thisYear());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode row : r.json().get("rows")) {
            if (row.get("sequence").asInt() == sequence) {
                return row;
            }
        }
        throw new AssertionError("no row " + sequence + " in " + r.body());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where area_id = :a")
                .param("a", office.area.id())
                .query(Long.class)
                .single();
    }

    private LocalDate today() {
        return context.getBean(Registers.class).today();
    }

    private int thisYear() {
        return today().getYear() + 543;
    }
}
