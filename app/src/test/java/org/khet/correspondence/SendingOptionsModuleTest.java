package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sending beyond schools, networks and units (area codes 6660–6669): by size class, to saved groups as they are on
 * the sending day, to named people (their organisation's delivery, marked for them), to addressees outside Khet
 * (registered, no delivery, dispatch recorded later); a draft changed only at the version last read, deleted only
 * while a draft; a reply linked to the letter it answers, whose handling it closes.
 */
@ModuleTest
class SendingOptionsModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    DraftEditing editing;

    @Autowired
    RecipientGroups groups;

    @Autowired
    ExternalDispatch external;

    @Autowired
    Replies replies;

    @Autowired
    Receipts receipts;

    @Autowired
    Handling handling;

    @Autowired
    Registers registers;

    @Autowired
    SchoolPrefixes prefixes;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void schoolsOfTheChosenSizeClassesAreDeliveredToInOneSending() {
        Office office = new Office("6660", 120, 120, 300, 1000);

        long medium = letters.draft(office.org, to(List.of(), List.of(2), List.of(), List.of(), null), office.staff);
        long smallAndLarge =
                letters.draft(office.org, to(List.of(), List.of(1, 3), List.of(), List.of(), null), office.staff);
        letters.send(medium, office.staff);
        letters.send(smallAndLarge, office.staff);

        assertThat(deliveredTo(medium)).containsExactly(office.schools.get(2).schoolId());
        assertThat(deliveredTo(smallAndLarge))
                .containsExactlyInAnyOrder(
                        office.schools.get(0).schoolId(),
                        office.schools.get(1).schoolId(),
                        office.schools.get(3).schoolId());
        long before = letterCount(office);
        assertThatThrownBy(() ->
                        letters.draft(office.org, to(List.of(), List.of(9), List.of(), List.of(), null), office.staff))
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(fields(e)).containsExactly("to.sizes"));
        assertThat(letterCount(office)).isEqualTo(before);
    }

    @Test
    void aSavedGroupReachesItsMembersAsTheyAreOnTheSendingDay() {
        Office office = new Office("6661", 120, 300, 300);
        long group = groups.create(
                office.org, "โรงเรียนขนาดเล็ก", to(List.of(), List.of(1), List.of(), List.of(), null), office.staff);
        groups.rename(office.org, group, "โรงเรียนขนาดเล็กทั้งหมด", office.staff);
        long draft = letters.draft(
                office.org,
                to(List.of(office.schools.get(1).code()), List.of(), List.of(group), List.of(), null),
                office.staff);
        long opened = office.area.school("0009", "โรงเรียนเปิดใหม่ 6661", 80);

        letters.send(draft, office.staff);

        assertThat(deliveredTo(draft))
                .containsExactlyInAnyOrder(
                        office.schools.get(0).schoolId(), office.schools.get(1).schoolId(), opened);
        assertThat(groups.of(office.org))
                .extracting(RecipientGroups.Group::name)
                .containsExactly("โรงเรียนขนาดเล็กทั้งหมด");

        Office other = new Office("6662", 120);
        assertThatThrownBy(() -> letters.draft(
                        other.org, to(List.of(), List.of(), List.of(group), List.of(), null), other.staff))
                .as("another organisation's group is unknown to it")
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(fields(e)).containsExactly("to.groups"));
        long later = letters.draft(office.org, to(List.of(), List.of(), List.of(group), List.of(), null), office.staff);
        groups.delete(office.org, group, office.staff);
        assertThatThrownBy(() -> letters.send(later, office.staff))
                .as("a group deleted after the letter was written is refused when sending, nothing sent")
                .isInstanceOf(RejectedException.class);
        assertThat(letters.byId(later).orElseThrow().draft()).isTrue();
    }

    @Test
    void peopleGetTheLetterAtTheirOrganisationMarkedForThemOnceEach() {
        Office office = new Office("6663", 120, 120);
        long teacher = office.area.person(
                "666300000011",
                "สมศรี",
                "ครูดี",
                "TEACHER",
                office.schools.get(0).schoolId());
        long director = office.area.person(
                "666300000021",
                "สมหมาย",
                "ผู้บริหาร",
                "SCHOOL_DIRECTOR",
                office.schools.get(0).schoolId());
        long teacherAccount = accounts.create(
                "teacher.6663",
                "สมศรี ครูดี",
                "teacher.6663@school.test",
                "module-test-teacher.6663",
                List.of(new RoleGrant(
                        Role.TEACHER,
                        office.area.id(),
                        null,
                        office.schools.get(0).schoolId())));
        office.area.link(teacher, "teacher.6663");
        long head = office.area.unitPerson("666300000031", "สมชาย", "หัวหน้า", "GROUP_HEAD", office.area.unit());
        long letter = letters.draft(
                office.org,
                to(List.of(office.schools.get(0).code()), List.of(), List.of(), List.of(teacher, director, head), null),
                office.staff);

        letters.send(letter, office.staff);

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(jdbc.sql("select count(*) from notifications.delivery where account_id = :a")
                                        .param("a", teacherAccount)
                                        .query(Long.class)
                                        .single())
                                .as("the teacher is told the letter is for her")
                                .isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from correspondence.delivery where letter_id = :id")
                        .param("id", letter)
                        .query(Integer.class)
                        .single())
                .as("the school once (addressed itself and through two of its people) and the head's unit")
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from correspondence.delivery_person dp
                        join correspondence.delivery d on d.id = dp.delivery_id where d.letter_id = :id""").param("id", letter).query(Integer.class).single())
                .isEqualTo(3);
        Delivery atSchool = receipts.of(letter, office.schools.get(0), null);
        assertThat(receipts.accept(atSchool.id(), office.clerks.get(0)).register())
                .isEqualTo(Register.RECEIPT);

        Office elsewhere = new Office("6664", 120);
        long stranger = elsewhere.area.person(
                "666400000011",
                "สมปอง",
                "ต่างเขต",
                "TEACHER",
                elsewhere.schools.get(0).schoolId());
        assertThatThrownBy(() -> letters.draft(
                        office.org, to(List.of(), List.of(), List.of(), List.of(stranger), null), office.staff))
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(fields(e)).containsExactly("to.people"));
    }

    @Test
    void anExternalLetterIsRegisteredWithTheTypedNameAndItsDispatchRecordedAfterwards() {
        Office office = new Office("6665", 1);
        long letter = letters.draft(
                office.org,
                to(
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        new ExternalDispatch.Typed("โรงพยาบาลประจำจังหวัด", "post", "", null)),
                office.staff);

        Registers.Numbered n = letters.send(letter, office.staff);

        assertThat(deliveredTo(letter)).isEmpty();
        assertThat(n.register()).isEqualTo(Register.DISPATCH);
        Letter sent = letters.byId(letter).orElseThrow();
        external.record(sent, office.org, 1, "EB123456789TH", registers.today(), office.staff);
        assertThat(external.of(letter)).singleElement().satisfies(k -> {
            assertThat(k.via()).isEqualTo(ExternalDispatch.Via.POST);
            assertThat(k.detail()).isEqualTo("EB123456789TH");
            assertThat(k.wentOn()).isEqualTo(registers.today());
        });
        assertThat(registers.rows(office.org, Register.DISPATCH, n.year()))
                .filteredOn(e -> e.sequence() == n.sequence())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.toName()).isEqualTo("โรงพยาบาลประจำจังหวัด");
                    assertThat(e.remarks()).contains("ไปรษณีย์", "EB123456789TH");
                });

        assertThatThrownBy(() -> letters.draft(
                        office.org,
                        to(
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                new ExternalDispatch.Typed("กระทรวง", "FAX", "", null)),
                        office.staff))
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(fields(e)).containsExactly("to.external"));
    }

    @Test
    void aDraftIsChangedOnlyAtTheVersionLastReadAndDeletedOnlyWhileADraft() {
        Office office = new Office("6666", 2);
        long draft = letters.draft(office.org, toAll("ร่างแรก"), office.staff);
        int version = letters.byId(draft).orElseThrow().version();

        int next = editing.change(draft, version, toAll("ร่างที่แก้แล้ว"), office.staff);

        assertThat(letters.byId(draft).orElseThrow().subject()).isEqualTo("ร่างที่แก้แล้ว");
        assertThatThrownBy(() -> editing.change(draft, version, toAll("แก้ทับ"), office.staff))
                .isInstanceOf(ConflictException.class);
        assertThat(letters.byId(draft).orElseThrow().version()).isEqualTo(next);
        assertThatThrownBy(() -> editing.change(draft, next, toAll(""), office.staff))
                .as("a change is checked as a new letter is")
                .isInstanceOf(RejectedException.class);

        letters.send(draft, office.staff);
        assertThatThrownBy(() -> editing.delete(draft, office.staff)).isInstanceOf(ConflictException.class);
        long other = letters.draft(office.org, toAll("ร่างที่จะลบ"), office.staff);
        LetterFiles.Attachment scan = context.getBean(LetterFiles.class)
                .attach(
                        other,
                        "แนบ.pdf",
                        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        office.staff);
        String key = jdbc.sql("select stored_key from correspondence.attachment where id = :id")
                .param("id", scan.id())
                .query(String.class)
                .single();
        org.khet.platform.FileStore store = context.getBean(org.khet.platform.FileStore.class);
        assertThat(store.unchanged(LetterFiles.MODULE, key, scan.sha256())).isTrue();
        editing.delete(other, office.staff);
        assertThat(letters.byId(other)).isEmpty();
        assertThat(store.unchanged(LetterFiles.MODULE, key, scan.sha256()))
                .as("its file is gone from the store too")
                .isFalse();
        assertThat(letters.byId(draft)).isPresent();
    }

    @Test
    void aReplyIsLinkedToTheLetterItAnswersAndClosesItsHandling() {
        Office office = new Office("6667", 120, 120);
        Organisation school = office.schools.get(0);
        long original = letters.draft(office.org, toAll("ขอข้อมูลนักเรียน"), office.staff);
        letters.send(original, office.staff);
        receipts.accept(receipts.of(original, school, null).id(), office.clerks.get(0));
        LetterDraft answer = replyToOffice("ส่งข้อมูลตามที่ขอ", original);

        long reply = letters.draft(school, answer, office.clerks.get(0));
        letters.send(reply, office.clerks.get(0));

        assertThat(replies.original(reply)).contains(original);
        assertThat(replies.to(original, office.org, true))
                .extracting(Replies.Reply::id)
                .containsExactly(reply);
        Delivery d = receipts.of(original, school, null);
        assertThat(handling.steps(d.id())).extracting(Handling.Step::kind).containsExactly("DONE");
        assertThat(handling.holding(d.id())).isEmpty();
        long unrelated = letters.draft(office.org, toAll("ไม่ได้ส่งถึงโรงเรียน"), office.staff);
        LetterDraft wrong = replyToOffice("ตอบ", unrelated);
        assertThatThrownBy(() -> letters.draft(school, wrong, office.clerks.get(0)))
                .isInstanceOfSatisfying(
                        RejectedException.class, e -> assertThat(fields(e)).containsExactly("replyTo"));
    }

    private LetterDraft to(
            List<String> schools,
            List<Integer> sizes,
            List<Long> groupIds,
            List<Long> people,
            ExternalDispatch.Typed outside) {
        return new LetterDraft(
                "EXTERNAL",
                null,
                "หนังสือทดสอบการส่ง",
                "ข้อความ",
                null,
                null,
                null,
                false,
                false,
                false,
                schools,
                null,
                null,
                sizes,
                groupIds,
                people,
                outside == null ? null : List.of(outside),
                null);
    }

    /** A school's letter to the office answering letter {@code original}. */
    private static LetterDraft replyToOffice(String body, long original) {
        return new LetterDraft(
                "EXTERNAL",
                null,
                "ขอข้อมูลนักเรียน",
                body,
                null,
                null,
                null,
                false,
                true,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                original);
    }

    private static LetterDraft toAll(String subject) {
        return new LetterDraft(
                "EXTERNAL", null, subject, "ข้อความ", null, null, null, false, false, true, null, null, null);
    }

    private List<Long> deliveredTo(long letter) {
        return jdbc.sql("select school_id from correspondence.delivery where letter_id = :id order by school_id")
                .param("id", letter)
                .query(Long.class)
                .list();
    }

    private long letterCount(Office office) {
        return jdbc.sql("select count(*) from correspondence.letter where area_id = :a")
                .param("a", office.org.areaId())
                .query(Long.class)
                .single();
    }

    private static List<String> fields(RejectedException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private final class Office {
        final TestArea area;
        final Organisation org;
        final KhetUser staff;
        final List<Organisation> schools = new ArrayList<>();
        final List<KhetUser> clerks = new ArrayList<>();

        Office(String code, int... students) {
            area = TestArea.open(context, code);
            org = organisations.byCode(code).orElseThrow();
            staff = account("staff." + code, new RoleGrant(Role.AREA_DIRECTOR, area.id(), null, null));
            for (int i = 0; i < students.length; i++) {
                long id = area.school("000" + (i + 1), "โรงเรียนทดสอบ " + code + "-" + (i + 1), students[i]);
                Organisation school = organisations.byId(area.id(), id);
                prefixes.set(school, "ศธ 0" + code + "." + (i + 1), staff);
                schools.add(organisations.byId(area.id(), id));
                clerks.add(
                        account("clerk" + (i + 1) + "." + code, new RoleGrant(Role.SCHOOL_CLERK, area.id(), null, id)));
            }
        }
    }

    private KhetUser account(String username, RoleGrant grant) {
        long id = accounts.create(username, username, null, "module-test-" + username, List.of(grant));
        return accounts.signedIn(accounts.byId(id).orElseThrow());
    }
}
