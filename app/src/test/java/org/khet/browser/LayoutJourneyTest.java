package org.khet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The everyday pages of the platform, the registry and the calendar, seen on a phone (390 × 844) and on a laptop
 * (1280 × 800): nothing wider than a phone's screen, and the administrator's menu on one line of a laptop's.
 * Screenshots go to {@code target/screenshots/layout-*}.
 */
class LayoutJourneyTest extends BrowserTest {

    private static final int PHONE = 390;
    private static final int LAPTOP = 1280;

    @Test
    void anAdministratorsPagesFitAPhoneAndALaptop() {
        signIn("admin", ADMIN_PASSWORD);
        List<String> pages = new ArrayList<>(List.of("/", "/calendar", "/accounts/area", "/audit"));
        pages.add(firstLink("/audit", "a[href*='/changes']"));
        pages.add("/schools");
        pages.add(firstLink("/schools", "table a[href^='/schools/']"));
        pages.add("/people");
        pages.add(firstLink("/people", "table a[href^='/people/']"));
        for (String path : pages) {
            look("admin", path);
        }
    }

    @Test
    void anAreaDirectorsMenuFitsALaptop() {
        signIn("director", DEMO_PASSWORD);
        look("director", "/");
    }

    @Test
    void aSchoolClerksPagesFitAPhoneAndALaptop() {
        signIn("school.clerk", DEMO_PASSWORD);
        look("clerk", "/");
        look("clerk", firstLink("/schools", "table a[href^='/schools/']"));
        look("clerk", "/people");
    }

    /** The page at both sizes: screenshots, accessibility, no sideways scrolling, a one-line menu on a laptop. */
    private void look(String who, String path) {
        String name = "layout-" + who + path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
        page.setViewportSize(LAPTOP, 800);
        page.navigate(url(path));
        screenshot(name + "-laptop");
        assertAccessible();
        assertThat(menuLines()).as("menu lines at %d px on %s", LAPTOP, path).isEqualTo(1);
        assertThat(overflow())
                .as("sideways overflow at %d px on %s", LAPTOP, path)
                .isLessThanOrEqualTo(0);
        page.setViewportSize(PHONE, 844);
        page.navigate(url(path));
        screenshot(name + "-phone");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", name + "-phone-first-screen.png")));
        assertThat(overflow())
                .as("sideways overflow at %d px on %s", PHONE, path)
                .isLessThanOrEqualTo(0);
    }

    private String firstLink(String page, String selector) {
        this.page.setViewportSize(LAPTOP, 800);
        this.page.navigate(url(page));
        return this.page.locator(selector).first().getAttribute("href");
    }

    /** How far the page is wider than the window, in pixels: more than 0 means a phone scrolls sideways. */
    private double overflow() {
        return ((Number) page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth"))
                .doubleValue();
    }

    /** The distinct rows the navigation bar's links sit on. */
    private int menuLines() {
        return ((Number) page.evaluate("() => new Set([...document.querySelectorAll('.navbar-khet .nav-link')]"
                        + ".map(a => Math.round(a.getBoundingClientRect().top))).size"))
                .intValue();
    }
}
