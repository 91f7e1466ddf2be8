package org.khet.registry;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.HomeCard;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.springframework.stereotype.Component;

/** Home-page cards: the user's own school, or the schools and people of their area with recent changes. */
@Component
class RegistryHome implements HomeCard {

    private final SchoolQueries schools;
    private final People people;

    RegistryHome(SchoolQueries schools, People people) {
        this.schools = schools;
        this.people = people;
    }

    @Override
    public List<Card> cardsFor(KhetUser user) {
        List<Card> cards = new ArrayList<>();
        for (Long schoolId : user.schoolIds()) {
            schools.row(schoolId).ifPresent(school -> cards.add(students(school, user)));
            cards.add(ownSchool(schoolId, user));
        }
        if (user.isAdmin() || user.grants().stream().anyMatch(g -> g.isAreaWide())) {
            List<Line> recent = schools.recentlyChanged(user, 5).stream()
                    .map(s -> new Line(s.nameTh(), "/schools/" + s.id(), s.amphoe()))
                    .toList();
            long open = schools.count(user);
            cards.add(new Card(
                    10, "home.card.schools", open, "home.card.schools.unit", "/schools", "home.card.recent", recent));
            List<Line> sizes = schools.bySize(user, user.language()).stream()
                    .map(e -> new Line(e.getKey(), "/size-schemes", e.getValue().toString()))
                    .toList();
            cards.add(new Card(15, "home.card.sizes", open, "home.card.sizes.unit", "/size-schemes", null, sizes));
            cards.add(new Card(
                    20, "home.card.people", people.countIn(user), "home.card.people.unit", "/people", null, List.of()));
        }
        return cards;
    }

    /** The user's school with its students of the latest year and its size class. */
    private Card students(SchoolRow school, KhetUser user) {
        String size = "en".equals(user.language()) ? school.sizeEn() : school.sizeTh();
        Line name = new Line(school.nameTh(), "/schools/" + school.id(), size == null ? "" : size);
        return new Card(
                0,
                "home.card.myStudents",
                school.students() == null ? 0 : school.students(),
                "home.card.students.unit",
                "/schools/" + school.id() + "#enrolment",
                null,
                List.of(name));
    }

    private Card ownSchool(long schoolId, KhetUser user) {
        var page = people.search(new People.Filter("", schoolId, null, org.khet.shared.PageNumber.FIRST), user);
        List<Line> staff = page.rows().stream()
                .limit(5)
                .map(p -> new Line(p.fullName(), "/people/" + p.id(), p.positionTh() == null ? "" : p.positionTh()))
                .toList();
        boolean director = user.holdsAtSchool(schoolId, Role.SCHOOL_DIRECTOR);
        return new Card(
                director ? 1 : 5,
                "home.card.mySchool",
                page.total(),
                "home.card.people.unit",
                "/schools/" + schoolId,
                null,
                staff);
    }
}
