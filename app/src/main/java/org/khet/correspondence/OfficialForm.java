package org.khet.correspondence;

import org.khet.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The compose page's part of the official form: the templates offered ("เริ่มจากแบบ"), a letter started from one,
 * and the blocks of the form (เรียน, อ้างถึง, signatory…) kept with the letter written.
 */
@Component
class OfficialForm {

    private final LetterTemplates templates;
    private final OfficialBlockStore blocks;

    OfficialForm(LetterTemplates templates, OfficialBlockStore blocks) {
        this.templates = templates;
        this.blocks = blocks;
    }

    /** The letter started from template {@code id} of {@code org} (none when no template is asked for). */
    LetterForm start(Organisation org, Long id, Model model) {
        if (id == null) {
            model.addAttribute("blocks", OfficialBlocks.none());
            return null;
        }
        LetterTemplate t = templates.usable(org, id).orElseThrow(() -> new NotFoundException("letter template"));
        model.addAttribute("template", t.id());
        model.addAttribute(
                "blocks",
                new OfficialBlocks(
                        LetterTemplate.filled(t.salutation(), org),
                        null,
                        null,
                        t.closing(),
                        null,
                        null,
                        null,
                        null,
                        false));
        return LetterForm.from(t, org);
    }

    /** What the compose page offers: the organisation's templates; empty blocks unless the page has some already. */
    void offer(Organisation org, Model model) {
        model.addAttribute("templates", templates.of(org));
        if (!model.containsAttribute("blocks")) {
            model.addAttribute("blocks", OfficialBlocks.none());
        }
    }

    /** The blocks kept with draft {@code id}, for its editing page. */
    void show(long id, Model model) {
        model.addAttribute("blocks", blocks.of(id));
    }

    /** Keeps the blocks typed with letter {@code id}. */
    void keep(long id, OfficialBlocks typed) {
        blocks.keep(id, typed);
    }
}
