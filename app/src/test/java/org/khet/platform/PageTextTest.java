package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A page's own messages come from messages*.properties in the reader's language. */
class PageTextTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aWrongCurrentPasswordIsSaidInTheReadersLanguage() {
        accounts.create("pagetext", "ข้อความหน้า", null, "pagetext-password", List.of());
        WebSession browser = new WebSession(port, "198.51.100.181");
        browser.signIn("pagetext", "pagetext-password");

        var thai = browser.postForm("/profile", "/profile/password", "current=wrong-one&password=another-password1");
        assertThat(thai.body()).contains("รหัสผ่านปัจจุบันไม่ถูกต้อง");

        browser.postForm("/profile", "/language", "lang=en&back=/profile");
        var english = browser.postForm("/profile", "/profile/password", "current=wrong-one&password=another-password1");
        assertThat(english.body())
                .contains("The current password is wrong")
                .doesNotContain("รหัสผ่านปัจจุบันไม่ถูกต้อง");
    }
}
