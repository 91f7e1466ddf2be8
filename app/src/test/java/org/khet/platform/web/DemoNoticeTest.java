package org.khet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A demo account is told, on the first page after signing in, that its password is public; a real one is not. */
class DemoNoticeTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aDemoUserIsToldTheAccountIsNoPlaceForRealData() {
        String home =
                WebSession.signedIn(port, "teacher", DEMO_PASSWORD).get("/").body();
        assertThat(home)
                .contains("id=\"demo-account\"")
                .contains("บัญชีสาธิต")
                .contains("รหัสผ่านเผยแพร่ไว้ให้ทุกคนรู้")
                .contains("ห้ามใช้บัญชีนี้กับข้อมูลจริง");
    }

    @Test
    void anAccountOfTheOfficeSeesNoDemoNotice() {
        String home =
                WebSession.signedIn(port, "admin", ADMIN_PASSWORD).get("/").body();
        assertThat(home).contains("สวัสดี").doesNotContain("demo-account").doesNotContain("บัญชีสาธิต");
    }
}
