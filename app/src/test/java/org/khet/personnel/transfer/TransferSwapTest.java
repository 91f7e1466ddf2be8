package org.khet.personnel.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.personnel.Enrolled;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A swap between two government teachers of different schools (area 7102): the partner is found by name or school
 * (with and without JavaScript), never the teacher themselves; a partner short of the minimum months is
 * refused; a second asked swap of the same people is refused; the group cannot approve before the partner and both
 * directors agree, nor can a stranger agree; once approved both are moved, each to the other's school, their time at
 * the school starting today; the swaps page shows it to the teacher.
 */
class TransferSwapTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void twoTeachersSwapOnceThePartnerAndBothDirectorsAgree() {
        TestArea area = TestArea.open(context, "7102");
        TransferSchools.schools(context, area, 2569);
        LocalDate today = OfficeTime.today(clock);
        long one = Enrolled.school(context, area, "0001");
        long two = Enrolled.school(context, area, "0002");
        long ann = TransferSchools.teacher(
                context, area, "01", "อัมพร", "0001", LocalDate.parse("2010-05-16"), today.minusMonths(40));
        long bee = TransferSchools.teacher(
                context, area, "02", "บุษบา", "0002", LocalDate.parse("2011-05-16"), today.minusMonths(24));
        long cee = TransferSchools.teacher(
                context, area, "03", "ชนิดา", "0003", LocalDate.parse("2012-05-16"), today.minusMonths(23));
        KhetUser annUser = area.account("ann.7102", Role.TEACHER, one);
        area.link(ann, "ann.7102");
        KhetUser beeUser = area.account("bee.7102", Role.TEACHER, two);
        area.link(bee, "bee.7102");
        KhetUser directorOne = area.account("d1.7102", Role.SCHOOL_DIRECTOR, one);
        KhetUser directorTwo = area.account("d2.7102", Role.SCHOOL_DIRECTOR, two);
        KhetUser stranger = area.account("d3.7102", Role.SCHOOL_DIRECTOR, Enrolled.school(context, area, "0003"));
        KhetUser group = area.account("personnel.7102", Role.AREA_STAFF, area.unit("PERSONNEL"));
        TransferSwaps swaps = context.getBean(TransferSwaps.class);

        // The partner is found by name or school: a plain GET answers without JavaScript, htmx gets the list alone.
        WebSession annPage = WebSession.signedIn(port, "ann.7102", TestArea.PASSWORD);
        assertThat(annPage.get(TransferSwapPages.PATH).body())
                .contains("พิมพ์ชื่อครูหรือชื่อโรงเรียน")
                .doesNotContain("บุษบา");
        assertThat(annPage.get(TransferSwapPages.PATH + "?q=" + encoded("บุษ")).body())
                .contains("value=\"" + bee + "\"")
                .doesNotContain("value=\"" + cee + "\"");
        String bySchool = annPage.get(TransferSwapPages.PATH + "/partners?q=" + encoded("ขาดครูสอง"))
                .body();
        assertThat(bySchool)
                .contains("ชนิดา ย้าย7102 · โรงเรียนขาดครูสอง")
                .doesNotContain("บุษบา")
                .doesNotContain("<html");
        assertThat(annPage.get(TransferSwapPages.PATH + "/partners?q=" + encoded("อัมพร"))
                        .body())
                .contains("ไม่พบข้าราชการครูโรงเรียนอื่น");
        assertThatThrownBy(() -> swaps.ask(cee, "", annUser))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("ชนิดา")
                .hasMessageContaining("23 เดือน");
        long id = swaps.ask(bee, "ใกล้บ้านทั้งสองคน", annUser);
        assertThatThrownBy(() -> swaps.ask(ann, "", beeUser))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("รอพิจารณา");
        assertThatThrownBy(() -> swaps.approve(id, group)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> swaps.agree(id, stranger)).isInstanceOf(ForbiddenException.class);
        swaps.agree(id, beeUser);
        swaps.agree(id, directorOne);
        assertThatThrownBy(() -> swaps.approve(id, group))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("ผู้อำนวยการทั้งสองโรงเรียน");
        swaps.agree(id, directorTwo);
        assertThatThrownBy(() -> swaps.approve(id, directorTwo)).isInstanceOf(ForbiddenException.class);
        swaps.approve(id, group);

        assertThat(schoolOf(ann)).isEqualTo(two);
        assertThat(schoolOf(bee)).isEqualTo(one);
        assertThat(jdbc.sql("select at_school_since from personnel.employment where person_id in (:a, :b)")
                        .param("a", ann)
                        .param("b", bee)
                        .query(LocalDate.class)
                        .list())
                .containsOnly(today);
        assertThat(jdbc.sql("select action from platform.audit_event where entity_type = 'transfer_swap'"
                                + " and entity_id = :id order by id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "TRANSFER_SWAP_ASKED",
                        "TRANSFER_SWAP_AGREED",
                        "TRANSFER_SWAP_AGREED",
                        "TRANSFER_SWAP_AGREED",
                        "TRANSFER_SWAP_APPROVED");
        String page = WebSession.signedIn(port, "ann.7102", TestArea.PASSWORD)
                .get(TransferSwapPages.PATH)
                .body();
        assertThat(page).contains("อนุมัติแล้ว").contains("บุษบา").contains("ใกล้บ้านทั้งสองคน");
    }

    private static String encoded(String q) {
        return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    private long schoolOf(long person) {
        return jdbc.sql("select school_id from registry.person where id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
    }
}
