package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.TestFiles;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The centre's other services ride the same intake and tracking; complainants add files through the API. Each test
 * speaks as its own client address, to an area of its own (6520).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentreServicesApiTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void openArea() {
        TestArea.open(context, "6520");
    }

    @Test
    void anInformationRequestIsFiledAndTrackedLikeAComplaintWithItsOwnDeadline() {
        Api api = Api.anonymous(port).with("X-Forwarded-For", "198.51.100.61");
        Api.Response filed = api.post("/api/v1/public/complaints", """
                {"area_code": "6520", "category": "INFORMATION_REQUEST", "subject": "ขอสำเนาประกาศผลการคัดเลือก",
                 "details": "ขอสำเนาประกาศผลการคัดเลือกผู้อำนวยการโรงเรียน ปี 2569", "anonymous": true}""");
        assertThat(filed.status()).isEqualTo(201);
        String code = filed.json().get("tracking_code").asString();
        var row = jdbc.sql("select category, due_on from complaints.complaint where tracking_code = :c")
                .param("c", code)
                .query()
                .singleRow();
        assertThat(row.get("category")).isEqualTo("INFORMATION_REQUEST");
        assertThat(row.get("due_on")).isNotNull();

        Api.Response status = api.with(
                        "X-Complaint-Secret", filed.json().get("secret").asString())
                .get("/api/v1/public/complaints/" + code);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("category").asString()).isEqualTo("INFORMATION_REQUEST");

        Api.Response wrong = api.post("/api/v1/public/complaints", """
                {"category": "GOSSIP", "subject": "x", "details": "y", "anonymous": true}""");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("ONE_STOP_SERVICE").contains("SUGGESTION");

        // A person who chose nothing is asked to choose, not shown the codes.
        Api.Response none = api.post("/api/v1/public/complaints", """
                {"subject": "x", "details": "y", "anonymous": true}""");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("กรุณาเลือกประเภทเรื่อง").doesNotContain("ONE_STOP_SERVICE");
    }

    @Test
    void theComplainantAddsFilesThroughTheApiAndABadFileChangesNothing() {
        Api api = Api.anonymous(port).with("X-Forwarded-For", "198.51.100.62");
        Api.Response filed = api.post("/api/v1/public/complaints", """
                {"area_code": "6520", "category": "TIP_OFF", "subject": "จัดซื้อโต๊ะราคาสูง", "details": "ราคาสูงกว่าท้องตลาดสองเท่า",
                 "anonymous": true}""");
        String code = filed.json().get("tracking_code").asString();
        Api holder = api.with("X-Complaint-Secret", filed.json().get("secret").asString());
        String path = "/api/v1/public/complaints/" + code + "/attachments";

        Api.Response text = holder.upload(path, "notes.txt", "not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(422);
        assertThat(text.body()).contains("file 1").contains("JPEG").doesNotContain("notes.txt");
        assertThat(files(code)).isZero();

        Api.Response stranger =
                api.with("X-Complaint-Secret", "AAAAAAAAAAAAAAAAAAAAAAAAAA").upload(path, "photo.png", TestFiles.png());
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(files(code)).isZero();

        Api.Response added = holder.upload(path, "photo.png", TestFiles.png());
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("attachments").asInt()).isEqualTo(1);
        assertThat(files(code)).isEqualTo(1);
        assertThat(added.body()).contains("FILES_ADDED");
    }

    private long files(String code) {
        return jdbc.sql(
                        "select count(*) from complaints.complaint_attachment a join complaints.complaint c on c.id = a.complaint_id"
                                + " where c.tracking_code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }
}
