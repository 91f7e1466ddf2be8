package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khet.shared.RejectedException;

class KhetUserTest {

    private static KhetUser user(RoleGrant... grants) {
        return new KhetUser(1, "u", "U", "th", List.of(grants));
    }

    @Test
    void aGrantReachesOnlyItsOwnArea() {
        KhetUser director = user(new RoleGrant(Role.AREA_DIRECTOR, 7L, null, null));
        assertThat(director.canRead(7)).isTrue();
        assertThat(director.canRead(8)).isFalse();
        assertThat(director.worksForArea(7)).isTrue();
        assertThat(director.holds(Role.AREA_DIRECTOR, 8)).isFalse();
        assertThat(director.homeArea()).contains(7L);
    }

    @Test
    void schoolRolesDoNotActForTheArea() {
        KhetUser clerk = user(new RoleGrant(Role.SCHOOL_CLERK, 7L, null, 42L));
        assertThat(clerk.canRead(7)).isTrue();
        assertThat(clerk.worksForArea(7)).isFalse();
        assertThat(clerk.holdsAtSchool(42, Role.SCHOOL_CLERK)).isTrue();
        assertThat(clerk.holdsAtSchool(43, Role.SCHOOL_CLERK)).isFalse();
        assertThat(clerk.holdsAtSchool(42, Role.SCHOOL_DIRECTOR)).isFalse();
    }

    @Test
    void theAdministratorReachesEveryArea() {
        KhetUser admin = user(new RoleGrant(Role.SYSTEM_ADMIN, null, null, null));
        assertThat(admin.canRead(123)).isTrue();
        assertThat(admin.holds(Role.AREA_STAFF, 123)).isTrue();
        assertThat(admin.getName()).isEqualTo("u");
    }

    @Test
    void aGrantMustNameThePlaceItsRoleNeeds() {
        RoleGrants.check(new RoleGrant(Role.AREA_STAFF, 1L, 2L, null));
        assertThatThrownBy(() -> RoleGrants.check(new RoleGrant(Role.AREA_STAFF, 1L, null, null)))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> RoleGrants.check(new RoleGrant(Role.TEACHER, 1L, null, null)))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> RoleGrants.check(new RoleGrant(Role.SYSTEM_ADMIN, 1L, null, null)))
                .isInstanceOf(RejectedException.class);
    }
}
