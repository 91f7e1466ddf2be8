package org.khet.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.khet.platform.Texts;
import org.khet.registry.Network;
import org.khet.registry.Networks;
import org.khet.registry.Schools;
import org.khet.registry.Unit;
import org.khet.registry.Units;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Checks a letter as written and turns it into what is stored: names into types, codes into the ids of schools,
 * networks and units of the sender's own area. Every problem is reported at once, field by field; nothing is stored
 * while there is one.
 */
@Component
class DraftRules {

    /** A draft that passed: its parts as stored. */
    record Checked(
            LetterKind kind,
            String form,
            String subject,
            String body,
            Urgency urgency,
            Instant urgentBy,
            Secrecy secrecy,
            boolean circular,
            Addressees to) {}

    private static final int SUBJECT_MAX = 500;
    private static final int BODY_MAX = 20_000;

    private final Schools schools;
    private final Networks networks;
    private final Units units;
    private final Clock clock;
    private final AddressOptions options;

    DraftRules(Schools schools, Networks networks, Units units, Clock clock, AddressOptions options) {
        this.schools = schools;
        this.networks = networks;
        this.units = units;
        this.clock = clock;
        this.options = options;
    }

    Checked check(Organisation from, LetterDraft d) {
        List<FieldError> errors = new ArrayList<>();
        LetterKind kind = named(LetterKind.class, d.kind(), null, "kind", errors);
        String form =
                d.form() == null || d.form().isBlank() ? null : d.form().strip().toUpperCase(Locale.ROOT);
        if (kind != null && !kind.takes(form)) {
            errors.add(error("form", "correspondence.form", kind.forms().isEmpty() ? "-" : kind.forms()));
        }
        String subject = text(d.subject(), "subject", SUBJECT_MAX, errors);
        String body = d.body() == null ? "" : d.body().strip();
        if (body.length() > BODY_MAX) {
            errors.add(error("body", "correspondence.body.long", BODY_MAX));
        }
        Urgency urgency = named(Urgency.class, d.urgency(), Urgency.NORMAL, "urgency", errors);
        Instant urgentBy = urgency == Urgency.WITHIN ? d.urgentBy() : null;
        if (urgency == Urgency.WITHIN && (urgentBy == null || !urgentBy.isAfter(clock.instant()))) {
            errors.add(error("urgentBy", "correspondence.urgentBy"));
        }
        Secrecy secrecy = named(Secrecy.class, d.secrecy(), Secrecy.NONE, "secrecy", errors);
        Addressees to = addressees(from, d, errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("correspondence.notSaved"), errors);
        }
        return new Checked(kind, form, subject, body, urgency, urgentBy, secrecy, d.circular(), to);
    }

    /** The addressees of {@code d} checked as a saved group's members, or refused with every reason at once. */
    Addressees members(Organisation from, LetterDraft d) {
        List<FieldError> errors = new ArrayList<>();
        Addressees to = addressees(from, d, errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("correspondence.group.notSaved"), errors);
        }
        return to;
    }

    private Addressees addressees(Organisation from, LetterDraft d, List<FieldError> errors) {
        List<Long> schoolIds = new ArrayList<>();
        var found = schools.byCodes(d.schoolCodes().stream().map(String::strip).toList());
        for (String code : d.schoolCodes()) {
            var school = found.get(code.strip());
            if (school == null || school.areaId() != from.areaId()) {
                errors.add(error("to.schools", "correspondence.to.school", code));
            } else if (!Long.valueOf(school.id()).equals(from.schoolId())) {
                schoolIds.add(school.id());
            }
        }
        Set<Long> areaNetworks =
                networks.inArea(from.areaId()).stream().map(Network::id).collect(Collectors.toSet());
        for (Long network : d.networkIds()) {
            if (!areaNetworks.contains(network)) {
                errors.add(error("to.networks", "correspondence.to.network", network));
            }
        }
        List<Long> unitIds = new ArrayList<>();
        for (String code : d.unitCodes()) {
            units.byCode(from.areaId(), code.strip())
                    .map(Unit::id)
                    .ifPresentOrElse(unitIds::add, () -> errors.add(error("to.units", "correspondence.to.unit", code)));
        }
        return new Addressees(
                d.toOffice() && !from.isOffice(),
                d.toAllSchools(),
                schoolIds.stream().distinct().toList(),
                d.networkIds().stream().distinct().toList(),
                unitIds.stream().distinct().toList(),
                sizes(from, d, errors),
                groups(from, d, errors),
                people(from, d, errors),
                ExternalDispatch.check(d.external(), errors));
    }

    private List<Integer> sizes(Organisation from, LetterDraft d, List<FieldError> errors) {
        Set<Integer> known = options.sizes(from.areaId()).stream()
                .map(AddressOptions.SizeClass::ordinal)
                .collect(Collectors.toSet());
        for (Integer size : d.sizes()) {
            if (!known.contains(size)) {
                errors.add(error("to.sizes", "correspondence.to.size", size));
            }
        }
        return d.sizes().stream().distinct().toList();
    }

    private List<Long> groups(Organisation from, LetterDraft d, List<FieldError> errors) {
        Set<Long> own = d.groupIds().isEmpty() ? Set.of() : options.groupsOf(from, d.groupIds());
        for (Long group : d.groupIds()) {
            if (!own.contains(group)) {
                errors.add(error("to.groups", "correspondence.to.group", group));
            }
        }
        return d.groupIds().stream().distinct().toList();
    }

    /** People of the sender's area, outside the sender itself (a letter to one's own colleague is no letter). */
    private List<Long> people(Organisation from, LetterDraft d, List<FieldError> errors) {
        for (Long id : d.personIds()) {
            var person = id == null
                    ? java.util.Optional.<org.khet.registry.Person>empty()
                    : options.person(id, from.areaId());
            if (person.isEmpty()) {
                errors.add(error("to.people", "correspondence.to.person", id));
            } else if (from.same(person.get().areaId(), person.get().schoolId())
                    && (person.get().schoolId() != null || person.get().unitId() == null)) {
                errors.add(error(
                        "to.people",
                        "correspondence.to.personOwn",
                        AddressOptions.choice(person.get()).name()));
            }
        }
        return d.personIds().stream().distinct().toList();
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.add(error(field, "correspondence." + field + ".required"));
        } else if (v.length() > max) {
            errors.add(error(field, "correspondence." + field + ".long", max));
        }
        return v;
    }

    /**
     * The constant of {@code type} named {@code value} in any case; {@code otherwise} when it is blank and a default
     * exists, or, reporting the names allowed under {@code field}, when it names none.
     */
    static <E extends Enum<E>> E named(
            Class<E> type, String value, E otherwise, String field, List<FieldError> errors) {
        if ((value == null || value.isBlank()) && otherwise != null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(error(
                    field, "correspondence." + field + ".unknown", java.util.Arrays.toString(type.getEnumConstants())));
            return otherwise;
        }
    }

    private static FieldError error(String field, String key, Object... args) {
        return new FieldError(0, field, Texts.of(key, args));
    }
}
