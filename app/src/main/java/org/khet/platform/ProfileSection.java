package org.khet.platform;

import java.util.Map;
import java.util.Optional;

/**
 * A section a module adds to the user's own page ({@code /profile}), below the platform's: a Thymeleaf fragment
 * {@code section(data)} in {@code template}, given {@code data}. The module's own controllers take the section's
 * forms and come back to {@code /profile}.
 */
public interface ProfileSection {

    Optional<Section> sectionFor(KhetUser user);

    /** Where the fragment is and what it shows. */
    record Section(int order, String template, Map<String, Object> data) {}
}
