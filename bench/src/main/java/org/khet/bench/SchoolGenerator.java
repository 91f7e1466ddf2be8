package org.khet.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Spreads schools over the areas the way OBEC's are spread: primary areas hold 100–300 schools, secondary areas
 * 20–70, and most schools are small. Each area gets its own districts, sub-districts and 8–15 school networks.
 */
final class SchoolGenerator {

    private static final int PRIMARY_MIN = 100;
    private static final int PRIMARY_MAX = 300;
    private static final List<String> PRIMARY_KINDS =
            List.of("บ้าน", "บ้าน", "บ้าน", "บ้าน", "บ้าน", "วัด", "วัด", "ชุมชน");
    private static final List<String> SECONDARY_SUFFIXES =
            List.of("วิทยา", "พิทยาคม", "วิทยาคาร", "ศึกษา", "ราษฎร์บำรุง");

    private final Random rnd;

    SchoolGenerator(Random rnd) {
        this.rnd = rnd;
    }

    /** Exactly {@code total} schools, grouped by area in the areas' order. */
    Map<Area, List<School>> generate(List<Area> areas, int total) {
        int[] counts = counts(areas, total);
        Map<Area, List<School>> schools = new LinkedHashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            schools.put(areas.get(i), inArea(areas.get(i), counts[i]));
        }
        return schools;
    }

    private int[] counts(List<Area> areas, int total) {
        int[] counts = new int[areas.size()];
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            double u = rnd.nextDouble();
            counts[i] = areas.get(i).secondary()
                    ? 20 + rnd.nextInt(51)
                    : PRIMARY_MIN + (int) ((PRIMARY_MAX - PRIMARY_MIN) * u * u);
            sum += counts[i];
        }
        // Nudge random primary areas one school at a time, staying inside 100–300, until the total is exact.
        while (sum != total) {
            int i = rnd.nextInt(counts.length);
            if (areas.get(i).secondary()) {
                continue;
            }
            if (sum < total && counts[i] < PRIMARY_MAX) {
                counts[i]++;
                sum++;
            } else if (sum > total && counts[i] > PRIMARY_MIN) {
                counts[i]--;
                sum--;
            }
        }
        return counts;
    }

    private List<School> inArea(Area area, int count) {
        List<String> amphoes = distinctPlaces(4 + rnd.nextInt(7));
        List<List<String>> tambons = new ArrayList<>();
        for (int i = 0; i < amphoes.size(); i++) {
            tambons.add(distinctPlaces(4 + rnd.nextInt(6)));
        }
        List<String> networks = new ArrayList<>();
        for (String place : distinctPlaces(8 + rnd.nextInt(8))) {
            networks.add("เครือข่าย" + place);
        }
        Set<String> names = new HashSet<>();
        List<School> schools = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            int a = rnd.nextInt(amphoes.size());
            schools.add(new School(
                    area.code(),
                    area.code() + String.format("%04d", n),
                    uniqueName(area.secondary(), names),
                    ThaiNames.pick(rnd, networks),
                    amphoes.get(a),
                    ThaiNames.pick(rnd, tambons.get(a)),
                    students(area.secondary())));
        }
        return schools;
    }

    private List<String> distinctPlaces(int count) {
        Set<String> places = new HashSet<>();
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < count) {
            String place = ThaiNames.place(rnd);
            if (places.add(place)) {
                ordered.add(place);
            }
        }
        return ordered;
    }

    private String uniqueName(boolean secondary, Set<String> taken) {
        String name = "";
        for (int attempt = 0; attempt < 50; attempt++) {
            name = secondary
                    ? "โรงเรียน" + ThaiNames.place(rnd) + ThaiNames.pick(rnd, SECONDARY_SUFFIXES)
                    : "โรงเรียน" + ThaiNames.pick(rnd, PRIMARY_KINDS) + ThaiNames.place(rnd);
            if (taken.add(name)) {
                return name;
            }
        }
        String numbered = name + " " + (taken.size() + 1);
        taken.add(numbered);
        return numbered;
    }

    /** Small schools dominate primary areas; secondary schools are mostly medium and large. */
    private int students(boolean secondary) {
        double r = rnd.nextDouble();
        double smallShare = secondary ? 0.12 : 0.55;
        double mediumShare = secondary ? 0.60 : 0.95;
        if (r < smallShare) {
            return skewed(20, 120);
        }
        return r < mediumShare ? skewed(121, 600) : skewed(601, 2500);
    }

    private int skewed(int low, int high) {
        double u = rnd.nextDouble();
        return low + (int) ((high - low + 1) * u * u);
    }
}
