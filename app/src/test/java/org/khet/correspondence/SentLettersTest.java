package org.khet.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.ModuleTest;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The "sent" and "drafts" lists of the correspondence pages, on an area of their own (6702): each sent letter with
 * its recipients counted by state, and a secret letter's subject only for its writer and the director.
 */
@ModuleTest
class SentLettersTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Letters letters;

    @Autowired
    Receipts receipts;

    @Autowired
    SentLetters sentLetters;

    @Test
    void sentLettersCountTheirRecipientsByStateAndHideSecretSubjectsFromOtherStaff() {
        TestArea area = TestArea.open(context, "6702");
        long first = area.school("0001", "โรงเรียนทดสอบ 6702-1");
        long second = area.school("0002", "โรงเรียนทดสอบ 6702-2");
        long third = area.school("0003", "โรงเรียนทดสอบ 6702-3");
        KhetUser writer = area.account("writer.6702", Role.AREA_STAFF, area.unit());
        KhetUser colleague = area.account("colleague.6702", Role.AREA_STAFF, area.unit());
        KhetUser director = area.account("director.6702", Role.AREA_DIRECTOR, null);
        KhetUser clerk1 = area.account("clerk1.6702", Role.SCHOOL_CLERK, first);
        KhetUser clerk2 = area.account("clerk2.6702", Role.SCHOOL_CLERK, second);
        Organisation office = organisations.byCode("6702").orElseThrow();

        long open = letters.draft(office, toAll("ส่งแผนปฏิบัติการ", "NONE"), writer);
        letters.send(open, writer);
        long secret = letters.draft(office, toAll("สอบข้อเท็จจริง", "SECRET"), writer);
        letters.send(secret, writer);
        long draft = letters.draft(office, toAll("ร่างประกาศ", "NONE"), writer);
        receipts.accept(
                receipts.of(open, organisations.byId(area.id(), first), null).id(), clerk1);
        receipts.reject(
                receipts.of(open, organisations.byId(area.id(), second), null).id(),
                "ไม่ใช่ของโรงเรียนนี้",
                false,
                clerk2);
        assertThat(third).isPositive();

        List<SentLetters.Item> seenByColleague =
                sentLetters.sent(office, 1, colleague).items();
        assertThat(seenByColleague).extracting(SentLetters.Item::id).containsExactly(secret, open);
        assertThat(seenByColleague).extracting(SentLetters.Item::subject).containsExactly(null, "ส่งแผนปฏิบัติการ");
        assertThat(seenByColleague.get(1))
                .extracting(SentLetters.Item::accepted, SentLetters.Item::rejected, SentLetters.Item::waiting)
                .containsExactly(1L, 1L, 1L);
        assertThat(seenByColleague.get(0).waiting()).isEqualTo(3);
        assertThat(sentLetters.sent(office, 1, writer).items().get(0).subject()).isEqualTo("สอบข้อเท็จจริง");
        assertThat(sentLetters.sent(office, 1, director).items().get(0).subject())
                .isEqualTo("สอบข้อเท็จจริง");
        assertThat(sentLetters.drafts(office, colleague))
                .extracting(SentLetters.Item::id, SentLetters.Item::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(draft, "ร่างประกาศ"));
    }

    private static LetterDraft toAll(String subject, String secrecy) {
        return new LetterDraft(
                "EXTERNAL", null, subject, "", null, null, secrecy, false, false, true, null, null, null);
    }
}
