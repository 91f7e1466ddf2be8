package org.khet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khet.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case nobody screens overruns its deadline: the clock moves, the hourly check raises it, the lists show it. */
class EscalationJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    org.khet.complaints.Escalations escalations;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anOverdueCaseIsRaisedToTheLegalGroupThenToTheDirector() throws Exception {
        HttpResponse<String> filed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/public/complaints")))
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", "198.51.100.30")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                        {"area_code": "9302", "category": "HELP", "subject": "ไม่มีใครตอบ",
                                         "details": "รอคำตอบ", "anonymous": true}"""))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).isEqualTo(201);
        String code = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(filed.body())
                .get("tracking_code")
                .asString();
        LocalDate due = jdbc.sql("select due_on from complaints.complaint where tracking_code = :c")
                .param("c", code)
                .query(LocalDate.class)
                .single();
        // Three working days to screen: never fewer than three calendar days, never more than a fortnight.
        assertThat(due)
                .isAfterOrEqualTo(LocalDate.now().plusDays(3))
                .isBefore(LocalDate.now().plusDays(15));

        escalations.runNow();
        assertThat(level(code)).as("not overdue yet").isZero();
        clock.advance(Duration.ofDays(16));
        assertThat(escalations.runNow()).isPositive();
        assertThat(level(code)).isEqualTo(1);

        signIn("legal", DEMO_PASSWORD);
        page.navigate(url("/complaints?overdue=true"));
        assertThat(page.locator("#cases")).containsText(code);
        var row = page.locator("#cases tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(code));
        assertThat(row).containsText("เกินกำหนด");
        assertThat(row).containsText("แจ้งกลุ่มกฎหมายแล้ว");
        assertAccessible();
        row.getByRole(com.microsoft.playwright.options.AriaRole.LINK).first().click();
        assertThat(page.locator("#case-steps")).containsText("เกินกำหนด แจ้งกลุ่มกฎหมายเร่งรัด");
        screenshot("complaint-overdue");

        clock.advance(Duration.ofDays(10));
        escalations.runNow();
        assertThat(level(code)).isEqualTo(2);
        page.context().clearCookies();
        signIn("director", DEMO_PASSWORD);
        page.navigate(url("/complaints?overdue=true"));
        assertThat(page.locator("#cases tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(code)))
                .containsText("แจ้ง ผอ.เขต แล้ว");
    }

    private int level(String code) {
        return jdbc.sql("select escalation from complaints.complaint where tracking_code = :c")
                .param("c", code)
                .query(Integer.class)
                .single();
    }
}
