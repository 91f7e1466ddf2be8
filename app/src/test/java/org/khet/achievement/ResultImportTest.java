package org.khet.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.AdminApiTest;
import org.khet.Api;
import org.khet.platform.Role;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultImportTest extends AdminApiTest {

    @Autowired
    ApplicationContext context;

    /** An area of its own with five schools, 65960001–65960005, opened once for the class. */
    @BeforeAll
    void area() {
        TestArea area = TestArea.open(context, "6596");
        for (int i = 1; i <= 5; i++) {
            area.school("000" + i, "โรงเรียนทดสอบผลสัมฤทธิ์ " + i);
        }
    }

    private Api.Response upload(String path, String csv) {
        return admin.upload(path, "file.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private Api.Response results(String csv) {
        return upload("/api/v1/achievement/imports", csv);
    }

    private static final String HEADER = "academic_year,exam,grade,school_code,subject,examinees,mean,sd\n";

    @Test
    void aFileWithBadRowsChangesNothingAndListsEveryRow() {
        String csv = HEADER
                + "2567,ONET,P6,65960001,MATH,20,45.5,12\n" // good
                + "2499,ONET,P6,65960001,THAI,20,45.5,12\n" // year before 2500
                + "2567,ONET,P6,99999999,THAI,20,45.5,12\n" // unknown school
                + "2567,ONET,P6,65960002,THAI,20,100.5,12\n" // mean outside 0-100
                + "2567,ONET,P6,65960001,MATH,21,46,12\n" // duplicate key
                + "2567,ONET,P6,65960003,SOC,20,45,12\n" // no SOC in P6 O-NET since 2562
                + "2567,NT,P6,65960003,THAI,20,45,12\n"; // NT is at P3
        var answer = results(csv);

        assertThat(answer.status()).isEqualTo(422);
        List<String> found = new ArrayList<>();
        for (JsonNode e : answer.json().get("errors")) {
            found.add(e.get("row").asInt() + ":" + e.get("field").asString());
            assertThat(e.get("message_th").asString()).isNotBlank();
            assertThat(e.get("message_en").asString()).isNotBlank();
        }
        assertThat(found)
                .containsExactlyInAnyOrder(
                        "3:academic_year", "4:school_code", "5:mean", "6:subject", "7:subject", "8:grade");
        assertThat(jdbc.sql(
                                "select count(*) from achievement.school_result r join registry.school s on s.id = r.school_id "
                                        + "where s.code like '6596%' and academic_year = 2567")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void reimportingTheSameKeyReplacesTheResultAndAuditsIt() {
        String first = HEADER + "2566,ONET,P6,65960001,THAI,20,51.25,10\n" + "2566,ONET,P6,65960002,THAI,18,40,9\n";
        var created = results(first);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("created").asInt()).isEqualTo(2);

        var same = results(first);
        assertThat(same.json().get("unchanged").asInt()).isEqualTo(2);

        var changed = results(HEADER + "2566,ONET,P6,65960001,THAI,20,52.75,10\n");
        assertThat(changed.json().get("replaced").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select mean from achievement.school_result r join registry.school s on s.id = r.school_id "
                                + "where s.code = '65960001' and academic_year = 2566 and subject = 'THAI'")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("52.75");
        String audit = jdbc.sql(
                        "select x->'before'->>'mean' || '>' || (x->'after'->>'mean') from platform.audit_event, "
                                + "jsonb_array_elements(changes) x where action = 'IMPORT' and x->>'type' = 'school_result' "
                                + "order by id desc limit 1")
                .query(String.class)
                .single();
        assertThat(audit).isEqualTo("51.250>52.750");
    }

    @Test
    void studentScoresAreAggregatedPerSchool() {
        String csv = "academic_year,exam,grade,school_code,student_ref,subject,score\n"
                + "2565,ONET,P6,65960004,A1,ENG,40\n"
                + "2565,ONET,P6,65960004,A2,ENG,50\n"
                + "2565,ONET,P6,65960004,A3,ENG,60\n"
                + "2565,ONET,P6,65960004,A4,ENG,100\n";
        var answer = results(csv);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("kind").asString()).isEqualTo("STUDENT");
        var row = jdbc.sql(
                        "select examinees, mean, sd, at_least_half, bands::text from achievement.school_result r "
                                + "join registry.school s on s.id = r.school_id where s.code = '65960004' and academic_year = 2565")
                .query()
                .singleRow();
        assertThat(row.get("examinees")).isEqualTo(4);
        assertThat((java.math.BigDecimal) row.get("mean")).isEqualByComparingTo("62.5");
        // Population SD of 40, 50, 60, 100: sqrt(((22.5)^2 + (12.5)^2 + (2.5)^2 + (37.5)^2) / 4) = 22.776
        assertThat((java.math.BigDecimal) row.get("sd")).isEqualByComparingTo("22.776");
        assertThat((java.math.BigDecimal) row.get("at_least_half")).isEqualByComparingTo("75");
        assertThat(row.get("bands")).isEqualTo("{0,0,0,0,1,1,1,0,0,1}");

        // A second file for the same school and subject replaces its students, not adds to them.
        results("academic_year,exam,grade,school_code,student_ref,subject,score\n2565,ONET,P6,65960004,B1,ENG,30\n");
        assertThat(jdbc.sql(
                                "select count(*) from achievement.student_score ss join registry.school s on s.id = ss.school_id "
                                        + "where s.code = '65960004' and academic_year = 2565")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void aNationalIdIsNeverAcceptedAsAStudentCode() {
        var answer =
                results("academic_year,exam,grade,school_code,student_ref,subject,score\n" + "2565,ONET,P6,65960004,"
                        + org.khet.thai.ThaiNationalId.withCheckDigit("110170023070") + ",MATH,40\n");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("student_ref");
    }

    @Test
    void theSeedPolicyGroupsTheAreasSchools() {
        results(HEADER
                + "2564,ONET,P6,65960001,MATH,20,62,10\n"
                + "2564,ONET,P6,65960002,MATH,20,55,10\n"
                + "2564,ONET,P6,65960003,MATH,20,55,10\n"
                + "2564,ONET,P6,65960004,MATH,20,30,10\n"
                + "2564,ONET,P6,65960005,THAI,20,50,10\n");
        var answer =
                admin.get("/api/v1/achievement/quality-groups?year=2564&exam=ONET&grade=P6&subject=MATH&area=6596");
        assertThat(answer.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode p : answer.json()) {
            rows.add(p.get("school_code").asString() + " " + text(p.get("rank")) + " " + text(p.get("percentile")) + " "
                    + text(p.get("group")));
        }
        // N = 4 ranked; 65960005 has no MATH result: "no data", never ranked.
        assertThat(rows)
                .containsExactly(
                        "65960001 1.0 25.0 GREEN",
                        "65960002 2.0 50.0 YELLOW",
                        "65960003 2.0 50.0 YELLOW",
                        "65960004 4.0 100.0 RED",
                        "65960005 null null null");

        var all = admin.get("/api/v1/achievement/quality-groups?year=2564&exam=ONET&grade=P6&subject=ALL&area=6596"
                + "&policy=FIXED_BANDS");
        assertThat(all.json().get(0).get("group").asString()).isEqualTo("FROM_50");
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.isNumber() ? String.valueOf(n.asDouble()) : n.asString();
    }

    @Test
    void badQuestionsAreRefusedWithReasons() {
        var answer = admin.get("/api/v1/achievement/quality-groups?year=2400&exam=XYZ&grade=P6&area=6596");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("year").contains("exam");
        // A teacher of another area: not theirs to import, and not theirs to see.
        TestArea elsewhere = TestArea.open(context, "6595");
        elsewhere.account("teacher.6595", Role.TEACHER, elsewhere.school("0001", "โรงเรียนทดสอบผลสัมฤทธิ์ 6595"));
        var teacher = Api.asUser(port, "teacher.6595", TestArea.PASSWORD);
        assertThat(teacher.upload(
                                "/api/v1/achievement/imports",
                                "r.csv",
                                (HEADER + "2564,ONET,P6,65960001,MATH,20,62,10\n").getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(403);
        assertThat(teacher.get("/api/v1/achievement/quality-groups?year=2564&exam=ONET&grade=P6&area=6596")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void areaOfficesAreGroupedAmongAreaOfficesFromTheirReferenceRows() {
        StringBuilder csv = new StringBuilder("academic_year,exam,grade,scope,subject,examinees,mean,sd\n");
        String[] means = {"58", "52", "52", "47", "41", "35"};
        for (int i = 0; i < means.length; i++) {
            csv.append("2563,ONET,M3,AREA:77%02d,ENG,1000,%s,14\n".formatted(i, means[i]));
        }
        assertThat(results(csv.toString()).status()).isEqualTo(200);
        var answer =
                admin.get("/api/v1/achievement/quality-groups?year=2563&exam=ONET&grade=M3&subject=ENG&among=areas");
        assertThat(answer.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode p : answer.json()) {
            rows.add(p.get("area_code").asString() + " " + text(p.get("rank")) + " " + text(p.get("group")));
        }
        // N = 6: positions 16.67, 50, 50, 66.67, 83.33, 100.
        assertThat(rows)
                .containsExactly(
                        "7700 1.0 GREEN",
                        "7701 2.0 YELLOW",
                        "7702 2.0 YELLOW",
                        "7703 4.0 BLACK",
                        "7704 5.0 RED",
                        "7705 6.0 RED");
    }

    @Test
    void theLowerLimitRuleCountsEachSchoolsStudentsAboveTheNationalLimit() {
        // National MATH: 40 − 2.58 × 10 / √400 = 38.71; THAI: 50 − 2.58 × 20 / √100 = 44.84.
        assertThat(results("academic_year,exam,grade,scope,subject,examinees,mean,sd\n"
                                + "2564,ONET,M3,NATIONAL,MATH,400,40,10\n"
                                + "2564,ONET,M3,NATIONAL,THAI,100,50,20\n")
                        .status())
                .isEqualTo(200);
        assertThat(results("academic_year,exam,grade,school_code,student_ref,subject,score\n"
                                + "2564,ONET,M3,65960005,S1,MATH,30\n"
                                + "2564,ONET,M3,65960005,S2,MATH,38.71\n" // at the limit: not above it
                                + "2564,ONET,M3,65960005,S3,MATH,38.72\n"
                                + "2564,ONET,M3,65960005,S4,MATH,50\n"
                                + "2564,ONET,M3,65960005,S5,MATH,90\n"
                                + "2564,ONET,M3,65960005,S1,THAI,44\n"
                                + "2564,ONET,M3,65960005,S2,THAI,45\n")
                        .status())
                .isEqualTo(200);
        assertThat(shareOf("MATH")).isEqualTo("60.0");
        // ALL pools the students of every subject, each against its own limit: (3 + 1) / (5 + 2).
        assertThat(shareOf("ALL")).isEqualTo("57.14");
        // A new file of the school's MATH scores replaces them, and the shares follow: MATH 2 of 3; ALL (2 + 1) / (3 +
        // 2).
        assertThat(results("academic_year,exam,grade,school_code,student_ref,subject,score\n"
                                + "2564,ONET,M3,65960005,S1,MATH,38.70\n"
                                + "2564,ONET,M3,65960005,S6,MATH,70\n"
                                + "2564,ONET,M3,65960005,S7,MATH,71\n")
                        .status())
                .isEqualTo(200);
        assertThat(shareOf("MATH")).isEqualTo("66.67");
        assertThat(shareOf("ALL")).isEqualTo("60.0");
    }

    private String shareOf(String subject) {
        var answer = admin.get("/api/v1/achievement/quality-groups?year=2564&exam=ONET&grade=M3&subject=" + subject
                + "&policy=ONESQA_LOWER_LIMIT&area=6596");
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode p : answer.json()) {
            if (p.get("school_code").asString().equals("65960005")) {
                return text(p.get("share_above_limit"));
            }
        }
        throw new AssertionError("65960005 not in " + answer.body());
    }

    @Test
    void aSchoolMeanDoesNotReplaceAResultComputedFromStudents() {
        assertThat(results("academic_year,exam,grade,school_code,student_ref,subject,score\n"
                                + "2562,ONET,P6,65960003,R1,SCI,40\n"
                                + "2562,ONET,P6,65960003,R2,SCI,60\n")
                        .status())
                .isEqualTo(200);
        var answer = results(HEADER + "2562,ONET,P6,65960002,SCI,20,44,10\n" + "2562,ONET,P6,65960003,SCI,20,70,10\n");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("errors")).hasSize(1);
        assertThat(answer.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(answer.json().get("errors").get(0).get("message_en").asString())
                .contains("computed from student scores");
        assertThat(jdbc.sql("select mean from achievement.school_result r join registry.school s on s.id = r.school_id "
                                + "where s.code = '65960003' and academic_year = 2562 and subject = 'SCI'")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("50");
        assertThat(jdbc.sql(
                                "select count(*) from achievement.school_result r join registry.school s on s.id = r.school_id "
                                        + "where s.code = '65960002' and academic_year = 2562")
                        .query(Long.class)
                        .single())
                .as("the file's good row waits for the whole file")
                .isZero();
    }
}
