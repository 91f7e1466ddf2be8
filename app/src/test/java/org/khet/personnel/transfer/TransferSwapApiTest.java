package org.khet.personnel.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.personnel.Enrolled;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/personnel/transfer-swaps} (area 7200): a teacher asks and the partner is told; each reader lists
 * only the swaps they take part in or decide; once the partner agrees both directors are told, once both directors
 * agreed the personnel group; a stranger may not agree nor a director approve; the group approves and both teachers
 * are told and moved; a refused swap is told to both and can no longer be approved.
 */
class TransferSwapApiTest extends IntegrationTest {

    private static final String SWAPS = "/api/v1/personnel/transfer-swaps";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void aSwapIsAskedAgreedAndDecidedThroughTheApiTellingEachWhoIsNext() {
        TestArea area = TestArea.open(context, "7200");
        TransferSchools.schools(context, area, 2569);
        LocalDate longAgo = OfficeTime.today(clock).minusMonths(40);
        long one = Enrolled.school(context, area, "0001");
        long two = Enrolled.school(context, area, "0002");
        long three = Enrolled.school(context, area, "0003");
        long ann =
                TransferSchools.teacher(context, area, "01", "อัญชลี", "0001", LocalDate.parse("2010-05-16"), longAgo);
        long bee =
                TransferSchools.teacher(context, area, "02", "เบญจา", "0002", LocalDate.parse("2011-05-16"), longAgo);
        long cee =
                TransferSchools.teacher(context, area, "03", "ชุติมา", "0003", LocalDate.parse("2012-05-16"), longAgo);
        long dan =
                TransferSchools.teacher(context, area, "04", "ดวงใจ", "0001", LocalDate.parse("2012-05-16"), longAgo);
        KhetUser annUser = teacher(area, "ann", ann, one);
        KhetUser beeUser = teacher(area, "bee", bee, two);
        KhetUser ceeUser = teacher(area, "cee", cee, three);
        KhetUser danUser = teacher(area, "dan", dan, one);
        KhetUser d1 = area.account("d1.7200", "d1.7200@example.org", Role.SCHOOL_DIRECTOR, one);
        KhetUser d2 = area.account("d2.7200", "d2.7200@example.org", Role.SCHOOL_DIRECTOR, two);
        area.account("d3.7200", "d3.7200@example.org", Role.SCHOOL_DIRECTOR, three);
        KhetUser group =
                area.account("personnel.7200", "personnel.7200@example.org", Role.AREA_STAFF, area.unit("PERSONNEL"));

        Api.Response asked = as("ann").post(SWAPS, "{\"partner_id\":" + bee + ",\"reason\":\"ใกล้บ้าน\"}");
        assertThat(asked.status()).isEqualTo(201);
        long id = asked.json().get("id").asLong();
        assertThat(asked.json().get("state").asString()).isEqualTo("ASKED");
        assertThat(asked.json().get("name_b").asString()).contains("เบญจา");
        assertThat(told(id, beeUser)).as("the partner is told").isEqualTo(1);
        assertThat(told(id, d1) + told(id, d2))
                .as("the directors wait for the partner")
                .isZero();
        assertThat(as("cee").post(SWAPS, "{\"partner_id\":" + ann + "}").status())
                .as("ann has a swap waiting")
                .isEqualTo(422);

        assertThat(ids(as("bee").get(SWAPS + "?area_code=7200"))).containsExactly(id);
        assertThat(ids(as("personnel").get(SWAPS + "?area_code=7200"))).containsExactly(id);
        assertThat(ids(as("d2").get(SWAPS + "?area_code=7200"))).containsExactly(id);
        assertThat(ids(as("cee").get(SWAPS + "?area_code=7200"))).isEmpty();
        assertThat(ids(as("d3").get(SWAPS + "?area_code=7200"))).isEmpty();

        assertThat(as("d3").post(SWAPS + "/" + id + "/agree", "").status()).isEqualTo(403);
        JsonNode partner = as("bee").post(SWAPS + "/" + id + "/agree", "").json();
        assertThat(partner.get("partner_agreed").asBoolean()).isTrue();
        assertThat(told(id, d1)).as("director of school one told").isEqualTo(1);
        assertThat(told(id, d2)).as("director of school two told").isEqualTo(1);
        as("d1").post(SWAPS + "/" + id + "/agree", "");
        assertThat(told(id, group))
                .as("the group waits for the second director")
                .isZero();
        assertThat(as("d2").post(SWAPS + "/" + id + "/approve", "").status()).isEqualTo(403);
        as("d2").post(SWAPS + "/" + id + "/agree", "");
        assertThat(told(id, group)).as("the group is told once all agreed").isEqualTo(1);

        Api.Response approved = as("personnel").post(SWAPS + "/" + id + "/approve", "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("effective_on").asString())
                .isEqualTo(OfficeTime.today(clock).toString());
        assertThat(told(id, annUser)).as("ann told of the approval").isEqualTo(1);
        assertThat(told(id, beeUser))
                .as("bee told of the request and the approval")
                .isEqualTo(2);
        assertThat(schoolOf(ann)).isEqualTo(two);
        assertThat(schoolOf(bee)).isEqualTo(one);

        long second = as("cee")
                .post(SWAPS, "{\"partner_id\":" + dan + "}")
                .json()
                .get("id")
                .asLong();
        assertThat(as("bee").post(SWAPS + "/" + second + "/withdraw", "").status())
                .isEqualTo(403);
        assertThat(as("personnel")
                        .post(SWAPS + "/" + second + "/refuse", "")
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("REFUSED");
        assertThat(told(second, ceeUser)).isEqualTo(1);
        assertThat(told(second, danUser)).as("asked, then refused").isEqualTo(2);
        assertThat(as("personnel").post(SWAPS + "/" + second + "/approve", "").status())
                .isEqualTo(422);
        assertThat(as("personnel").post(SWAPS + "/" + second + "/jump", "").status())
                .isEqualTo(404);
    }

    private KhetUser teacher(TestArea area, String name, long person, long school) {
        KhetUser user = area.account(name + ".7200", name + ".7200@example.org", Role.TEACHER, school);
        area.link(person, name + ".7200");
        return user;
    }

    private Api as(String name) {
        return Api.asUser(port, name + ".7200", TestArea.PASSWORD);
    }

    private static java.util.List<Long> ids(Api.Response listed) {
        assertThat(listed.status()).isEqualTo(200);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        listed.json().forEach(s -> ids.add(s.get("id").asLong()));
        return ids;
    }

    private long told(long swapId, KhetUser user) {
        return jdbc.sql("select count(*) from notifications.delivery where module = 'personnel'"
                        + " and about = 'transfer swap ' || :id and account_id = :a")
                .param("id", swapId)
                .param("a", user.id())
                .query(Long.class)
                .single();
    }

    private long schoolOf(long person) {
        return jdbc.sql("select school_id from registry.person where id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
    }
}
