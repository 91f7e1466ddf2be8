package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A complaint whose first tracking codes are already taken is filed under the next free one, through the public
 * API, and the case that held the code is untouched.
 */
class TrackingCodeCollisionTest extends IntegrationTest {

    private static final String BODY = """
            {"area_code": "9302", "category": "HELP", "subject": "ขอความช่วยเหลือ", "details": "ขอทราบช่องทางขอทุน",
             "anonymous": true}""";

    @LocalServerPort
    int port;

    @Autowired
    Filings filings;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void freshCodesAgain() {
        filings.codesFrom(TrackingCodes::newCode);
    }

    @Test
    void aTakenCodeIsDrawnAgain() {
        Api api = Api.anonymous(port).with("X-Forwarded-For", "198.51.100.161");
        String taken = codeOf(api.post("/api/v1/public/complaints", BODY));
        String free = TrackingCodes.newCode();
        Deque<String> codes = new ArrayDeque<>(List.of(taken, taken, free));
        filings.codesFrom(codes::pop);

        Api.Response filed = api.post("/api/v1/public/complaints", BODY);

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
        String taken = codeOf(api.post("/api/v1/public/complaints", BODY));
        long before = count();
        filings.codesFrom(() -> taken);

        assertThat(api.post("/api/v1/public/complaints", BODY).status()).isEqualTo(500);
        assertThat(count()).as("nothing stored").isEqualTo(before);
    }

    private static String codeOf(Api.Response filed) {
        return filed.json().get("tracking_code").asString();
    }

    private long count() {
        return jdbc.sql("select count(*) from complaints.complaint")
                .query(Long.class)
                .single();
    }
}
