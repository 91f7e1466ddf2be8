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
 * The sending options and a draft's life over HTTP (area 6772): "sizes", "groups", "people" and "external" inside
 * {@code to}, saved groups, changing a draft with its version (409 when stale), deleting only drafts, and every
 * refusal in both languages with nothing stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SendingApiTest extends IntegrationTest {

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
        office = new CorrespondenceArea(context, port, "6772", 3);
    }

    @Test
    void aLetterGoesBySizeToASavedGroupToPeopleAndOutsideInOneSending() {
        Api.Response group = office.staffApi.post(BASE + "/groups", """
                {"org": "6772", "name": "กลุ่มทดสอบ API", "members": {"schools": ["%s"]}}""".formatted(office.schools.get(0)));
        assertThat(group.status()).as(group.body()).isEqualTo(201);
        long groupId = group.json().get("id").asLong();
        assertThat(office.staffApi.get(BASE + "/groups?org=6772").body()).contains("กลุ่มทดสอบ API");
        long person = office.area.person("677200000011", "สมใจ", "ใจดี", "TEACHER", schoolId(office.schools.get(1)));
        assertThat(office.staffApi.get(BASE + "/people?org=6772&q=สมใจ").body()).contains("\"id\":" + person);

        long toGroupAndPerson = draft("""
                {"groups": [%d], "people": [%d],
                 "external": [{"name": "สำนักงานสาธารณสุขจังหวัด", "via": "POST", "detail": "EB111222333TH"}]}""".formatted(groupId, person));
        JsonNode sent = office.staffApi
                .post(BASE + "/letters/" + toGroupAndPerson + "/send", "")
                .json();
        assertThat(inboxHas(0, toGroupAndPerson)).isTrue();
        assertThat(inboxHas(1, toGroupAndPerson)).as("the person's school").isTrue();
        assertThat(inboxHas(2, toGroupAndPerson)).isFalse();
        JsonNode row = rowOf("DISPATCH", sent.get("sequence").asInt());
        assertThat(row.get("to").asString()).isEqualTo("ผู้รับ 2 แห่ง, สำนักงานสาธารณสุขจังหวัด");

        long bySize = draft("{\"sizes\": [1]}");
        assertThat(office.staffApi
                        .post(BASE + "/letters/" + bySize + "/send", "")
                        .status())
                .isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(inboxHas(i, bySize))
                    .as("every school of 120 students is small")
                    .isTrue();
        }

        long outside = draft("{\"external\": [{\"name\": \"นายสมหมาย ผู้ปกครอง\", \"via\": \"HAND\"}]}");
        JsonNode n =
                office.staffApi.post(BASE + "/letters/" + outside + "/send", "").json();
        Api.Response recorded = office.staffApi.post(
                BASE + "/letters/" + outside + "/dispatch",
                "{\"position\": 1, \"detail\": \"นายสมหมาย รับเอง\", \"went_on\": \"%s\"}".formatted(LocalDate.now()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(rowOf("DISPATCH", n.get("sequence").asInt()).get("to").asString())
                .isEqualTo("นายสมหมาย ผู้ปกครอง");
        JsonNode read = office.staffApi.get(BASE + "/letters/" + outside).json();
        assertThat(read.get("external").get(0).get("via").asString()).isEqualTo("HAND");
        assertThat(read.get("external").get(0).get("detail").asString()).isEqualTo("นายสมหมาย รับเอง");

        String school = office.schools.get(1);
        Api clerk = office.clerks.get(1);
        assertThat(clerk.get(BASE + "/letters/" + toGroupAndPerson + "?org=" + school)
                        .json()
                        .get("for")
                        .asString())
                .isEqualTo("นางสมใจ ใจดี");
        Api.Response reply = clerk.post(BASE + "/letters", """
                {"from": "%s", "kind": "EXTERNAL", "subject": "ตอบ", "to": {"office": true}, "reply_to": %d}""".formatted(school, toGroupAndPerson));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(clerk.get(BASE + "/letters/" + reply.json().get("id").asLong() + "?org=" + school)
                        .json()
                        .get("reply_to")
                        .asLong())
                .isEqualTo(toGroupAndPerson);
    }

    @Test
    void unknownSizesGroupsPeopleAndExternalAddresseesWithoutAWayAreRefusedAndNothingIsStored() {
        CorrespondenceArea other = new CorrespondenceArea(context, port, "6773", 1);
        long stranger = other.area.person("677300000011", "สมปอง", "ต่างเขต", "TEACHER", schoolId("67730001"));
        long letters = count();
        Api.Response bad = office.staffApi.post(
                BASE + "/letters", CorrespondenceArea.letter("6772", "ผิด", false, "NONE", """
                {"sizes": [9], "groups": [999999], "people": [%d], "external": [{"name": "กระทรวง"}]}""".formatted(stranger)));
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        String errors = bad.json().get("errors").toString();
        for (String field : new String[] {"to.sizes", "to.groups", "to.people", "to.external"}) {
            assertThat(errors).contains("\"field\":\"" + field + "\"");
        }
        for (JsonNode e : bad.json().get("errors")) {
            assertThat(e.get("message_th").asString()).isNotBlank();
            assertThat(e.get("message_en").asString()).isNotBlank();
        }
        assertThat(count()).isEqualTo(letters);
    }

    @Test
    void aDraftIsChangedWithItsVersionAndOnlyADraftIsDeleted() {
        long id = draft("{\"all_schools\": true}");
        int version = office.staffApi
                .get(BASE + "/letters/" + id)
                .json()
                .get("version")
                .asInt();
        String changed =
                CorrespondenceArea.letter("6772", "เรื่องที่แก้แล้ว", false, "NONE", "{\"all_schools\": true}");
        Api.Response put = office.staffApi.put(BASE + "/letters/" + id, withVersion(changed, version));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("version").asInt()).isEqualTo(version + 1);
        Api.Response stale = office.staffApi.put(BASE + "/letters/" + id, withVersion(changed, version));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(office.staffApi
                        .get(BASE + "/letters/" + id)
                        .json()
                        .get("subject")
                        .asString())
                .isEqualTo("เรื่องที่แก้แล้ว");
        assertThat(office.clerks.get(0).delete(BASE + "/letters/" + id).status())
                .as("a school's clerk does not delete the office's draft")
                .isEqualTo(403);

        office.staffApi.post(BASE + "/letters/" + id + "/send", "");
        assertThat(office.staffApi.delete(BASE + "/letters/" + id).status()).isEqualTo(409);
        long other = draft("{\"all_schools\": true}");
        assertThat(office.staffApi.delete(BASE + "/letters/" + other).status()).isEqualTo(204);
        assertThat(office.staffApi.get(BASE + "/letters/" + other).status()).isEqualTo(404);
    }

    private static String withVersion(String letter, int version) {
        return letter.substring(0, letter.lastIndexOf('}')) + ", \"version\": " + version + "}";
    }

    private long draft(String to) {
        Api.Response written = office.staffApi.post(
                BASE + "/letters", CorrespondenceArea.letter("6772", "หนังสือทดสอบ API", false, "NONE", to));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        return written.json().get("id").asLong();
    }

    private boolean inboxHas(int school, long letter) {
        JsonNode inbox = office.clerks
                .get(school)
                .get(BASE + "/inbox?org=" + office.schools.get(school) + "&page=1")
                .json();
        for (JsonNode item : inbox.get("letters")) {
            if (item.get("id").asLong() == letter) {
                return true;
            }
        }
        return false;
    }

    private JsonNode rowOf(String register, int sequence) {
        for (JsonNode row :
                office.staffApi.get(BASE + "/registers/6772/" + register).json().get("rows")) {
            if (row.get("sequence").asInt() == sequence) {
                return row;
            }
        }
        throw new AssertionError("no row " + sequence);
    }

    private long schoolId(String code) {
        return jdbc.sql("select id from registry.school_summary where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private long count() {
        return jdbc.sql("select count(*) from correspondence.letter")
                .query(Long.class)
                .single();
    }
}
