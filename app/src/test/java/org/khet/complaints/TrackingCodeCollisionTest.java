package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A complaint whose first tracking codes are already taken is filed under the next free one, through the public
 * API, and the case that held the code is untouched. Each test files to an area of its own (6550, 6551).
 */
class TrackingCodeCollisionTest extends IntegrationTest {

    private static final String BODY = """
            {"area_code": "%s", "category": "HELP", "subject": "ขอความช่วยเหลือ", "details": "ขอทราบช่องทางขอทุน",
             "anonymous": true}""";

    @LocalServerPort
    int port;

    @Autowired
    Filings filings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void freshCodesAgain() {
        filings.codesFrom(TrackingCodes::newCode);
    }

    @Test
    void aTakenCodeIsDrawnAgain() {
        Api api = Api.anonymous(port).with("X-Forwarded-For", "198.51.100.161");
        String body = BODY.formatted(TestArea.open(context, "6550").code());
        String taken = codeOf(api.post("/api/v1/public/complaints", body));
        String free = TrackingCodes.newCode();
        Deque<String> codes = new ArrayDeque<>(List.of(taken, taken, free));
        filings.codesFrom(codes::pop);

        Api.Response filed = api.post("/api/v1/public/complaints", body);

        assertThat(filed.status()).isEqualTo(201);
        assertThat(codeOf(filed)).isEqualTo(free);
        assertThat(codes).as("codes drawn").isEmpty();
        assertThat(jdbc.sql("select count(*) from complaints.complaint where tracking_code in (:a, :b)")
                        .param("a", taken)
                        .param("b", free)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aCodeTakenEveryTimeStoresNothing() {
        Api api = Api.anonymous(port).with("X-Forwarded-For", "198.51.100.162");
        TestArea area = TestArea.open(context, "6551");
        String body = BODY.formatted(area.code());
        String taken = codeOf(api.post("/api/v1/public/complaints", body));
        filings.codesFrom(() -> taken);

        assertThat(api.post("/api/v1/public/complaints", body).status()).isEqualTo(500);
        assertThat(count(area)).as("nothing stored but the first filing").isEqualTo(1);
    }

    private static String codeOf(Api.Response filed) {
        return filed.json().get("tracking_code").asString();
    }

    private long count(TestArea area) {
        return jdbc.sql("select count(*) from complaints.complaint where area_id = :a")
                .param("a", area.id())
                .query(Long.class)
                .single();
    }
}
