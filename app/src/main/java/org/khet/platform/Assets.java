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

    /** Where assets are served from: each URL folder and the classpath folder it is read from. */
    public static final Map<String, String> FOLDERS = folders();

    private static Map<String, String> folders() {
        Map<String, String> folders = new java.util.LinkedHashMap<>();
        for (String folder : new String[] {"/css/", "/js/", "/fonts/", "/img/"}) {
            folders.put(folder, "classpath:/static" + folder);
        }
        folders.put("/webjars/", "classpath:/META-INF/resources/webjars/");
        return java.util.Collections.unmodifiableMap(folders);
    }

    /** The URL patterns of every asset ({@code /css/**} …), for the handlers and the security filter chain. */
    public static String[] patterns() {
        return FOLDERS.keySet().stream().map(f -> f + "**").toArray(String[]::new);
    }

    /** Whether a request path (without the context path) names an asset. */
    public static boolean isAsset(String path) {
        return FOLDERS.keySet().stream().anyMatch(path::startsWith);
    }

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
