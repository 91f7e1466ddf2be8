package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.khet.platform.Accounts;
import org.khet.shared.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SizeSchemesTest extends IntegrationTest {

    @Autowired
    SizeSchemes schemes;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewVersionOfABandTakesEffectOnItsDateAndNotBefore() {
        var admin = accounts.signedIn(accounts.byUsername("admin").orElseThrow());
        LocalDate from = LocalDate.of(2600, 5, 16);
        schemes.newVersion("SUPERVISION", from, admin);
        long smallClass = jdbc.sql("""
                        select c.id from registry.size_class c join registry.size_scheme s on s.id = c.scheme_id
                        where s.code = 'SUPERVISION' and s.effective_from = :from and c.ordinal = 1""").param("from", from).query(Long.class).single();
        schemes.updateClass(smallClass, "โรงเรียนขนาดเล็ก", "Small", 1, 149, admin);
        long medium = jdbc.sql("""
                        select c.id from registry.size_class c join registry.size_scheme s on s.id = c.scheme_id
                        where s.code = 'SUPERVISION' and s.effective_from = :from and c.ordinal = 2""").param("from", from).query(Long.class).single();
        schemes.updateClass(medium, "โรงเรียนขนาดกลาง", "Medium", 150, 299, admin);

        assertThat(sizeOf(130, LocalDate.of(2599, 12, 31))).isEqualTo("โรงเรียนขนาดกลาง");
        assertThat(sizeOf(130, from)).isEqualTo("โรงเรียนขนาดเล็ก");
        assertThat(sizeOf(130, LocalDate.now())).isEqualTo("โรงเรียนขนาดกลาง");
    }

    @Test
    void onlyTheAdministratorEditsBands() {
        var director = accounts.signedIn(accounts.byUsername("director").orElseThrow());
        assertThatThrownBy(() -> schemes.newVersion("OBEC4", LocalDate.of(2650, 1, 1), director))
                .isInstanceOf(ForbiddenException.class);
    }

    private String sizeOf(int students, LocalDate on) {
        return jdbc.sql(
                        "select name_th from registry.size_class where id = registry.size_class_of('SUPERVISION', :n, :on)")
                .param("n", students)
                .param("on", on)
                .query(String.class)
                .single();
    }
}
