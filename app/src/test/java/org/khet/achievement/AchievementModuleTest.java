package org.khet.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.ModuleTest;
import org.khet.platform.KhetUser;
import org.khet.registry.TestArea;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Achievement alone, with the registry and platform it stands on and no demo data: the test opens an area of its
 * own, gives it schools through the registry's import, imports results files it writes and reads what the module
 * made of them.
 */
@ModuleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AchievementModuleTest {

    private static final String HEADER = "academic_year,exam,grade,school_code,subject,examinees,mean,sd\n";
    private static final String SCORES = "academic_year,exam,grade,school_code,student_ref,subject,score\n";

    @Autowired
    ApplicationContext context;

    @Autowired
    ResultImport imports;

    @Autowired
    QualityGroups groups;

    @Autowired
    QualityPolicies policies;

    @Autowired
    Results results;

    private KhetUser admin;
    private TestArea area;

    @BeforeAll
    void anAreaWithFiveSchools() {
        area = TestArea.open(context, "8361");
        admin = area.admin();
        for (int n = 1; n <= 5; n++) {
            area.school("000" + n, "โรงเรียนผลสัมฤทธิ์ " + n);
        }
    }

    @Test
    void schoolMeansAreStoredAndGroupedByTheSeedPolicy() {
        ResultImport.Report report = imports.run(
                bytes(HEADER
                        + "2564,ONET,P6,83610001,MATH,20,62,10\n"
                        + "2564,ONET,P6,83610002,MATH,20,55,10\n"
                        + "2564,ONET,P6,83610003,MATH,20,55,10\n"
                        + "2564,ONET,P6,83610004,MATH,20,30,10\n"
                        + "2564,ONET,P6,83610005,THAI,20,50,10\n"),
                admin);
        assertThat(report).isEqualTo(new ResultImport.Report("SCHOOL", 5, 5, 0, 0, 5));

        List<String> placed =
                groups
                        .place(area.id(), 2564, "ONET", "P6", "MATH", policies.inForce(QualityPolicies.DEFAULT, 2564))
                        .stream()
                        .map(p -> p.schoolCode() + " " + p.rank() + " " + p.group())
                        .toList();
        // The fifth school sat the exam but has no MATH result: it is listed without a rank or group.
        assertThat(placed)
                .containsExactly(
                        "83610001 1 GREEN",
                        "83610002 2 YELLOW",
                        "83610003 2 YELLOW",
                        "83610004 4 RED",
                        "83610005 null null");

        ResultImport.Report again = imports.run(
                bytes(HEADER + "2564,ONET,P6,83610004,MATH,20,30,10\n" + "2564,ONET,P6,83610005,MATH,20,45,10\n"),
                admin);
        assertThat(again).isEqualTo(new ResultImport.Report("SCHOOL", 2, 1, 0, 1, 2));
    }

    @Test
    void studentScoresMakeTheSchoolsResultWhichASchoolMeanThenDoesNotReplace() {
        ResultImport.Report report = imports.run(
                bytes(SCORES
                        + "2565,ONET,P6,83610001,S-1,THAI,40\n"
                        + "2565,ONET,P6,83610001,S-2,THAI,60\n"
                        + "2565,ONET,P6,83610001,S-3,THAI,80\n"),
                admin);
        assertThat(report).isEqualTo(new ResultImport.Report("STUDENT", 3, 1, 0, 0, 1));
        Results.SchoolMean thai = results.schoolMeans(area.id(), 2565, "ONET", "P6", "THAI").stream()
                .filter(m -> m.schoolCode().equals("83610001"))
                .findFirst()
                .orElseThrow();
        assertThat(thai.examinees()).isEqualTo(3);
        assertThat(thai.mean()).isEqualByComparingTo(new BigDecimal("60"));

        assertThatThrownBy(() -> imports.run(bytes(HEADER + "2565,ONET,P6,83610001,THAI,3,75,5\n"), admin))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("school_code")));
        assertThat(results.schoolMeans(area.id(), 2565, "ONET", "P6", "THAI").stream()
                        .filter(m -> m.schoolCode().equals("83610001"))
                        .map(Results.SchoolMean::mean))
                .singleElement()
                .satisfies(mean -> assertThat(mean).isEqualByComparingTo(new BigDecimal("60")));
    }

    @Test
    void aRepeatedRowRejectsTheWholeFile() {
        assertThatThrownBy(() -> imports.run(
                        bytes(HEADER
                                + "2566,ONET,P6,83610002,MATH,20,50,10\n"
                                + "2566,ONET,P6,83610002,MATH,20,51,10\n"),
                        admin))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactly("subject"));
        assertThat(results.schoolMeans(area.id(), 2566, "ONET", "P6", "MATH"))
                .as("no school has a result of 2566")
                .extracting(Results.SchoolMean::mean)
                .containsOnlyNulls();
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
