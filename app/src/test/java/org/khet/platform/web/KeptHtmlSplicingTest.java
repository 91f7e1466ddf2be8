package org.khet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.khet.platform.KeptHtml;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The kept parts of a page arrive in its place, whole, in the page's encoding; other pages pass untouched. */
class KeptHtmlSplicingTest {

    private final KeptHtml table = KeptHtml.of("<table><tr><td>โรงเรียนบ้านหนองบัว 71.99</td></tr></table>");
    private final KeptHtml chart = KeptHtml.of("<canvas data-chart=\"{}\"></canvas>");

    @Test
    void eachMarkerIsReplacedByItsKeptBytes() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/achievement");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setCharacterEncoding("UTF-8");
        String first = table.placeIn(request);
        String second = chart.placeIn(request);

        new KeptHtmlSplicing().doFilter(request, response, (req, res) -> {
            res.setContentType("text/html;charset=UTF-8");
            res.getWriter().write("<h1>ผลสัมฤทธิ์</h1>" + first + "<p>กลาง</p>" + second + "<footer>เขต</footer>");
        });

        String expected = "<h1>ผลสัมฤทธิ์</h1><table><tr><td>โรงเรียนบ้านหนองบัว 71.99</td></tr></table><p>กลาง</p>"
                + "<canvas data-chart=\"{}\"></canvas><footer>เขต</footer>";
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(response.getContentLengthLong()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aPageInAnotherEncodingGetsTheKeptTextInThatEncoding() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/achievement");
        MockHttpServletResponse response = new MockHttpServletResponse();
        String marker = table.placeIn(request);

        new KeptHtmlSplicing().doFilter(request, response, (req, res) -> {
            res.setContentType("text/html;charset=TIS-620");
            res.getWriter().write("<p>" + marker + "</p>");
        });

        assertThat(new String(response.getContentAsByteArray(), "TIS-620"))
                .isEqualTo("<p><table><tr><td>โรงเรียนบ้านหนองบัว 71.99</td></tr></table></p>");
    }

    @Test
    void aPageThatPlacedNothingIsWrittenStraightThrough() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new KeptHtmlSplicing().doFilter(request, response, (req, res) -> {
            HttpServletResponse r = (HttpServletResponse) res;
            r.setContentType("text/html;charset=UTF-8");
            r.getWriter().write("<p>" + table.marker() + "</p>");
            r.flushBuffer();
            assertThat(r.isCommitted()).as("nothing is held back").isTrue();
        });
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>" + table.marker() + "</p>");
    }
}
