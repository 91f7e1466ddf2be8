package org.khet.registry;

import java.util.Optional;
import org.khet.shared.Bilingual;

/**
 * Asked before the account linked to a person of the registry changes. A module whose rule rests on that link (the
 * complaint centre hides a case from the account of the person it is about) answers why the change must be
 * refused; the registry cannot know those rules itself, since the modules that keep them depend on the registry.
 */
public interface PersonLinkGuard {

    /** The change asked for: the person, the account linked before and after (null for none), and who asks. */
    record Change(long personId, long areaId, Long accountBefore, Long accountAfter, long by) {}

    /** Why the change must not happen, or empty when this module has nothing against it. */
    Optional<Bilingual> refusal(Change change);
}
