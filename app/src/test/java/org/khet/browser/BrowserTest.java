package org.khet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.khet.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys in a real Chromium (Debian's, driven by Playwright) against the running application. Screenshots go to
 * {@code target/screenshots} so people can look at what users see.
 */
abstract class BrowserTest extends IntegrationTest {

    static final int PHONE_WIDTH = 360;
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private final List<String> browserErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Answer> expectedAnswers = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launch() {
        // the default five seconds is too short for a page on a CI machine shared with other builds
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("khet.chromium", "/usr/bin/chromium")))
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("th-TH"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        browserErrors.clear();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !expectedConsoleError(m)) {
                browserErrors.add("console: " + m.text() + " at " + m.location());
            }
        });
        page.onPageError(e -> browserErrors.add("page error: " + e));
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(browserErrors)
                .as("console errors and uncaught exceptions in the browser")
                .isEmpty();
    }

    /**
     * Chromium logs every answer of 4xx or 5xx as a console error. A journey that is meant to meet one (a page
     * outside the user's scope, a form sent back with its errors) names the status and path; nothing else passes.
     */
    private boolean expectedConsoleError(ConsoleMessage m) {
        return expectedAnswers.stream()
                .anyMatch(a -> m.text()
                                .startsWith("Failed to load resource: the server responded with a status of "
                                        + a.status() + " ")
                        && m.location().startsWith(url(a.path()) + ":"));
    }

    /** This journey meets an answer with this status from this path (query and fragment included) on purpose. */
    void expectAnswer(int status, String path) {
        expectedAnswers.add(new Answer(status, path));
    }

    private record Answer(int status, String path) {}

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("ชื่อผู้ใช้").fill(username);
        page.getByLabel("รหัสผ่าน").fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("เข้าสู่ระบบ"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    void phone() {
        page.setViewportSize(PHONE_WIDTH, 780);
    }

    /** The page ends with its footer: nothing hidden inside a scrolling table stretches it into blank space. */
    void assertNothingBelowTheFooter() {
        Number below = (Number) page.evaluate("() => document.documentElement.scrollHeight"
                + " - (document.querySelector('footer').getBoundingClientRect().bottom + window.scrollY)");
        org.assertj.core.api.Assertions.assertThat(below.doubleValue())
                .as("page height below the footer, px")
                .isLessThan(40);
    }

    /** Signs out and in again as {@code username}, an account of a test area. */
    void signInAgain(String username) {
        context.clearCookies();
        signIn(username, org.khet.registry.TestArea.PASSWORD);
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true)
                // a shared CI machine can take longer to paint a long page than an action may wait
                .setTimeout(60_000));
    }

    /** Signs out and in again as {@code username} (of a test area). */
    void as(String username) {
        context.clearCookies();
        signIn(username, org.khet.registry.TestArea.PASSWORD);
    }

    /**
     * Screenshots of the page as it is, on a laptop (1280 px) and on a phone (390 px): accessible, and never wider
     * than the window. The window goes back to the size the journey uses.
     */
    void look(String name) {
        var size = page.viewportSize();
        for (int width : new int[] {1280, 390}) {
            boolean phone = width == 390;
            page.setViewportSize(width, phone ? 844 : 900);
            screenshot(name + (phone ? "-phone" : "-laptop"));
            assertAccessible();
            Number overflow = (Number) page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth");
            assertThat(overflow.doubleValue())
                    .as("sideways overflow of %s at %d px", name, width)
                    .isLessThanOrEqualTo(0);
        }
        page.setViewportSize(size.width, size.height);
    }

    /** No serious or critical axe-core violations on the page as it is now. */
    void assertAccessible() {
        List<Rule> violations = new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .toList();
        assertThat(violations)
                .as(() -> violations.stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " "
                                + v.getNodes().stream()
                                        .map(n -> n.getTarget().toString())
                                        .toList())
                        .toList()
                        .toString())
                .isEmpty();
    }

    /** On the public complaint form: the demo area, where the installation has several to choose from. */
    void chooseDemoArea() {
        if (page.locator("select#areaCode").count() > 0) {
            page.locator("#areaCode").selectOption("9302");
        }
    }

    /** On the public question form: the demo area, where the installation asks for one. */
    void chooseDemoAreaToAsk() {
        if (page.locator("select#ask-area").count() > 0) {
            page.locator("#ask-area").selectOption("9302");
        }
    }

    /**
     * On the public complaint form: the demo school 93020001. One area office offers its schools by name; an
     * installation of several asks for the area and a code.
     */
    void chooseDemoSchool() {
        if (page.locator("select#areaCode").count() > 0) {
            page.locator("#areaCode").selectOption("9302");
            page.locator("#schoolCode").fill("93020001");
        } else {
            page.locator("#schoolCode").selectOption("93020001");
        }
    }
}
