package org.khet.demo;

import java.util.List;
import java.util.Random;
import org.khet.thai.ThaiNationalId;

/**
 * Writes the demo schools and people as the CSV files an area office would import, from a fixed seed so every
 * demo install is the same. Names are fictional; national IDs are fictional with valid check digits.
 */
final class DemoRegistry {

    static final String SCHOOL_HEADER =
            "area_code,school_code,name_th,network,amphoe,tambon,students,phone,k2,k3,p1,p2,p3,p4,p5,p6\n";
    static final String PEOPLE_HEADER =
            "area_code,national_id,title,first_name_th,last_name_th,position,academic_standing,school_code,unit_code,phone\n";
    static final List<String> UNITS =
            List.of("ADMIN", "PLAN", "PERSONNEL", "PROMOTION", "SUPERVISION", "FINANCE", "PRIVATE", "AUDIT", "ICT");

    private final Random random = new Random(2569);
    private final StringBuilder schools = new StringBuilder(SCHOOL_HEADER);
    private final StringBuilder people = new StringBuilder(PEOPLE_HEADER);
    private long idSerial = 310_000_000_000L;

    static DemoRegistry generate() {
        DemoRegistry r = new DemoRegistry();
        r.schoolsAndStaff();
        r.officeStaff();
        return r;
    }

    String schoolsCsv() {
        return schools.toString();
    }

    String peopleCsv() {
        return people.toString();
    }

    static String firstSchoolCode() {
        return DemoArea.CODE + "0001";
    }

    private void schoolsAndStaff() {
        int n = 0;
        for (DemoArea.NetworkPlan net : DemoArea.NETWORKS) {
            for (String place : net.places()) {
                n++;
                String code = DemoArea.CODE + String.format("%04d", n);
                String name = place.startsWith("บ้าน")
                        ? "โรงเรียน" + place
                        : (n % 7 == 0 ? "โรงเรียนวัด" : "โรงเรียนบ้าน") + place;
                String tambon = net.tambons().get(n % net.tambons().size());
                int students = students();
                schools.append(String.join(
                                ",",
                                DemoArea.CODE,
                                code,
                                name,
                                net.name(),
                                net.amphoe(),
                                tambon,
                                String.valueOf(students),
                                "074-" + (600_000 + n * 37),
                                byGrade(students)))
                        .append('\n');
                staff(code, students);
            }
        }
    }

    /** Two kindergarten and six primary grades, a little uneven as real classes are, adding up to the total. */
    private String byGrade(int students) {
        int[] grades = new int[8];
        int left = students;
        for (int g = 0; g < grades.length - 1; g++) {
            int share = Math.round(left / (float) (grades.length - g) * (0.85f + 0.3f * random.nextFloat()));
            grades[g] = Math.min(left, share);
            left -= grades[g];
        }
        grades[grades.length - 1] = left;
        StringBuilder b = new StringBuilder();
        for (int g : grades) {
            b.append(b.length() == 0 ? "" : ",").append(g);
        }
        return b.toString();
    }

    /** Most schools of the area are small; a few are large (the seed counts schools of 300 and more as large). */
    private int students() {
        double u = random.nextDouble();
        if (u < 0.55) {
            return 35 + random.nextInt(86);
        }
        if (u < 0.9) {
            return 121 + random.nextInt(180);
        }
        return 300 + random.nextInt(500);
    }

    private void staff(String schoolCode, int students) {
        person("SCHOOL_DIRECTOR", standing(0.7), schoolCode, "");
        int teachers = Math.max(2, students / 20);
        for (int i = 0; i < teachers; i++) {
            person(i == 0 && students < 120 ? "CONTRACT_TEACHER" : "TEACHER", standing(0.5), schoolCode, "");
        }
        if (students >= 120) {
            person("GENERAL_OFFICER", "", schoolCode, "");
        }
    }

    private void officeStaff() {
        person("AREA_DIRECTOR", "SENIOR_EXPERT", "", "ADMIN");
        person("AREA_DEPUTY", "EXPERT", "", "ADMIN");
        for (String unit : UNITS) {
            person("GROUP_HEAD", "SENIOR", "", unit);
            int staff = unit.equals("SUPERVISION") ? 8 : 3;
            for (int i = 0; i < staff; i++) {
                String position =
                        switch (unit) {
                            case "SUPERVISION" -> "SUPERVISOR";
                            case "AUDIT" -> "AUDITOR";
                            case "FINANCE" -> i == 0 ? "PROCUREMENT_OFFICER" : "GENERAL_OFFICER";
                            case "ADMIN" -> i == 0 ? "LEGAL_OFFICER" : "GENERAL_OFFICER";
                            default -> "EDUCATION_OFFICER";
                        };
                person(position, standing(0.6), "", unit);
            }
        }
    }

    private String standing(double chance) {
        if (random.nextDouble() > chance) {
            return "NONE";
        }
        return random.nextDouble() < 0.7 ? "PRACTITIONER" : "SENIOR";
    }

    private void person(String position, String standing, String schoolCode, String unitCode) {
        boolean female = random.nextDouble() < 0.6;
        String first = pick(female ? DemoArea.FIRST_NAMES_FEMALE : DemoArea.FIRST_NAMES_MALE);
        String title = female ? (random.nextBoolean() ? "นาง" : "นางสาว") : "นาย";
        String nid =
                ThaiNationalId.withCheckDigit(String.valueOf(idSerial++ * 7 % 600_000_000_000L + 300_000_000_000L));
        String phone = "08" + (1 + random.nextInt(9)) + "-" + (100 + random.nextInt(900)) + "-"
                + (1000 + random.nextInt(9000));
        people.append(String.join(
                        ",",
                        DemoArea.CODE,
                        nid,
                        title,
                        first,
                        pick(DemoArea.LAST_NAMES),
                        position,
                        standing,
                        schoolCode,
                        unitCode,
                        phone))
                .append('\n');
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
