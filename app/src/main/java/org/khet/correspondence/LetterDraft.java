package org.khet.correspondence;

import java.time.Instant;
import java.util.List;

/**
 * A letter as its sender wrote it on the form or in the API, before it is checked: kinds, urgency and secrecy by
 * name; addressees by school code, network id and unit code.
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
        List<String> unitCodes) {

    LetterDraft {
        schoolCodes = schoolCodes == null ? List.of() : List.copyOf(schoolCodes);
        networkIds = networkIds == null ? List.of() : List.copyOf(networkIds);
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
    }
}
