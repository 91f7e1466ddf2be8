package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.IntegrationTest;
import org.khet.TestPeers;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Named complainants and officers hear of steps by e-mail and SMS, through the notifications outbox to a real SMTP
 * server and HTTP gateway; delivery is asynchronous, so each check awaits it. On an area of its own (6510) with its
 * own legal officer, officer and unit head.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationTest extends IntegrationTest {

    @Autowired
    Complaints complaints;

    @Autowired
    CaseSteps steps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private static final String AREA = "6510";
    private TestArea area;
    private KhetUser legal;
    private long unit;
    private KhetUser officer;

    @BeforeAll
    void openArea() {
        area = TestArea.open(context, AREA);
        legal = area.account("legal.6510", "legal.notify.6510@example.org", Role.LEGAL_OFFICER, null);
        unit = area.unit();
        officer = area.account("officer.6510", "officer.notify.6510@example.org", Role.AREA_STAFF, unit);
    }

    @Test
    void theComplainantAndTheOfficerAreToldOfEachStep() throws Exception {
        String email = "parent.notify@example.org";
        var receipt = complaints.file(
                new Complaints.NewComplaint(
                        AREA,
                        "HELP",
                        "ขอย้ายโรงเรียน",
                        "รายละเอียดส่วนตัวที่ไม่ควรอยู่ในอีเมล",
                        false,
                        "นางทดสอบ แจ้งเตือน",
                        "0812223333",
                        email,
                        List.of("EMAIL", "SMS"),
                        null,
                        null),
                Channel.WEB);
        MimeMessage received = awaitMailTo(email, 1);
        assertThat(received.getSubject()).contains(receipt.trackingCode()).contains("รับเรื่องแล้ว");
        String body = (String) received.getContent();
        assertThat(body)
                .contains(receipt.trackingCode())
                .contains("/public/complaints/track")
                .doesNotContain("รายละเอียดส่วนตัว");
        awaitSms(receipt.trackingCode(), "0812223333");

        long id = jdbc.sql("select id from complaints.complaint where tracking_code = :c")
                .param("c", receipt.trackingCode())
                .query(Long.class)
                .single();
        steps.accept(id, cases.read(id, legal).version(), ComplaintCase.Notes.NONE, legal);
        assertThat(awaitMailTo(email, 2).getSubject()).contains("รับไว้พิจารณา");

        String officerMail = "officer.notify.6510@example.org";
        steps.assign(
                id, cases.read(id, legal).version(), unit, officer.id(), new ComplaintCase.Notes(null, "ภายใน"), legal);
        MimeMessage toOfficer = awaitMailTo(officerMail, 1);
        assertThat(toOfficer.getSubject()).contains(receipt.trackingCode()).contains("มอบหมาย");
        assertThat((String) toOfficer.getContent()).contains("/complaints/" + id);
    }

    @Autowired
    Escalations escalations;

    @Autowired
    Cases cases;

    @Test
    void theLegalOfficersHearOfAnOverdueCase() throws Exception {
        var receipt = complaints.file(
                new Complaints.NewComplaint(
                        AREA, "OTHER", "รอนาน", "ยังไม่มีใครตอบ", true, null, null, null, List.of(), null, null),
                Channel.WEB);
        jdbc.sql("update complaints.complaint set due_on = current_date - 1 where tracking_code = :c")
                .param("c", receipt.trackingCode())
                .update();
        String legalMail = "legal.notify.6510@example.org";
        escalations.runNow();
        assertThat(jdbc.sql("select escalation from complaints.complaint where tracking_code = :c")
                        .param("c", receipt.trackingCode())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        awaitMailAbout(legalMail, receipt.trackingCode());
    }

    @Autowired
    org.khet.registry.PersonAccounts personAccounts;

    @Test
    void theHeadOfTheAssignedUnitHearsOfAnOverdueCaseButNotOfOneAboutThemselves() throws Exception {
        String headMail = "head.unit.6510@example.org";
        area.account("head.unit.6510", headMail, Role.AREA_STAFF, unit);
        long head = area.unitPerson("651000000001", "หัวหน้า", "กลุ่มทดสอบ", "GROUP_HEAD", unit);
        personAccounts.link(head, "head.unit.6510", area.admin());

        var late = complaints.file(
                new Complaints.NewComplaint(
                        AREA,
                        "HELP",
                        "ขอเอกสารช้า",
                        "รอหนังสือรับรองนาน",
                        true,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        null),
                Channel.WEB);
        long id = assigned(late.trackingCode(), unit, officer.id(), legal);
        // A second overdue case is about the head: they must not hear of it.
        var aboutHead = complaints.file(
                new Complaints.NewComplaint(
                        AREA,
                        "STAFF_CONDUCT",
                        "หัวหน้ากลุ่มไม่ลงนาม",
                        "ไม่ลงนาม",
                        true,
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        null),
                Channel.WEB);
        long other = assigned(aboutHead.trackingCode(), unit, officer.id(), legal);
        jdbc.sql("update complaints.complaint set subject_person_id = :p where id = :id")
                .param("p", head)
                .param("id", other)
                .update();
        jdbc.sql("update complaints.complaint set due_on = current_date - 1 where id in (:a, :b)")
                .param("a", id)
                .param("b", other)
                .update();
        escalations.runNow();
        awaitMailAbout(headMail, late.trackingCode());
        assertThat(Arrays.stream(TestPeers.mail().getReceivedMessages()))
                .noneMatch(m -> recipients(m).contains(headMail) && subject(m).contains(aboutHead.trackingCode()));
    }

    private long assigned(String code, long unit, long officer, KhetUser legal) {
        long id = jdbc.sql("select id from complaints.complaint where tracking_code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
        steps.accept(id, cases.read(id, legal).version(), ComplaintCase.Notes.NONE, legal);
        steps.assign(id, cases.read(id, legal).version(), unit, officer, ComplaintCase.Notes.NONE, legal);
        return id;
    }

    private static void awaitMailAbout(String address, String code) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                        Arrays.stream(TestPeers.mail().getReceivedMessages()))
                .anyMatch(m -> recipients(m).contains(address) && subject(m).contains(code)));
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    @Test
    void anAnonymousComplainantIsNeverReached() throws Exception {
        int before = TestPeers.mail().getReceivedMessages().length;
        var receipt = complaints.file(
                new Complaints.NewComplaint(
                        AREA,
                        "TIP_OFF",
                        "เงียบ",
                        "ไม่ระบุตัวตน",
                        true,
                        "ชื่อ",
                        "0899999999",
                        "anonymous.notify@example.org",
                        List.of("EMAIL", "SMS"),
                        null,
                        null),
                Channel.WEB);
        long id = jdbc.sql("select id from complaints.complaint where tracking_code = :c")
                .param("c", receipt.trackingCode())
                .query(Long.class)
                .single();
        // An anonymous filing publishes no event at all (its moment would be kept), so nothing can reach them later.
        assertThat(publications(id)).isZero();
        assertThat(Arrays.stream(TestPeers.mail().getReceivedMessages()).skip(before))
                .noneMatch(m -> recipients(m).contains("anonymous.notify@example.org"));
        assertThat(TestPeers.sms()).noneMatch(s -> s.contains(receipt.trackingCode()));
    }

    /** The events published about this case, whether or not their listeners have run. */
    private long publications(long complaintId) {
        return jdbc.sql("""
                        select count(*) from platform.event_publication
                        where event_type like 'org.khet.complaints.CaseEvent$%' and serialized_event ~ :id""")
                .param("id", "\"complaint_?[iI]d\":" + complaintId + "[,}]")
                .query(Long.class)
                .single();
    }

    private static MimeMessage awaitMailTo(String address, int count) {
        return await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> Arrays.stream(TestPeers.mail().getReceivedMessages())
                                .filter(m -> recipients(m).contains(address))
                                .toList(),
                        mine -> mine.size() >= count)
                .get(count - 1);
    }

    private static void awaitSms(String code, String phone) {
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(TestPeers.sms()).anyMatch(s -> s.contains(code) && s.contains(phone)));
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
