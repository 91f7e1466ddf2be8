package org.khet.correspondence;

import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The correspondence an organisation holds, in three tabs: letters received (newest first, unopened ones marked,
 * urgent ones in red), letters sent (with how many recipients accepted, rejected or have still to answer) and
 * drafts; and a school's letter prefix, which it needs before it can send.
 */
@Controller
class CorrespondencePages {

    static final String PATH = "/correspondence";

    private final Acting acting;
    private final Inbox inbox;
    private final SentLetters sentLetters;
    private final SchoolPrefixes prefixes;
    private final Organisations organisations;
    private final SchoolPrefixList schoolPrefixes;

    private final SendingOptions sendingOptions;

    CorrespondencePages(
            Acting acting,
            Inbox inbox,
            SentLetters sentLetters,
            SchoolPrefixes prefixes,
            Organisations organisations,
            SchoolPrefixList schoolPrefixes,
            SendingOptions sendingOptions) {
        this.sendingOptions = sendingOptions;
        this.acting = acting;
        this.schoolPrefixes = schoolPrefixes;
        this.organisations = organisations;
        this.inbox = inbox;
        this.sentLetters = sentLetters;
        this.prefixes = prefixes;
    }

    @GetMapping(PATH)
    String received(
            @RequestParam(required = false) String org,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        Organisation o = tabs("inbox", org, user, model);
        Inbox.Page p = inbox.page(o, page, Organisations.directs(user, o));
        model.addAttribute("received", p);
        model.addAttribute(
                "forPeople",
                sendingOptions.peopleOf(
                        p.items().stream().map(Inbox.Item::deliveryId).toList()));
        return "correspondence/letters";
    }

    @GetMapping(PATH + "/sent")
    String sent(
            @RequestParam(required = false) String org,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        Organisation o = tabs("sent", org, user, model);
        model.addAttribute("sent", sentLetters.sent(o, page, user));
        if (o.isOffice()) {
            model.addAttribute("schoolPrefixes", schoolPrefixes.of(o));
        }
        return "correspondence/letters";
    }

    @GetMapping(PATH + "/drafts")
    String drafts(@RequestParam(required = false) String org, @AuthenticationPrincipal KhetUser user, Model model) {
        Organisation o = tabs("drafts", org, user, model);
        model.addAttribute("drafts", sentLetters.drafts(o, user));
        return "correspondence/letters";
    }

    /**
     * A school's letter prefix, set by its director from its "sent" tab, or by the office's people from theirs (who
     * go back to the office's tab).
     */
    @PostMapping(PATH + "/prefix")
    String prefix(
            @RequestParam String org,
            @RequestParam(defaultValue = "") String prefix,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        Organisation school =
                organisations.byCode(org).filter(o -> !o.isOffice()).orElseThrow(() -> new NotFoundException("school"));
        Organisation back = Organisations.actsFor(user, school) ? school : acting.chosen(user, null);
        try {
            prefixes.set(school, prefix, user);
            flash.addFlashAttribute("notice", "common.saved");
        } catch (RejectedException e) {
            flash.addFlashAttribute("prefixError", e.errors().get(0).message().in(user.language()));
            flash.addFlashAttribute("prefixTyped", prefix);
            flash.addFlashAttribute("prefixSchool", school.code());
        }
        return "redirect:" + PATH + "/sent?org=" + back.code() + "#prefix";
    }

    private Organisation tabs(String tab, String code, KhetUser user, Model model) {
        Organisation o = acting.chosen(user, code);
        model.addAttribute("tab", tab);
        model.addAttribute("org", o);
        model.addAttribute("orgs", acting.all(user));
        model.addAttribute("unread", "inbox".equals(tab) ? null : inbox.unread(o));
        model.addAttribute("setsPrefix", Acting.setsPrefix(user, o));
        return o;
    }
}
