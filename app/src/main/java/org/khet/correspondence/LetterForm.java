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
        List<String> units,
        List<Integer> sizes,
        List<Long> groups,
        List<Long> people,
        List<String> externalName,
        List<String> externalVia,
        List<String> externalDetail,
        Long replyTo,
        Integer version) {

    /** Rows of external addressees the form always shows (blank rows are not addressees). */
    static final int EXTERNAL_ROWS = 2;

    static LetterForm empty(String org) {
        return written(org, "EXTERNAL", "", "", "", "NORMAL", "", "NONE", false);
    }

    /** A form with the letter's own fields and no addressees yet. */
    static LetterForm written(
            String org,
            String kind,
            String form,
            String subject,
            String body,
            String urgency,
            String urgentBy,
            String secrecy,
            boolean circular) {
        return new LetterForm(
                org, kind, form, subject, body, urgency, urgentBy, secrecy, circular, false, false, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /** The form started from template {@code t}: its type, subject and text, the organisation's name filled in. */
    static LetterForm from(LetterTemplate t, Organisation org) {
        return written(
                org.code(),
                t.kind(),
                "",
                LetterTemplate.filled(t.subject(), org),
                LetterTemplate.filled(t.body(), org),
                "NORMAL",
                "",
                "NONE",
                false);
    }

    LetterForm {
        networks = networks == null ? List.of() : networks;
        schools = schools == null ? List.of() : schools;
        units = units == null ? List.of() : units;
        sizes = sizes == null ? List.of() : sizes;
        groups = groups == null ? List.of() : groups;
        people = people == null ? List.of() : people;
        externalName = externalName == null ? List.of() : externalName;
        externalVia = externalVia == null ? List.of() : externalVia;
        externalDetail = externalDetail == null ? List.of() : externalDetail;
    }

    boolean addressesNobody() {
        return !Boolean.TRUE.equals(toOffice)
                && !Boolean.TRUE.equals(allSchools)
                && networks.isEmpty()
                && schools.isEmpty()
                && units.isEmpty()
                && sizes.isEmpty()
                && groups.isEmpty()
                && people.isEmpty()
                && external().isEmpty();
    }

    /** The external addressees typed, a row counting when its name or its detail is filled in. */
    List<ExternalDispatch.Typed> external() {
        List<ExternalDispatch.Typed> typed = new java.util.ArrayList<>();
        for (int i = 0; i < externalName.size(); i++) {
            String name = externalName.get(i);
            String detail = at(externalDetail, i);
            if (!(name == null || name.isBlank()) || !(detail == null || detail.isBlank())) {
                typed.add(new ExternalDispatch.Typed(name, at(externalVia, i), detail, null));
            }
        }
        return typed;
    }

    /** The external rows to show: those typed, then blank ones up to {@link #EXTERNAL_ROWS} and one more. */
    List<ExternalDispatch.Typed> externalRows() {
        List<ExternalDispatch.Typed> rows = new java.util.ArrayList<>(external());
        while (rows.size() < EXTERNAL_ROWS || rows.stream().noneMatch(r -> r.name() == null)) {
            rows.add(new ExternalDispatch.Typed(null, "POST", "", null));
        }
        return rows;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    /** This form as it was for letter {@code id}: its fields, its version, and whom it addresses. */
    LetterForm withAddressees(Addressees to, List<String> schoolCodes, List<String> unitCodes, Integer atVersion) {
        return new LetterForm(
                org,
                kind,
                form,
                subject,
                body,
                urgency,
                urgentBy,
                secrecy,
                circular,
                to.office(),
                to.allSchools(),
                to.networks(),
                schoolCodes,
                unitCodes,
                to.sizes(),
                to.groups(),
                to.people(),
                to.external().stream().map(ExternalDispatch.Addressee::name).toList(),
                to.external().stream().map(e -> e.via().name()).toList(),
                to.external().stream().map(ExternalDispatch.Addressee::detail).toList(),
                replyTo,
                atVersion);
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
                units,
                sizes,
                groups,
                people,
                external(),
                replyTo);
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
