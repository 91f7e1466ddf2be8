package org.khet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A page number from an edited link never breaks a list: screens show the first or last page, the API says 400. The
 * lists are those of the director of area 6421, which the test fills with more than a page (50) of schools and of
 * people.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageNumbersTest extends IntegrationTest {

    private static final String DIRECTOR = "director.6421";
    private static final String PASSWORD = "page-numbers-test-password";

    private static final List<String> HUGE = List.of("50000000", "2147483647", "99999999999999999999");
    private static final List<String> NOT_PAGES = List.of("abc", "-1", "1.5");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void anAreaOfMoreThanAPage() {
        TestArea area = TestArea.open(context, "6421");
        long school = area.schools(51, "โรงเรียนบ้านหลายหน้า").get(0);
        String[] people = new String[51];
        for (int n = 0; n < people.length; n++) {
            people[n] = area.personRow("6421000%05d".formatted(n), "สมหน้า", "หลายหน้า " + n, "TEACHER", school);
        }
        assertThat(area.importPeople(people).created()).isEqualTo(people.length);
        area.account(DIRECTOR, PASSWORD, area.areaRole(Role.AREA_DIRECTOR));
    }

    @Test
    void aSchoolListPastTheEndShowsItsLastPageAndAWordTheFirst() {
        Api api = Api.asUser(port, DIRECTOR, PASSWORD);
        WebSession web = WebSession.signedIn(port, DIRECTOR, PASSWORD);
        String lastCode = lastItem(api, "/api/v1/schools").get("school_code").asString();
        String firstCode = api.get("/api/v1/schools?page=0")
                .json()
                .get("items")
                .get(0)
                .get("school_code")
                .asString();
        for (String page : HUGE) {
            HttpResponse<String> r = web.get("/schools?page=" + page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains(">" + lastCode + "<");
        }
        for (String page : NOT_PAGES) {
            HttpResponse<String> r = web.get("/schools?page=" + page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains(">" + firstCode + "<");
        }
    }

    @Test
    void aPeopleListPastTheEndShowsItsLastPage() {
        Api api = Api.asUser(port, DIRECTOR, PASSWORD);
        WebSession web = WebSession.signedIn(port, DIRECTOR, PASSWORD);
        long lastId = lastItem(api, "/api/v1/people").get("id").asLong();
        for (String page : HUGE) {
            HttpResponse<String> r = web.get("/people?page=" + page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains("/people/" + lastId + "\"");
        }
        for (String page : NOT_PAGES) {
            assertThat(web.get("/people?page=" + page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void theAuditLogPastTheEndShowsItsLastEvents() {
        WebSession web = WebSession.signedIn(port, "admin", ADMIN_PASSWORD);
        for (String page : HUGE) {
            HttpResponse<String> r = web.get("/audit?page=" + page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains("class=\"audit-json\"");
        }
        for (String page : NOT_PAGES) {
            HttpResponse<String> r = web.get("/audit?page=" + page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains("class=\"audit-json\"");
        }
    }

    @Test
    void theApiAnswersAnEmptyPagePastTheEndAnd400ForWhatIsNotAPage() {
        Api api = Api.asUser(port, DIRECTOR, PASSWORD);
        for (String list : List.of("/api/v1/schools", "/api/v1/people")) {
            Api.Response past = api.get(list + "?page=50000000");
            assertThat(past.status()).as(list).isEqualTo(200);
            assertThat(past.json().get("total").asLong()).isEqualTo(51);
            assertThat(past.json().get("page").asInt()).isEqualTo(50000000);
            assertThat(past.json().get("items")).isEmpty();
            for (String page : List.of("abc", "-1", "1.5", "99999999999")) {
                Api.Response bad = api.get(list + "?page=" + page);
                assertThat(bad.status()).as(list + "?page=" + page).isEqualTo(400);
                assertThat(bad.json().get("detail_th").asString()).contains("หมายเลขหน้า");
                assertThat(bad.json().get("detail_en").asString()).contains("page must be a whole number");
            }
        }
    }

    private static JsonNode lastItem(Api api, String list) {
        long total = api.get(list).json().get("total").asLong();
        assertThat(total).as("the area's own schools or people").isEqualTo(51);
        long last = (total - 1) / 50;
        JsonNode items = api.get(list + "?page=" + last).json().get("items");
        return items.get(items.size() - 1);
    }
}
