package org.khet.achievement;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.khet.platform.KeptHtml;
import org.khet.platform.RenderedFragments;
import org.springframework.stereotype.Component;

/**
 * The parts of the achievement pages that are the same for every reader (templates/achievement/kept.html) as HTML,
 * rendered once per state of the area's data and language: a 300-school table is most of a page's work.
 */
@Component
class KeptFragments {

    private final ViewCache cache;
    private final RenderedFragments fragments;

    KeptFragments(ViewCache cache, RenderedFragments fragments) {
        this.cache = cache;
        this.fragments = fragments;
    }

    /**
     * The fragment's HTML for the area's data as it is now, placed in the request's page: the answer is the marker
     * to show with {@code th:utext}. {@code key} names everything the variables depend on besides that data, and the
     * variables are only built when the fragment is rendered.
     */
    String html(
            String fragment,
            long areaId,
            List<Object> key,
            Supplier<Map<String, Object>> variables,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        KeptHtml kept = cache.get(
                areaId,
                "kept-" + fragment,
                List.of(key, locale),
                () -> KeptHtml.of(
                        fragments.render("achievement/kept", fragment, variables.get(), request, response, locale)));
        return kept.placeIn(request);
    }
}
