package org.khet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.platform.MenuItem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user and the navigation their roles allow. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

    private final List<MenuItem> items;

    ShellAdvice(List<MenuItem> items) {
        this.items =
                items.stream().sorted(Comparator.comparingInt(MenuItem::order)).toList();
    }

    @ModelAttribute("me")
    KhetUser me(@AuthenticationPrincipal KhetUser user) {
        return user;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * Whether the page can be shown again by its address, so a language switch may return to it: a page answering a
     * form (a receipt with its tracking code) would be lost.
     */
    @ModelAttribute("revisitable")
    boolean revisitable(HttpServletRequest request) {
        return "GET".equals(request.getMethod());
    }

    @ModelAttribute("menu")
    List<MenuItem> menu(@AuthenticationPrincipal KhetUser user) {
        return visible(user, false);
    }

    @ModelAttribute("managementMenu")
    List<MenuItem> managementMenu(@AuthenticationPrincipal KhetUser user) {
        return visible(user, true);
    }

    /** The page is one of the administration list's, so its entry on the bar is marked as where the user is. */
    @ModelAttribute("onManagementPage")
    boolean onManagementPage(@AuthenticationPrincipal KhetUser user, HttpServletRequest request) {
        return visible(user, true).stream().anyMatch(i -> i.leadsTo(request.getRequestURI()));
    }

    private List<MenuItem> visible(KhetUser user, boolean managing) {
        return user == null
                ? List.of()
                : items.stream()
                        .filter(i -> i.managing() == managing && i.visibleTo().test(user))
                        .toList();
    }
}
