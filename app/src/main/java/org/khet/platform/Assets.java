package org.khet.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The fingerprinted name of a style, script, font or image, for templates: {@code @{${#assets.url('/css/khet.css')}}}.
 * Only asset links pay for the lookup, once per name and process; the other links of a page are left alone.
 */
@Component
public class Assets {

    private final ResourceUrlProvider urls;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    Assets(ResourceUrlProvider mvcResourceUrlProvider) {
        this.urls = mvcResourceUrlProvider;
    }

    /** The path with its content hash, e.g. {@code /css/khet-5f1c….css}; an unknown path is an error, not a link. */
    public String url(String path) {
        return known.computeIfAbsent(path, p -> {
            String versioned = urls.getForLookupPath(p);
            if (versioned == null) {
                throw new IllegalArgumentException("No asset at " + p);
            }
            return versioned;
        });
    }
}
