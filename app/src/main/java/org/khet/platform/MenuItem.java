package org.khet.platform;

import java.util.function.Predicate;

/**
 * An entry of the main navigation, contributed by a module as a bean. It shows only to users for whom {@code
 * visibleTo} holds; the server checks access again on every request behind it. An entry {@code managing} the office
 * (its settings, imports, accounts, the audit log) sits in the menu's administration list rather than on the bar, so
 * the bar keeps to one line however many modules add their pages.
 */
public record MenuItem(int order, String path, String labelKey, Predicate<KhetUser> visibleTo, boolean managing) {

    public MenuItem(int order, String path, String labelKey, Predicate<KhetUser> visibleTo) {
        this(order, path, labelKey, visibleTo, false);
    }

    /** Whether the page at {@code currentPath} is this entry's or one of the pages below it. */
    public boolean leadsTo(String currentPath) {
        return currentPath != null
                && (currentPath.equals(path) || !path.equals("/") && currentPath.startsWith(path + "/"));
    }

    /** The same entry in the administration list. */
    public MenuItem underManagement() {
        return new MenuItem(order, path, labelKey, visibleTo, true);
    }
}
