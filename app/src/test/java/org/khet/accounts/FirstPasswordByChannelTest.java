package org.khet.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.khet.AdminApiTest;
import org.khet.TestPeers;
import org.khet.WebSession;

/**
 * An area director of an area of this test's own makes its schools' directors and clerks accounts and has each
 * password sent by the person's channel: the one with an e-mail address in the registry gets it by mail (through
 * GreenMail), signs in with it and must change it; the one without stays on the sheet; and afterwards the outbox
 * and the audit log hold no copy of either password.
 */
class FirstPasswordByChannelTest extends AdminApiTest {

    private static final String AREA = "8631";
    private static final String EMAIL = "somsri.8631@example.org";
    private static final String SHARED_AREA = "8633";
    private static final String SHARED_EMAIL = "office.8633@example.org";
    private static final Pattern MAILED =
            Pattern.compile("(?:ชื่อผู้ใช้|Username): (\\S+)\\s+(?:รหัสผ่านครั้งแรก|First password): (\\S+)");
    private static final Pattern SLIP = Pattern.compile(
            "class=\"slip-username\">([^<]+)</dd>.*?class=\"slip-password\">([^<]+)</dd>", Pattern.DOTALL);

    @Test
    void thePasswordGoesByMailToWhoeverHasAnAddressAndTheRestStayOnTheSheet() throws Exception {
        long area = areaWithASchoolOfTwo();
        WebSession director = WebSession.signedIn(port, "dir8631", "director-8631-pw");
        String preview = director.get(
                        "/accounts/area?area=" + area + "&positions=SCHOOL_DIRECTOR&positions=GENERAL_OFFICER")
                .body();
        assertThat(preview)
                .as("where each password would go, masked")
                .contains("อีเมล s•••@example.org")
                .contains("ใบแจ้งรหัสผ่านสำหรับพิมพ์ (ไม่มีอีเมล)")
                .doesNotContain(EMAIL);

        var made = director.postForm(
                "/accounts/area?area=" + area,
                "/accounts/area",
                "area=" + area + "&positions=SCHOOL_DIRECTOR&positions=GENERAL_OFFICER&byChannel=true");

        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.body())
                .contains("สร้างบัญชีแล้ว 2 บัญชี")
                .contains("ส่งรหัสผ่านครั้งแรกทางช่องทางของแต่ละคนแล้ว 1 คน");
        Matcher slip = SLIP.matcher(made.body());
        assertThat(slip.find()).as("one slip, for the clerk without an address").isTrue();
        assertThat(slip.group(1)).isEqualTo("86310001.clerk");
        String clerkPassword = slip.group(2);
        assertThat(slip.find()).isFalse();
        assertThat(made.body())
                .as("where the director's password went, masked")
                .contains("อีเมล s•••@example.org")
                .doesNotContain(EMAIL);
        assertThat(jdbc.sql("""
                        select summary from platform.audit_event
                        where action = 'SEND_FIRST_PASSWORD' and entity_type = 'user' and entity_id = (
                            select cast(id as text) from platform.app_user where username = '86310001.director')""").query(String.class).list())
                .containsExactly("first password sent to EMAIL s•••@example.org");

        MimeMessage mail = await().atMost(Duration.ofSeconds(15))
                .until(() -> TestPeers.mailTo(EMAIL), m -> !m.isEmpty())
                .get(0);
        assertThat(mail.getSubject()).isEqualTo("บัญชีผู้ใช้ระบบสำนักงานเขตพื้นที่การศึกษาของท่าน");
        Matcher mailed = MAILED.matcher(String.valueOf(mail.getContent()));
        assertThat(mailed.find()).as(String.valueOf(mail.getContent())).isTrue();
        assertThat(mailed.group(1)).isEqualTo("86310001.director");
        String password = mailed.group(2);
        assertThat(password).matches("[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}");

        WebSession owner = new WebSession(port, "198.51.100.231");
        assertThat(owner.signIn("86310001.director", password)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .endsWith("/password/change");
        var changed = owner.postForm(
                "/password/change", "/password/change", "password=director-own-8631&repeat=director-own-8631");
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/login?changed");
        assertThat(WebSession.signedIn(port, "86310001.director", "director-own-8631")
                        .get("/schools")
                        .statusCode())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> count("select count(*) from notifications.delivery where address = '" + EMAIL
                                + "' and state = 'SENT'")
                        == 1);
        for (String secret : List.of(password, clerkPassword)) {
            assertThat(copies("notifications.delivery", secret))
                    .as("outbox rows holding a password")
                    .isZero();
            assertThat(copies("platform.audit_event", secret))
                    .as("audit rows holding a password")
                    .isZero();
        }
    }

    /**
     * The school's director and clerk have the school's one mailbox in the registry: the preview says neither
     * password would be sent there and why, and after "send" both stay on the sheet with the reason, nothing is
     * mailed and nothing is audited as sent. The slips the sheet sends back for its PDF carry no address.
     */
    @Test
    void anAddressTwoPeopleShareKeepsBothOnTheSheet() {
        SchoolOfTwo.make(admin, SHARED_AREA, SHARED_EMAIL, SHARED_EMAIL);
        long area = count("select id from registry.area where code = '" + SHARED_AREA + "'");
        WebSession director = WebSession.signedIn(port, "dir" + SHARED_AREA, "director-" + SHARED_AREA + "-pw");
        String positions = "positions=SCHOOL_DIRECTOR&positions=GENERAL_OFFICER";

        String preview =
                director.get("/accounts/area?area=" + area + "&" + positions).body();
        assertThat(preview.split("o•••@example.org เป็นที่อยู่ของบุคคลหรือบัญชีอื่นด้วย", -1))
                .as("both marked as shared")
                .hasSize(3);

        var made = director.postForm(
                "/accounts/area?area=" + area, "/accounts/area", "area=" + area + "&" + positions + "&byChannel=true");
        assertThat(made.body())
                .contains("สร้างบัญชีแล้ว 2 บัญชี")
                .contains("มี 2 คนที่ยังอยู่ในใบแจ้งรหัสผ่านแม้มีอีเมล")
                .doesNotContain("id=\"batch-sent\"")
                .as("the page, and the slips its PDF form carries, never hold the whole address")
                .doesNotContain(SHARED_EMAIL)
                .contains("name=\"slips\"");
        assertThat(made.body().split("class=\"slip-password\"", -1)).hasSize(3);
        assertThat(count("select count(*) from notifications.delivery where address = '" + SHARED_EMAIL + "'"))
                .isZero();
        assertThat(count("""
                        select count(*) from platform.audit_event where action = 'SEND_FIRST_PASSWORD'
                        and entity_id in (select cast(id as text) from platform.app_user where username like '%s0001.%%')""".formatted(SHARED_AREA))).isZero();
    }

    private long copies(String table, String secret) {
        return jdbc.sql("select count(*) from " + table + " t where strpos(t::text, :s) > 0")
                .param("s", secret)
                .query(Long.class)
                .single();
    }

    private long areaWithASchoolOfTwo() {
        SchoolOfTwo.make(admin, AREA, EMAIL);
        return count("select id from registry.area where code = '" + AREA + "'");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
