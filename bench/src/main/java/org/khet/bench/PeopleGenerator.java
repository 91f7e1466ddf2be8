package org.khet.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.khet.thai.ThaiNationalId;

/**
 * Writes the people of one area: its office staff, placed in the office's units, then each school's director,
 * deputies, teachers and janitors. National IDs carry a valid check digit and are unique nationwide.
 */
final class PeopleGenerator {

    static final List<String> HEADER = List.of(
            "area_code",
            "national_id",
            "title",
            "first_name_th",
            "last_name_th",
            "position",
            "academic_standing",
            "school_code",
            "unit_code",
            "phone",
            "email");

    private static final List<String> UNITS =
            List.of("ADMIN", "PLAN", "PERSONNEL", "PROMOTION", "SUPERVISION", "FINANCE", "PRIVATE", "AUDIT", "ICT");
    private static final List<String> OFFICER_UNITS = List.of("PLAN", "PERSONNEL", "PROMOTION", "PRIVATE", "ICT");
    private static final List<String> CLERK_UNITS = List.of("ADMIN", "ADMIN", "FINANCE", "PERSONNEL", "ICT");
    private static final List<String> STANDINGS = List.of("NONE", "PRACTITIONER", "SENIOR", "EXPERT");
    private static final List<String> MAIL_DOMAINS =
            List.of("gmail.com", "gmail.com", "hotmail.com", "obec.go.th", "moe.go.th", "yahoo.co.th");

    private final Random rnd;
    private final Set<Long> usedIds = new HashSet<>();

    PeopleGenerator(Random rnd) {
        this.rnd = rnd;
    }

    void writeArea(Area area, List<School> schools, StaffPlan plan, Consumer<List<String>> out) {
        officeStaff(area, plan.areaOffice(area.code()), out);
        for (School s : schools) {
            StaffPlan.SchoolStaff staff = plan.school(s.code());
            for (int i = 0; i < staff.directors(); i++) {
                out.accept(person(area, "SCHOOL_DIRECTOR", standing(0, 45, 45, 10), s.code(), ""));
            }
            for (int i = 0; i < staff.deputies(); i++) {
                out.accept(person(area, "SCHOOL_DEPUTY", standing(0, 60, 40, 0), s.code(), ""));
            }
            for (int i = 0; i < staff.teachers(); i++) {
                out.accept(teacher(area, s.code()));
            }
            for (int i = 0; i < staff.janitors(); i++) {
                out.accept(person(area, "JANITOR", "", s.code(), ""));
            }
        }
    }

    private void officeStaff(Area area, int count, Consumer<List<String>> out) {
        List<List<String>> staff = new ArrayList<>();
        for (String unit : UNITS) {
            staff.add(person(area, "GROUP_HEAD", standing(0, 30, 60, 10), "", unit));
        }
        staff.add(person(area, "LEGAL_OFFICER", standing(20, 50, 30, 0), "", "ADMIN"));
        staff.add(person(area, "AUDITOR", standing(20, 50, 30, 0), "", "AUDIT"));
        staff.add(person(area, "PROCUREMENT_OFFICER", "", "", "FINANCE"));
        staff.add(person(area, "PROCUREMENT_OFFICER", "", "", "FINANCE"));
        int supervisors = 8 + rnd.nextInt(5);
        for (int i = 0; i < supervisors; i++) {
            staff.add(person(area, "SUPERVISOR", standing(0, 40, 45, 15), "", "SUPERVISION"));
        }
        int officers = 6 + rnd.nextInt(4);
        for (int i = 0; i < officers; i++) {
            staff.add(
                    person(area, "EDUCATION_OFFICER", standing(30, 50, 20, 0), "", ThaiNames.pick(rnd, OFFICER_UNITS)));
        }
        while (staff.size() < count) {
            staff.add(person(area, "GENERAL_OFFICER", "", "", ThaiNames.pick(rnd, CLERK_UNITS)));
        }
        staff.subList(0, count).forEach(out);
    }

    private List<String> teacher(Area area, String schoolCode) {
        double r = rnd.nextDouble();
        if (r < 0.70) {
            return person(area, "TEACHER", standing(25, 40, 30, 5), schoolCode, "");
        }
        if (r < 0.85) {
            return person(area, "ASSISTANT_TEACHER", rnd.nextBoolean() ? "NONE" : "", schoolCode, "");
        }
        return person(area, "CONTRACT_TEACHER", "", schoolCode, "");
    }

    private List<String> person(Area area, String position, String standing, String schoolCode, String unitCode) {
        boolean male = rnd.nextDouble() < 0.4;
        String title = male ? "นาย" : rnd.nextDouble() < 0.55 ? "นาง" : "นางสาว";
        return List.of(
                area.code(),
                nationalId(area),
                title,
                ThaiNames.firstName(rnd, male),
                ThaiNames.lastName(rnd),
                position,
                standing,
                schoolCode,
                unitCode,
                phone(),
                email());
    }

    /** One of NONE/PRACTITIONER/SENIOR/EXPERT by the given percentages; empty for whatever is left over. */
    private String standing(int none, int practitioner, int senior, int expert) {
        int r = rnd.nextInt(100);
        int[] shares = {none, practitioner, senior, expert};
        for (int i = 0; i < shares.length; i++) {
            if (r < shares[i]) {
                return STANDINGS.get(i);
            }
            r -= shares[i];
        }
        return "";
    }

    /** Category digit, the area's province and a district, then random digits; fictional but well-formed. */
    private String nationalId(Area area) {
        while (true) {
            double r = rnd.nextDouble();
            int category = r < 0.60 ? 1 : r < 0.95 ? 3 : 1 + rnd.nextInt(8);
            String first12 = category
                    + area.province().code()
                    + String.format("%02d", 1 + rnd.nextInt(20))
                    + String.format("%07d", rnd.nextInt(10_000_000));
            if (usedIds.add(Long.parseLong(first12))) {
                return ThaiNationalId.withCheckDigit(first12);
            }
        }
    }

    private String phone() {
        if (rnd.nextDouble() < 0.08) {
            return "";
        }
        int second = rnd.nextDouble() < 0.7 ? 8 : rnd.nextBoolean() ? 6 : 9;
        return String.format("0%d%d-%03d-%04d", second, rnd.nextInt(10), rnd.nextInt(1000), rnd.nextInt(10_000));
    }

    private String email() {
        if (rnd.nextDouble() < 0.45) {
            return "";
        }
        String number = rnd.nextBoolean() ? Integer.toString(rnd.nextInt(10_000)) : "";
        return ThaiNames.latin(rnd) + "." + ThaiNames.latin(rnd) + number + "@" + ThaiNames.pick(rnd, MAIL_DOMAINS);
    }
}
