package org.khet.platform;

import java.util.function.Predicate;

/**
 * An entry of the main navigation, contributed by a module as a bean. It shows only to users for whom {@code
 * visibleTo} holds; the server checks access again on every request behind it.
 */
public record MenuItem(int order, String path, String labelKey, Predicate<KhetUser> visibleTo) {}
