package org.khet.correspondence;

import java.time.Instant;
import java.util.List;

/**
 * A letter as its sender wrote it on the form or in the API, before it is checked: kinds, urgency and secrecy by
 * name; addressees by school code, network id, unit code, size class ordinal, saved group id and person id, and
 * addressees outside Khet as typed; the letter it answers, if any.
 */
record LetterDraft(
        String kind,
        String form,
        String subject,
        String body,
        String urgency,
        Instant urgentBy,
        String secrecy,
        boolean circular,
        boolean toOffice,
        boolean toAllSchools,
        List<String> schoolCodes,
        List<Long> networkIds,
        List<String> unitCodes,
        List<Integer> sizes,
        List<Long> groupIds,
        List<Long> personIds,
        List<ExternalDispatch.Typed> external,
        Long replyTo) {

    LetterDraft {
        schoolCodes = schoolCodes == null ? List.of() : List.copyOf(schoolCodes);
        networkIds = networkIds == null ? List.of() : List.copyOf(networkIds);
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        external = external == null ? List.of() : List.copyOf(external);
    }

    /** A draft addressed only to the office, schools, networks and units (as before sizes, groups and people). */
    LetterDraft(
            String kind,
            String form,
            String subject,
            String body,
            String urgency,
            Instant urgentBy,
            String secrecy,
            boolean circular,
            boolean toOffice,
            boolean toAllSchools,
            List<String> schoolCodes,
            List<Long> networkIds,
            List<String> unitCodes) {
        this(
                kind,
                form,
                subject,
                body,
                urgency,
                urgentBy,
                secrecy,
                circular,
                toOffice,
                toAllSchools,
                schoolCodes,
                networkIds,
                unitCodes,
                null,
                null,
                null,
                null,
                null);
    }
}
