package org.khet.platform.web;

import java.util.Comparator;
import java.util.List;
import org.khet.platform.DemoAccounts;
import org.khet.platform.HomeCard;
import org.khet.platform.KhetUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: each module's cards for this user's own scope. */
@Controller
class HomeController {

    private final List<HomeCard> sources;
    private final DemoAccounts demoAccounts;

    HomeController(List<HomeCard> sources, DemoAccounts demoAccounts) {
        this.sources = sources;
        this.demoAccounts = demoAccounts;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal KhetUser user, Model model) {
        List<HomeCard.Card> cards = sources.stream()
                .flatMap(s -> s.cardsFor(user).stream())
                .sorted(Comparator.comparingInt(HomeCard.Card::order))
                .toList();
        model.addAttribute("cards", cards);
        model.addAttribute("demoAccount", demoAccounts.isDemo(user.id()));
        return "platform/home";
    }

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }
}
