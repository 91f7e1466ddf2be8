package org.khet.correspondence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The letter form as sent by the browser: the organisation writing ({@code org}), the letter, and whom it is for
 * (the office, all schools, networks by id, schools and units by code). {@code urgentBy} is the browser's date and
 * time in Thailand.
 */
record LetterForm(
        String org,
        String kind,
        String form,
        String subject,
        String body,
        String urgency,
        String urgentBy,
        String secrecy,
        Boolean circular,
        Boolean toOffice,
        Boolean allSchools,
        List<Long> networks,
        List<String> schools,
        List<String> units) {

    static LetterForm empty(String org) {
        return new LetterForm(org, "EXTERNAL", "", "", "", "NORMAL", "", "NONE", false, false, false, null, null, null);
    }

    /** The form started from template {@code t}: its type, subject and text, the organisation's name filled in. */
    static LetterForm from(LetterTemplate t, Organisation org) {
        return new LetterForm(
                org.code(),
                t.kind(),
                "",
                LetterTemplate.filled(t.subject(), org),
                LetterTemplate.filled(t.body(), org),
                "NORMAL",
                "",
                "NONE",
                false,
                false,
                false,
                null,
                null,
                null);
    }

    LetterForm {
        networks = networks == null ? List.of() : networks;
        schools = schools == null ? List.of() : schools;
        units = units == null ? List.of() : units;
    }

    boolean addressesNobody() {
        return !Boolean.TRUE.equals(toOffice)
                && !Boolean.TRUE.equals(allSchools)
                && networks.isEmpty()
                && schools.isEmpty()
                && units.isEmpty();
    }

    LetterDraft draft() {
        return new LetterDraft(
                kind,
                form,
                subject,
                body,
                urgency,
                urgentAt(),
                secrecy,
                Boolean.TRUE.equals(circular),
                Boolean.TRUE.equals(toOffice),
                Boolean.TRUE.equals(allSchools),
                schools,
                networks,
                units);
    }

    /** The stated time, or none when it is missing or not a date and time (the rules then ask for one). */
    private Instant urgentAt() {
        try {
            return urgentBy == null || urgentBy.isBlank()
                    ? null
                    : LocalDateTime.parse(urgentBy.strip())
                            .atZone(Registers.THAILAND)
                            .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
