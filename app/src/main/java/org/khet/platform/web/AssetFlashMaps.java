package org.khet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes ("saved", carried across a redirect) live in the session, and Spring MVC looks for them on every
 * request it handles. A style sheet or a script has none to show, so for them the session is not looked up, read
 * or written.
 */
class AssetFlashMaps extends SessionFlashMapManager {

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        return StaticAssets.isAsset(request) ? null : super.retrieveFlashMaps(request);
    }
}
