package org.khet.correspondence;

import java.util.List;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the letter's page shows besides the letter: its files (to those who may read its text), whether a sent
 * letter is still as it was sealed, and for a letter its organisation accepted, its way inside the organisation —
 * who holds it since when, the steps so far, and the forms to pass it on, endorse it or close it for those who may.
 */
@Component
class LetterWork {

    private final LetterFiles files;
    private final LetterSeal seal;
    private final Handling handling;
    private final OrganisationPeople people;

    LetterWork(LetterFiles files, LetterSeal seal, Handling handling, OrganisationPeople people) {
        this.files = files;
        this.seal = seal;
        this.handling = handling;
        this.people = people;
    }

    void show(LetterReading.Read read, KhetUser user, Model model) {
        Letter letter = read.letter();
        if (read.seesText()) {
            model.addAttribute("files", files.of(letter.id()));
            model.addAttribute("attaches", letter.draft());
            if (!letter.draft()) {
                model.addAttribute("seal", seal.check(letter));
            }
        }
        read.delivery()
                .filter(d -> d.state() == DeliveryState.ACCEPTED)
                .ifPresent(d -> handlingOf(d, read.viewer(), user, model));
    }

    private void handlingOf(Delivery d, Organisation org, KhetUser user, Model model) {
        List<Handling.Step> steps = handling.steps(d.id());
        Optional<Handling.Step> holder = handling.holding(d.id());
        boolean done = !steps.isEmpty() && holder.isEmpty();
        boolean directs = Organisations.directs(user, org);
        model.addAttribute("steps", steps);
        model.addAttribute("holder", holder.orElse(null));
        model.addAttribute("handlingDone", done);
        model.addAttribute("directs", directs);
        model.addAttribute("signer", user.displayName());
        if (!model.containsAttribute("handlingErrors")) {
            model.addAttribute("handlingErrors", java.util.Map.of());
        }
        if (Handling.mayTake(org, holder, done, user)) {
            model.addAttribute(
                    "people",
                    people.of(org).stream().filter(p -> p.id() != user.id()).toList());
            model.addAttribute(
                    "signedAsChoices",
                    directs ? SignedAs.values() : new SignedAs[] {SignedAs.ON_BEHALF, SignedAs.ACTING});
        }
    }
}
