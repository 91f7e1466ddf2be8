package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.TestClock;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.khet.shared.ConflictException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * Correspondence alone (with the platform, registry and notifications), on areas, schools and accounts it makes for
 * itself (area codes 66xx): numbering, sending, acknowledging, cancelling and secrecy.
 */
@ModuleTest
class CorrespondenceModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    Receipts receipts;

    @Autowired
    Registers registers;

    @Autowired
    Inbox inbox;

    @Autowired
    SchoolPrefixes prefixes;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCircularToAllSchoolsIsNumberedInItsOwnSeriesAndEachSchoolAcceptsItIntoItsReceiptRegister(
            AssertablePublishedEvents events) {
        Office office = office("6601", 3);
        long first = circular(office, "ประชุมผู้บริหารสถานศึกษา");
        Registers.Numbered n = letters.send(first, office.staff);
        long second = circular(office, "ส่งแผนปฏิบัติการ");
        Registers.Numbered n2 = letters.send(second, office.staff);

        assertThat(n.register()).isEqualTo(Register.CIRCULAR);
        assertThat(n.number()).isEqualTo("ศธ 06601/ว 1");
        assertThat(n2.number()).isEqualTo("ศธ 06601/ว 2");
        assertThat(n.year()).isEqualTo(LocalDate.now(clock).getYear() + 543);
        assertThat(events.ofType(LetterSent.class).matching(e -> e.letterId() == first))
                .extracting(LetterSent::deliveries)
                .containsExactly(3);

        Organisation school = office.schools.get(0);
        Inbox.Page page = inbox.page(school, 1, false);
        assertThat(page.items()).extracting(Inbox.Item::letterId).containsExactly(second, first);
        assertThat(page.unread()).isEqualTo(2);

        Delivery d = receipts.of(first, school, null);
        Registers.Numbered receipt = receipts.accept(d.id(), office.clerkOf(0));
        assertThat(receipt.register()).isEqualTo(Register.RECEIPT);
        assertThat(receipt.sequence()).isEqualTo(1);
        assertThat(receipts.accept(d.id(), office.clerkOf(0)))
                .as("accepting again answers the same number")
                .isEqualTo(receipt);
        assertThat(inbox.unread(school)).isEqualTo(1);
        List<Registers.Entry> rows = registers.rows(school, Register.RECEIPT, n.year());
        assertThat(rows).singleElement().satisfies(e -> {
            assertThat(e.letterNumber()).isEqualTo("ศธ 06601/ว 1");
            assertThat(e.fromName()).isEqualTo("สพป.ทดสอบ 6601");
            assertThat(e.subject()).isEqualTo("ประชุมผู้บริหารสถานศึกษา");
        });
        assertThat(registers.rows(office.org, Register.CIRCULAR, n.year()))
                .extracting(Registers.Entry::toName)
                .containsOnly("โรงเรียนในสังกัดทุกแห่ง (3 แห่ง)");
    }

    @Test
    void fiftyConcurrentSendingsTakeNumbersOneToFiftyWithoutGapOrRepeat() throws Exception {
        Office office = office("6602", 1);
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            drafts.add(letter(office, "EXTERNAL", false, "หนังสือที่ " + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Registers.Numbered>> sent = new ArrayList<>();
        for (long id : drafts) {
            Callable<Registers.Numbered> send = () -> {
                start.await();
                return letters.send(id, office.staff);
            };
            sent.add(pool.submit(send));
        }
        start.countDown();
        List<Integer> sequences = new ArrayList<>();
        for (Future<Registers.Numbered> f : sent) {
            sequences.add(f.get().sequence());
        }
        pool.shutdown();

        assertThat(sequences).containsExactlyInAnyOrderElementsOf(range(1, 50));
        assertThat(registers.rows(office.org, Register.DISPATCH, thisYear()))
                .extracting(Registers.Entry::sequence)
                .containsExactlyElementsOf(range(1, 50));
    }

    @Test
    void numbersRestartOnTheFirstOfJanuaryAndABackDatedRegistrationIsRefusedWithoutTakingANumber() {
        Office office = office("6603", 1);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime newYear = LocalDate.of(now.getYear() + 1, 1, 1).atTime(9, 0);
        clock.advance(Duration.between(now, newYear.minusDays(1)));
        Registers.Numbered lastOfYear = letters.send(letter(office, "EXTERNAL", false, "สิ้นปี"), office.staff);
        clock.advance(Duration.ofDays(1));
        Registers.Numbered firstOfYear = letters.send(letter(office, "EXTERNAL", false, "ต้นปี"), office.staff);

        assertThat(firstOfYear.year()).isEqualTo(lastOfYear.year() + 1);
        assertThat(firstOfYear.sequence()).isEqualTo(1);

        clock.advance(Duration.ofDays(1));
        Registers.Numbered second = letters.send(letter(office, "EXTERNAL", false, "2 มกราคม"), office.staff);
        clock.advance(Duration.ofDays(-1));
        long backDated = letter(office, "EXTERNAL", false, "ย้อนหลัง");
        assertThatThrownBy(() -> letters.send(backDated, office.staff))
                .as("the register already has a row of 2 January")
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("ย้อนหลัง");
        clock.advance(Duration.ofDays(1));
        Registers.Numbered next = letters.send(backDated, office.staff);

        assertThat(List.of(second.sequence(), next.sequence()))
                .as("the refused registration gave its number back")
                .containsExactly(2, 3);
        assertThat(letters.byId(backDated).orElseThrow().number()).isEqualTo("ศธ 06603/3");
    }

    @Test
    void aCancelledNumberStaysInTheRegisterWithItsReasonAndIsNeverGivenAgain() {
        Office office = office("6604", 1);
        Registers.Numbered n = letters.send(letter(office, "EXTERNAL", false, "ผิดพลาด"), office.staff);
        assertThatThrownBy(() -> registers.cancel(office.org, n.entryId(), " ", office.staff))
                .isInstanceOf(RejectedException.class);
        registers.cancel(office.org, n.entryId(), "ออกเลขซ้ำกับฉบับที่ส่งด้วยมือ", office.staff);
        assertThatThrownBy(() -> registers.cancel(office.org, n.entryId(), "อีกครั้ง", office.staff))
                .isInstanceOf(ConflictException.class);
        Registers.Numbered next = letters.send(letter(office, "EXTERNAL", false, "ฉบับใหม่"), office.staff);

        List<Registers.Entry> rows = registers.rows(office.org, Register.DISPATCH, n.year());
        assertThat(rows).extracting(Registers.Entry::status).containsExactly("CANCELLED", "REGISTERED");
        assertThat(rows.get(0).cancelledReason()).isEqualTo("ออกเลขซ้ำกับฉบับที่ส่งด้วยมือ");
        assertThat(next.sequence()).isEqualTo(2);
    }

    @Test
    void aRejectedLetterGoesBackWithItsReasonAndIsAcceptedWhenSentAgain() {
        Office office = office("6605", 2);
        long id = letter(office, "EXTERNAL", false, "ขอข้อมูลนักเรียน");
        letters.send(id, office.staff);
        Organisation school = office.schools.get(1);
        Delivery d = receipts.of(id, school, null);

        assertThatThrownBy(() -> receipts.reject(d.id(), "", false, office.clerkOf(1)))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> receipts.reject(d.id(), "ไม่ใช่ของเรา", false, office.clerkOf(0)))
                .as("a clerk of another school")
                .isInstanceOf(org.khet.shared.ForbiddenException.class);
        receipts.reject(d.id(), "เอกสารแนบอ่านไม่ได้", true, office.clerkOf(1));
        assertThat(receipts.of(id, school, null).reason()).isEqualTo("เอกสารแนบอ่านไม่ได้");
        assertThat(receipts.of(id, school, null).state())
                .as("an unreadable document is invalid, as e-CMS says")
                .isEqualTo(DeliveryState.INVALID);
        assertThatThrownBy(() -> receipts.accept(d.id(), office.clerkOf(1))).isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> receipts.resend(id + 1, d.id(), office.staff))
                .as("a delivery of another letter")
                .isInstanceOf(org.khet.shared.NotFoundException.class);
        receipts.resend(id, d.id(), office.staff);
        assertThat(receipts.of(id, school, null).state()).isEqualTo(DeliveryState.NEW);
        assertThat(receipts.accept(d.id(), office.clerkOf(1)).sequence()).isEqualTo(1);
        assertThat(registers.rows(school, Register.RECEIPT, thisYear())).hasSize(1);
    }

    @Test
    void aSendingThatCannotGoChangesNothing() {
        Office office = office("6606", 1);
        long topSecret = letters.draft(office.org, draft("EXTERNAL", "ลับที่สุด", "TOP_SECRET", true), office.staff);
        assertThatThrownBy(() -> letters.send(topSecret, office.staff)).isInstanceOf(RejectedException.class);
        long toNobody = letters.draft(office.org, draft("EXTERNAL", "ไม่มีผู้รับ", "NONE", false), office.staff);
        assertThatThrownBy(() -> letters.send(toNobody, office.staff)).isInstanceOf(RejectedException.class);
        Organisation school = office.schools.get(0);
        KhetUser clerk = office.clerkOf(0);
        jdbc.sql("delete from correspondence.school_prefix where school_id = :s")
                .param("s", school.schoolId())
                .update();
        long fromSchool = letters.draft(
                organisations.byId(school.areaId(), school.schoolId()),
                new LetterDraft("EXTERNAL", null, "ถึงเขต", "", null, null, null, false, true, false, null, null, null),
                clerk);
        assertThatThrownBy(() -> letters.send(fromSchool, clerk))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("รหัสหนังสือ");

        assertThat(jdbc.sql("select count(*) from correspondence.register_entry where area_id = :a")
                        .param("a", office.org.areaId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from correspondence.delivery where area_id = :a")
                        .param("a", office.org.areaId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDraftWithMistakesIsRefusedFieldByField() {
        Office office = office("6607", 1);
        LetterDraft bad = new LetterDraft(
                "LETTER",
                "ORDER",
                " ",
                "",
                "SOON",
                null,
                "HIDDEN",
                false,
                false,
                false,
                List.of("99999999"),
                List.of(-1L),
                List.of("NOPE"));
        assertThatThrownBy(() -> letters.draft(office.org, bad, office.staff))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(org.khet.shared.FieldError::field)
                        .containsExactlyInAnyOrder(
                                "kind", "subject", "urgency", "secrecy", "to.schools", "to.networks", "to.units"));
        assertThat(jdbc.sql("select count(*) from correspondence.letter where area_id = :a")
                        .param("a", office.org.areaId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSecretLetterShowsItsSubjectOnlyToTheDirectorAndEveryReadIsLogged() {
        Office office = office("6608", 1);
        long id = letters.draft(office.org, draft("EXTERNAL", "สอบข้อเท็จจริงครู", "SECRET", true), office.staff);
        letters.send(id, office.staff);
        Organisation school = office.schools.get(0);
        KhetUser director =
                account("director.6608", new RoleGrant(Role.SCHOOL_DIRECTOR, school.areaId(), null, school.schoolId()));
        LetterReading reading = context.getBean(LetterReading.class);

        assertThat(inbox.page(school, 1, false).items())
                .extracting(Inbox.Item::subject)
                .containsOnlyNulls();
        assertThat(reading.read(id, school.code(), office.clerkOf(0)).seesText())
                .isFalse();
        assertThat(reading.read(id, school.code(), director).seesText()).isTrue();
        assertThat(jdbc.sql("""
                        select count(*) from platform.audit_event
                        where entity_type = 'letter' and entity_id = :id and action = 'VIEW'""")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    // --- an area office with its schools, their clerks and prefixes

    private final class Office {
        final Organisation org;
        final KhetUser staff;
        final List<Organisation> schools = new ArrayList<>();
        final List<KhetUser> clerks = new ArrayList<>();

        Office(TestArea area, int schoolCount) {
            org = organisations.byCode(area.code()).orElseThrow();
            staff = account("staff." + area.code(), new RoleGrant(Role.AREA_DIRECTOR, area.id(), null, null));
            for (int i = 1; i <= schoolCount; i++) {
                long id = area.school("000" + i, "โรงเรียนทดสอบ " + area.code() + "-" + i);
                Organisation school = organisations.byId(area.id(), id);
                KhetUser clerk =
                        account("clerk" + i + "." + area.code(), new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, id));
                prefixes.set(school, "ศธ 0" + area.code() + "." + i, staff);
                schools.add(organisations.byId(area.id(), id));
                clerks.add(clerk);
            }
        }

        KhetUser clerkOf(int i) {
            return clerks.get(i);
        }
    }

    private Office office(String code, int schools) {
        return new Office(TestArea.open(context, code), schools);
    }

    private long circular(Office office, String subject) {
        return letter(office, "EXTERNAL", true, subject);
    }

    private long letter(Office office, String kind, boolean circular, String subject) {
        return letters.draft(
                office.org,
                new LetterDraft(
                        kind, null, subject, "ข้อความ", null, null, null, circular, false, true, null, null, null),
                office.staff);
    }

    private static LetterDraft draft(String kind, String subject, String secrecy, boolean toAll) {
        return new LetterDraft(kind, null, subject, "", null, null, secrecy, false, false, toAll, null, null, null);
    }

    private KhetUser account(String username, RoleGrant grant) {
        long id = accounts.create(username, username, null, "module-test-" + username, List.of(grant));
        return accounts.signedIn(accounts.byId(id).orElseThrow());
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear() + 543;
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }
}
