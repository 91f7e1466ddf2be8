package org.khet.personnel.common;

import org.khet.platform.KhetUser;
import org.khet.shared.RejectedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A step a page's form runs: its notice on success, the bilingual refusal otherwise, then back to {@code to}. */
public final class PageSteps {

    private PageSteps() {}

    public static String done(String to, Runnable step, String notice, KhetUser me, RedirectAttributes flash) {
        try {
            step.run();
            flash.addFlashAttribute("notice", notice);
        } catch (RejectedException e) {
            flash.addFlashAttribute("error", e.reason().in(me.language()));
        }
        return "redirect:" + to;
    }
}
