package org.khet.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.AdminApiTest;
import org.khet.WebSession;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Accounts from a CSV: any bad row refuses the whole file with every row's reasons; a good file makes them all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountFileTest extends AdminApiTest {

    private static final String HEADER = "username,display_name,email,role,area_code,unit_code,school_code\n";
    private static final String PASSWORD = "account-file-test-password";

    @Autowired
    ApplicationContext context;

    /** Area 6403 with schools 64030006 and 64030007 and its director, who makes the accounts. */
    @BeforeAll
    void ownArea() {
        TestArea area = TestArea.open(context, "6403");
        area.school("0006", "โรงเรียนบ้านบัญชีจากไฟล์");
        area.school("0007", "โรงเรียนบ้านบัญชีไฟล์ดี");
        area.account("director.6403", PASSWORD, area.areaRole(Role.AREA_DIRECTOR));
    }

    @Test
    void aFileWithBadRowsMakesNothingAndSaysWhyForEachRow() {
        WebSession director = WebSession.signedIn(port, "director.6403", PASSWORD);
        String file = HEADER
                + "csv.good1,ครูดี หนึ่ง,,TEACHER,,,64030006\n"
                + "csv.bad2,ครูเสีย สอง,,TEACHER,,,99999999\n"
                + "csv.bad3,เจ้าหน้าที่ สาม,,AREA_STAFF,6403,,\n"
                + "csv.good1,ครูซ้ำ สี่,,TEACHER,,,64030006\n"
                + "director.6403,ชื่อซ้ำ ห้า,,TEACHER,,,64030006\n"
                + "csv.bad6,ผู้ดูแล หก,,SYSTEM_ADMIN,,,\n";

        var answer = director.postFile(
                "/accounts/area", "/accounts/file", "accounts.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.body())
                .contains("ไม่มีข้อมูลใดถูกบันทึก")
                .contains("ไม่พบโรงเรียนรหัส 99999999")
                .contains("area_code และ unit_code")
                .contains("คุณให้บทบาทนี้ที่นี่ไม่ได้");
        assertThat(count("csv.%")).isZero();

        var second = director.postFile(
                "/accounts/area",
                "/accounts/file",
                "accounts.csv",
                (HEADER + "csv.good1,ครูดี หนึ่ง,,TEACHER,,,64030006\n"
                                + "csv.good1,ครูซ้ำ สี่,,TEACHER,,,64030006\n"
                                + "director.6403,ชื่อซ้ำ ห้า,,TEACHER,,,64030006\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(second.body()).contains("ชื่อผู้ใช้ซ้ำกับแถว").contains("ชื่อผู้ใช้ director.6403 มีอยู่แล้ว");
        assertThat(count("csv.%")).isZero();
    }

    @Test
    void aGoodFileMakesEveryAccountOnAFirstPassword() {
        WebSession director = WebSession.signedIn(port, "director.6403", PASSWORD);
        String file = HEADER
                + "csvok.teacher,ครูสมหญิง ใจงาม,somying@example.org,TEACHER,,,64030007\n"
                + "csvok.plan,นายวางแผน ดี,,AREA_STAFF,6403,PLAN,\n";

        var answer = director.postFile(
                "/accounts/area", "/accounts/file", "accounts.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.body())
                .contains("csvok.teacher")
                .contains("csvok.plan")
                .contains("slip-password");
        assertThat(jdbc.sql(
                                "select count(*) from platform.app_user where username like 'csvok.%' and must_change_password")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from platform.role_grant g join platform.app_user u on u.id = g.user_id
                        where u.username = 'csvok.plan' and g.role = 'AREA_STAFF' and g.unit_id is not null""").query(Long.class).single()).isEqualTo(1);
    }

    private long count(String like) {
        return jdbc.sql("select count(*) from platform.app_user where username like :u")
                .param("u", like)
                .query(Long.class)
                .single();
    }
}
