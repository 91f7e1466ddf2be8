package org.khet.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;

/** Who a case is kept from: the person it is about and the director of that person's school. */
class CaseConcernsTest {

    private static final long AREA = 1;
    private static final long SCHOOL = 50;

    @Test
    void theSubjectAndTheirSchoolDirectorAreConcernedOthersAreNot() {
        Cases.Case about = aCase(7L, SCHOOL);
        assertThat(Cases.concerns(about, 7, List.of(new RoleGrant(Role.LEGAL_OFFICER, AREA, null, null))))
                .isTrue();
        assertThat(Cases.concerns(about, 8, List.of(new RoleGrant(Role.SCHOOL_DIRECTOR, AREA, null, SCHOOL))))
                .isTrue();
        assertThat(Cases.concerns(about, 8, List.of(new RoleGrant(Role.SCHOOL_DIRECTOR, AREA, null, SCHOOL + 1))))
                .isFalse();
        assertThat(Cases.concerns(about, 8, List.of(new RoleGrant(Role.TEACHER, AREA, null, SCHOOL))))
                .isFalse();
        assertThat(Cases.concerns(
                        aCase(null, null), 7, List.of(new RoleGrant(Role.SCHOOL_DIRECTOR, AREA, null, SCHOOL))))
                .isFalse();
    }

    @Test
    void theDirectorOfTheSchoolTheSubjectWasNamedAtStaysConcernedAfterTheyMove() {
        Cases.Case moved = aCase(null, SCHOOL + 1, SCHOOL);
        for (long school : new long[] {SCHOOL, SCHOOL + 1}) {
            assertThat(Cases.concerns(moved, 8, List.of(new RoleGrant(Role.SCHOOL_DIRECTOR, AREA, null, school))))
                    .isTrue();
        }
        assertThat(Cases.concerns(moved, 8, List.of(new RoleGrant(Role.SCHOOL_DIRECTOR, AREA, null, SCHOOL + 2))))
                .isFalse();
    }

    @Test
    void theCentreCannotReadACaseAboutItself() {
        var legal = new org.khet.platform.KhetUser(
                7, "legal", "นิติกร", "th", List.of(new RoleGrant(Role.LEGAL_OFFICER, AREA, null, null)));
        var colleague = new org.khet.platform.KhetUser(
                9, "legal2", "นิติกร 2", "th", List.of(new RoleGrant(Role.LEGAL_OFFICER, AREA, null, null)));
        assertThat(Cases.mayRead(legal, aCase(7L, null))).isFalse();
        assertThat(Cases.mayRead(colleague, aCase(7L, null))).isTrue();
        assertThat(Cases.mayRead(legal, aCase(null, null))).isTrue();
    }

    private static Cases.Case aCase(Long subjectUser, Long subjectSchool) {
        return aCase(subjectUser, subjectSchool, subjectSchool);
    }

    /** A case about a person (when any), their account and school now, and the school they were named at. */
    private static Cases.Case aCase(Long subjectUser, Long subjectSchool, Long namedAtSchool) {
        return new Cases.Case(
                1,
                AREA,
                "KT-TEST-0001",
                "STAFF_CONDUCT",
                "WEB",
                "s",
                "d",
                null,
                true,
                CaseStatus.ACCEPTED,
                Instant.now(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                subjectUser == null && subjectSchool == null ? null : 99L,
                "ครู ตัวอย่าง",
                subjectUser,
                subjectSchool,
                namedAtSchool,
                0);
    }
}
