package org.khet.correspondence;

import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Networks;
import org.khet.registry.Schools;
import org.khet.registry.Units;
import org.khet.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The writing form's choices beyond schools, networks and units — the area's size classes, the organisation's saved
 * groups, the people chosen so far — and the form prefilled for a reply: addressed to the original's sender (its
 * school, the office, or for a letter received on paper the outside sender typed, by post), the same subject, and a
 * reference to the original's number and date as the regulation's "อ้างถึง".
 */
@Component
class ComposeChoices {

    private final AddressOptions options;
    private final RecipientGroups groups;
    private final LetterReading reading;
    private final Organisations organisations;
    private final Networks networks;
    private final Schools schools;
    private final Units units;

    ComposeChoices(
            AddressOptions options,
            RecipientGroups groups,
            LetterReading reading,
            Organisations organisations,
            Networks networks,
            Schools schools,
            Units units) {
        this.networks = networks;
        this.schools = schools;
        this.units = units;
        this.options = options;
        this.groups = groups;
        this.reading = reading;
        this.organisations = organisations;
    }

    void show(Organisation from, LetterForm letter, Model model) {
        addressees(from, model);
        model.addAttribute("groups", groups.of(from));
        model.addAttribute("chosenPeople", options.chosen(from.areaId(), letter.people()));
        model.addAttribute("externalRows", letter.externalRows());
        model.addAttribute("externalCount", letter.external().size());
        model.addAttribute("vias", ExternalDispatch.Via.values());
    }

    /**
     * What {@code from} may address on a letter or a saved group: for the office its networks, the other schools of
     * the area, the office's units and the area's size classes.
     */
    void addressees(Organisation from, Model model) {
        model.addAttribute("networks", from.isOffice() ? networks.inArea(from.areaId()) : List.of());
        model.addAttribute(
                "schools",
                schools.openIn(from.areaId()).stream()
                        .filter(s -> !Long.valueOf(s.id()).equals(from.schoolId()))
                        .toList());
        model.addAttribute("units", units.inArea(from.areaId()));
        model.addAttribute("sizes", options.sizes(from.areaId()));
    }

    /**
     * The form for {@code from}'s reply to letter {@code original}, which {@code from} received: to its sender, with
     * its subject, and the original on the official form's อ้างถึง line ({@code model}'s blocks).
     */
    LetterForm reply(Organisation from, long original, KhetUser user, Model model) {
        LetterReading.Read read = reading.read(original, from.code(), user);
        if (read.asSender() || !read.seesText()) {
            throw new NotFoundException("letter");
        }
        Letter l = read.letter();
        Organisation sender = organisations.byId(l.areaId(), l.schoolId());
        boolean paper = l.paper() != null;
        String number = paper ? l.paper().number() : l.number();
        String dated = org.khet.thai.BuddhistDates.full(
                paper
                        ? l.paper().dated()
                        : l.sentAt().atZone(Registers.THAILAND).toLocalDate());
        String reference = Texts.of(
                        "correspondence.reply.reference", l.kind().label().th(), number, dated)
                .th();
        // The official form prints its own "อ้างถึง" line: the reference goes there, not into the text.
        model.addAttribute("blocks", OfficialBlocks.none().referring(reference));
        return new LetterForm(
                from.code(),
                "EXTERNAL",
                "",
                l.subject(),
                "",
                "NORMAL",
                "",
                "NONE",
                false,
                !paper && sender.isOffice(),
                false,
                null,
                !paper && !sender.isOffice() ? List.of(sender.code()) : null,
                null,
                null,
                null,
                null,
                paper ? List.of(l.paper().from()) : null,
                paper ? List.of("POST") : null,
                null,
                original,
                null);
    }
}
