package org.khet.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How many people of each kind every school and area office gets. Directors, deputies, janitors and office staff
 * are drawn first; teachers follow students (students / 20 + 1) and are then scaled, by largest remainder, so the
 * whole registry has exactly the requested number of people.
 */
final class StaffPlan {

    /** The people of one school. */
    record SchoolStaff(int directors, int deputies, int teachers, int janitors) {}

    private final Map<String, SchoolStaff> bySchool = new HashMap<>();
    private final Map<String, Integer> byArea = new HashMap<>();

    private StaffPlan() {}

    static StaffPlan make(Map<Area, List<School>> schools, int totalPeople, Random rnd) {
        StaffPlan plan = new StaffPlan();
        int fixed = 0;
        List<School> all = new ArrayList<>();
        for (Map.Entry<Area, List<School>> e : schools.entrySet()) {
            int office = 35 + rnd.nextInt(11);
            plan.byArea.put(e.getKey().code(), office);
            fixed += office;
            all.addAll(e.getValue());
        }
        int[] directors = new int[all.size()];
        int[] deputies = new int[all.size()];
        int[] janitors = new int[all.size()];
        double[] teachers = new double[all.size()];
        double teacherSum = 0;
        for (int i = 0; i < all.size(); i++) {
            int students = all.get(i).students();
            directors[i] = rnd.nextDouble() < 0.97 ? 1 : 0;
            deputies[i] = deputies(students, rnd);
            janitors[i] = students > 1000 ? 2 : students > 60 || rnd.nextBoolean() ? 1 : 0;
            teachers[i] = students / 20 + 1;
            teacherSum += teachers[i];
            fixed += directors[i] + deputies[i] + janitors[i];
        }
        int[] scaled = scale(teachers, teacherSum, totalPeople - fixed);
        for (int i = 0; i < all.size(); i++) {
            plan.bySchool.put(all.get(i).code(), new SchoolStaff(directors[i], deputies[i], scaled[i], janitors[i]));
        }
        return plan;
    }

    private static int deputies(int students, Random rnd) {
        if (students > 1500) {
            return 3 + rnd.nextInt(2);
        }
        if (students > 600) {
            return 1 + rnd.nextInt(3);
        }
        return students > 300 ? rnd.nextInt(2) : 0;
    }

    /** Integer shares of {@code target} proportional to {@code weights}, summing exactly to it. */
    private static int[] scale(double[] weights, double weightSum, int target) {
        if (target <= 0) {
            throw new IllegalStateException("Too few people requested for the planned schools: " + target);
        }
        int[] shares = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = weights[i] * target / weightSum;
            shares[i] = (int) exact;
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int k = 0; given < target; k = (k + 1) % order.size()) {
            shares[order.get(k)]++;
            given++;
        }
        return shares;
    }

    SchoolStaff school(String schoolCode) {
        return bySchool.get(schoolCode);
    }

    int areaOffice(String areaCode) {
        return byArea.get(areaCode);
    }
}
