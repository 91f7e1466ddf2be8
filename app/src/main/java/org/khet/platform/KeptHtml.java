package org.khet.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A part of a page that is kept between requests (a 300-school table), held as the UTF-8 bytes it is sent as. A page
 * shows it with {@code th:utext} of the marker {@link #placeIn} answers; after the page is rendered, the marker is
 * replaced by these bytes as they are (see {@code web.KeptHtmlSplicing}), so the kept part is neither copied through
 * the template engine nor encoded again on every request.
 */
public final class KeptHtml {

    private static final String ATTRIBUTE = KeptHtml.class.getName();
    /** Unknown outside this process: text escaped by a template can never form a marker. */
    private static final String PREFIX = "<!--khet-kept-" + UUID.randomUUID() + "-";

    private static final AtomicLong SERIAL = new AtomicLong();

    private final String marker;
    private final byte[] utf8;

    private KeptHtml(String html) {
        this.marker = PREFIX + SERIAL.incrementAndGet() + "-->";
        this.utf8 = html.getBytes(StandardCharsets.UTF_8);
    }

    public static KeptHtml of(String html) {
        return new KeptHtml(html);
    }

    /** The marker to put in the page in place of this HTML; the request remembers what replaces it. */
    public String placeIn(HttpServletRequest request) {
        placed(request).add(this);
        return marker;
    }

    /** What the request's page placed, in the order it was placed; empty for most pages. */
    public static List<KeptHtml> placedIn(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        List<KeptHtml> placed = (List<KeptHtml>) request.getAttribute(ATTRIBUTE);
        return placed == null ? List.of() : placed;
    }

    private static List<KeptHtml> placed(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        List<KeptHtml> placed = (List<KeptHtml>) request.getAttribute(ATTRIBUTE);
        if (placed == null) {
            placed = new ArrayList<>(2);
            request.setAttribute(ATTRIBUTE, placed);
        }
        return placed;
    }

    public String marker() {
        return marker;
    }

    public byte[] utf8() {
        return utf8;
    }

    /** The kept HTML as text, for a response in another encoding than UTF-8. */
    public String html() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
