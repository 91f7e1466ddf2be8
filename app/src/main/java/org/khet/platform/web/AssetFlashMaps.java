package org.khet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes ("saved", carried across a redirect) live in the session, and Spring MVC looks for them on every
 * request it handles. A style sheet or a script has none to show, and the public pages ({@code /public/**}) are
 * served without a session so that filing there leaves no trace on a signed-in user's own (they redirect with no
 * flash attributes); for both the session is not looked up, read or written.
 */
class AssetFlashMaps extends SessionFlashMapManager {

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        return StaticAssets.isAsset(request) || isPublicPage(request) ? null : super.retrieveFlashMaps(request);
    }

    static boolean isPublicPage(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/public/");
    }
}
