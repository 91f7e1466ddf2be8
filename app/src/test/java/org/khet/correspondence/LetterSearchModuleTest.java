package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.ModuleTest;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Thai full-text search (area code 6640): Thai words found inside text written without spaces, every word required,
 * numbers and senders searchable, only an organisation's own letters, secret ones only for the director.
 */
@ModuleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterSearchModuleTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    LetterSearch search;

    @Autowired
    SchoolPrefixes prefixes;

    @Autowired
    Accounts accounts;

    private Organisation office;
    private Organisation school;
    private Organisation otherSchool;
    private KhetUser staff;

    @BeforeAll
    void letters() {
        TestArea area = TestArea.open(context, "6640");
        long one = area.school("0001", "โรงเรียนค้นหา");
        area.school("0002", "โรงเรียนไม่เกี่ยว");
        office = organisations.byCode("6640").orElseThrow();
        school = organisations.byId(area.id(), one);
        otherSchool = organisations.byCode("66400002").orElseThrow();
        long id = accounts.create(
                "search.6640",
                "ธุรการ",
                null,
                "module-test-search",
                List.of(new RoleGrant(Role.AREA_DIRECTOR, area.id(), null, null)));
        staff = accounts.signedIn(accounts.byId(id).orElseThrow());
        send("ขอเชิญประชุมผู้บริหารสถานศึกษา", "NONE", List.of("66400001", "66400002"));
        send("ส่งแบบรายงานนักเรียนพิการเรียนรวม", "NONE", List.of("66400001"));
        send("ขอเชิญประชุมครูวิชาการ", "NONE", List.of("66400001"));
        send("สอบข้อเท็จจริงการประชุม", "SECRET", List.of("66400001"));
    }

    @Test
    void aThaiWordIsFoundInsideTextWrittenWithoutSpacesAndEveryWordIsRequired() {
        assertThat(subjects(school, "ประชุม", false))
                .containsExactly("ขอเชิญประชุมครูวิชาการ", "ขอเชิญประชุมผู้บริหารสถานศึกษา");
        assertThat(subjects(school, "ประชุม ครู", false)).containsExactly("ขอเชิญประชุมครูวิชาการ");
        assertThat(subjects(school, "นักเรียนพิการ", false)).containsExactly("ส่งแบบรายงานนักเรียนพิการเรียนรวม");
        assertThat(subjects(school, "งบประมาณ", false)).isEmpty();
    }

    @Test
    void theStartOfAWordFindsTheLongerWordsItBeginsButOneOrTwoLettersStayExact() {
        assertThat(subjects(school, "ประชุ", false))
                .as("typed halfway")
                .containsExactly("ขอเชิญประชุมครูวิชาการ", "ขอเชิญประชุมผู้บริหารสถานศึกษา");
        assertThat(subjects(school, "วิชาก", false)).containsExactly("ขอเชิญประชุมครูวิชาการ");
        assertThat(subjects(school, "ผู้บริ สถานศึ", false)).containsExactly("ขอเชิญประชุมผู้บริหารสถานศึกษา");
        assertThat(subjects(school, "นักเรียนพิ", false)).containsExactly("ส่งแบบรายงานนักเรียนพิการเรียนรวม");
        assertThat(subjects(school, "ประชาสัมพันธ์", false))
                .as("a longer word is not a prefix")
                .isEmpty();
        assertThat(subjects(school, "ขอ ว", false))
                .as("one-letter words match whole words only")
                .isEmpty();
    }

    @Test
    void theNumberAndTheSenderAreSearchableToo() {
        assertThat(subjects(school, "ว 2", false)).isEmpty();
        assertThat(subjects(school, "06640/2", false)).containsExactly("ส่งแบบรายงานนักเรียนพิการเรียนรวม");
        assertThat(subjects(school, "สพป.ทดสอบ", false)).hasSize(3);
    }

    @Test
    void anOrganisationFindsOnlyItsOwnLettersAndSecretOnesOnlyWhenItsDirectorSearches() {
        assertThat(subjects(otherSchool, "ประชุม", false)).containsExactly("ขอเชิญประชุมผู้บริหารสถานศึกษา");
        assertThat(subjects(school, "ข้อเท็จจริง", false)).isEmpty();
        assertThat(subjects(school, "ข้อเท็จจริง", true)).containsExactly("สอบข้อเท็จจริงการประชุม");
        assertThat(search.find(office, new LetterSearch.Query("ประชุม", "RECEIVED", null, null, null, 1), true))
                .as("the office sent them; it received none")
                .isEmpty();
        assertThat(search.find(
                        office,
                        new LetterSearch.Query(
                                "ประชุม", "SENT", null, LocalDate.now().plusDays(1), null, 1),
                        true))
                .as("none sent from tomorrow on")
                .isEmpty();
    }

    private List<String> subjects(Organisation org, String words, boolean secrets) {
        return search.find(org, new LetterSearch.Query(words, null, null, null, null, 1), secrets).stream()
                .map(LetterSearch.Found::subject)
                .toList();
    }

    private void send(String subject, String secrecy, List<String> schools) {
        long id = letters.draft(
                office,
                new LetterDraft(
                        "EXTERNAL",
                        null,
                        subject,
                        "ตามที่แนบ",
                        null,
                        null,
                        secrecy,
                        false,
                        false,
                        false,
                        schools,
                        null,
                        null),
                staff);
        letters.send(id, staff);
    }
}
