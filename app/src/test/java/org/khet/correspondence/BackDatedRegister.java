package org.khet.correspondence;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * FOR TESTS ONLY: writes register entries dated in past years straight into the register table, because
 * registration refuses back-dating by design and a retention rule needs letters ten or twenty years old. Each entry
 * copies the letter it names and takes the next number of its year in the dispatch register; nothing else in Khet
 * writes rows this way.
 */
public final class BackDatedRegister {

    private final JdbcClient jdbc;
    private final Organisation org;
    private final long letterId;

    /** Entries of {@code org}'s dispatch register that all name the (already sent) letter {@code letterId}. */
    BackDatedRegister(JdbcClient jdbc, Organisation org, long letterId) {
        this.jdbc = jdbc;
        this.org = org;
        this.letterId = letterId;
    }

    /** The same for a test outside the module: {@code orgCode}'s register, the letter {@code letterId}. */
    public static BackDatedRegister of(
            org.springframework.context.ApplicationContext context, String orgCode, long letterId) {
        Organisation org = context.getBean(Organisations.class).byCode(orgCode).orElseThrow();
        return new BackDatedRegister(context.getBean(JdbcClient.class), org, letterId);
    }

    /** An entry registered (and dated) on {@code day}, with {@code subject}; its id. */
    public long enteredOn(LocalDate day, String subject) {
        int year = day.getYear() + 543;
        return jdbc.sql("""
                        insert into correspondence.register_entry (area_id, school_id, register, year, sequence, number,
                            registered_on, registered_at, registered_by, letter_id, letter_number, dated, from_name,
                            to_name, subject)
                        select :area, :school, 'DISPATCH', :year, coalesce(max(e.sequence), 0) + 1,
                               :prefix || '/' || (coalesce(max(e.sequence), 0) + 1), :day, :day, 0, :letter,
                               :prefix || '/' || (coalesce(max(e.sequence), 0) + 1), :day, :org, 'ผู้รับ', :subject
                        from correspondence.register_entry e
                        where e.area_id = :area and e.school_id is not distinct from :school
                          and e.register = 'DISPATCH' and e.year = :year
                        returning id""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("year", year)
                .param("prefix", org.prefix())
                .param("day", day)
                .param("letter", letterId)
                .param("org", org.nameTh())
                .param("subject", subject)
                .query(Long.class)
                .single();
    }
}
