package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.platform.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The memo API over HTTP on an area of its own (6687): a memo written by an officer of the office, submitted to the
 * director, who finds it among the memos waiting for them and approves it signing on behalf of the post; the refusals
 * each answer with its status and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoApiTest extends IntegrationTest {

    private static final String MEMOS = "/api/v1/correspondence/memos";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    CorrespondenceArea office;

    @BeforeAll
    void anAreaOfItsOwn() {
        office = new CorrespondenceArea(context, port, "6687", 1);
    }

    @Test
    void aMemoIsSubmittedFoundWaitingAndApprovedIntoANumberedLetter() {
        Api.Response written = office.staffApi.post(MEMOS, """
                {"org": "6687", "subject": "ขออนุมัติเดินทางไปราชการ", "body": "เรียน ผอ.สพป."}""");
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long id = written.json().get("id").asLong();
        long director = accounts.byUsername("director.6687").orElseThrow().id();
        JsonNode people = office.staffApi.get(MEMOS + "/people?org=6687").json();
        assertThat(people.findValuesAsString("display_name")).contains("director.6687", "staff.6687");
        assertThat(office.clerks.get(0).get(MEMOS + "/people?org=6687").status())
                .as("a school's clerk does not work in the office")
                .isEqualTo(404);

        Api.Response submitted =
                office.staffApi.post(MEMOS + "/" + id + "/submit", "{\"version\": 0, \"to_user\": " + director + "}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("version").asInt()).isEqualTo(1);
        JsonNode waiting = office.directorApi.get(MEMOS + "/waiting").json();
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(waiting.get(0).get("org").asString()).isEqualTo("6687");

        String approve = MEMOS + "/" + id + "/approve";
        assertThat(office.staffApi.post(approve, "{\"version\": 1}").status())
                .as("the writer does not hold it")
                .isEqualTo(403);
        assertThat(office.directorApi.post(approve, "{\"version\": 0}").status())
                .as("read before it was submitted")
                .isEqualTo(409);
        Api.Response unsigned = office.directorApi.post(approve, "{\"version\": 1, \"signed_as\": \"ON_BEHALF\"}");
        assertThat(unsigned.status()).isEqualTo(422);
        assertThat(unsigned.body()).contains("on_behalf_of");
        assertThat(office.directorApi
                        .post(MEMOS + "/" + id + "/sign", "{\"version\": 1}")
                        .status())
                .isEqualTo(404);
        assertThat(office.clerks.get(0).get(MEMOS + "/" + id).status()).isEqualTo(404);

        Api.Response approved = office.directorApi.post(approve, """
                {"version": 1, "comment": "อนุมัติ", "signed_as": "ON_BEHALF",
                 "on_behalf_of": "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"}""");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonNode memo = approved.json();
        assertThat(memo.get("state").asString()).isEqualTo("APPROVED");
        assertThat(memo.get("number").asString()).isEqualTo("ศธ 06687/1");
        assertThat(memo.get("steps")).hasSize(2);
        JsonNode signed = memo.get("steps").get(1);
        assertThat(signed.get("signed_as").asString()).isEqualTo("ON_BEHALF");
        assertThat(signed.get("on_behalf_of").asString()).isEqualTo("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา");
        assertThat(signed.get("by_name").asString()).isEqualTo("director.6687");
        assertThat(office.directorApi.get(MEMOS + "/waiting").json()).isEmpty();
    }
}
