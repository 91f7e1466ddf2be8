package org.khet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.thai.ThaiNationalId;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An area office a module test makes for itself through the registry's own API: the area, then schools and people
 * by the same imports users run, as the system administrator. Each test class opens an area with a code no other
 * class uses (four digits), so that what one test makes is never what another counts. Taken so far: registry 82xx,
 * accounts 830x–831x, achievement 836x, calendar 84xx, questions 861x, complaints 87xx, platform 880x; integration
 * tests use 85xx, 862x–863x and 65xx (complaints 650x–656x, calendar 653x, notifications 654x, questions
 * 657x–658x, achievement 659x) and 67xx (correspondence pages 6700–6749: CorrespondenceJourneyTest 6700–6701, SentLettersTest 6702). All module tests share one database, so a code taken twice fails the later class
 * with "already exists".
 */
public final class TestArea {

    private final ApplicationContext context;
    private final KhetUser admin;
    private final Area area;

    private TestArea(ApplicationContext context, KhetUser admin, Area area) {
        this.context = context;
        this.admin = admin;
        this.area = area;
    }

    /** Opens area {@code code} with the units every new area starts with. */
    public static TestArea open(ApplicationContext context, String code) {
        Accounts accounts = context.getBean(Accounts.class);
        KhetUser admin = accounts.signedIn(accounts.byUsername("admin").orElseThrow());
        Area area = context.getBean(Areas.class)
                .create(new Areas.NewArea(code, "สพป.ทดสอบ " + code, "Test area " + code, "ศธ 0" + code), admin);
        return new TestArea(context, admin, area);
    }

    public long id() {
        return area.id();
    }

    public String code() {
        return area.code();
    }

    /** The system administrator, who may change anything in the area. */
    public KhetUser admin() {
        return admin;
    }

    /** An open school of this area, its code being the area's code and {@code number} (four digits); its id. */
    public long school(String number, String nameTh) {
        String code = area.code() + number;
        String csv = """
                area_code,school_code,name_th,network,amphoe,tambon,students
                %s,%s,%s,เครือข่ายทดสอบ %s,เมือง,ในเมือง,120
                """.formatted(area.code(), code, nameTh, area.code());
        ImportReport report = context.getBean(SchoolImport.class).run(bytes(csv), admin);
        assertThat(report.created()).as("school %s is new", code).isEqualTo(1);
        return context.getBean(Schools.class).byCode(code).orElseThrow().id();
    }

    /**
     * A person holding {@code position} (a code such as {@code SCHOOL_DIRECTOR}) at the school with {@code
     * schoolId}; {@code idSeed} makes the national ID (twelve digits, unique in the test run). Their id.
     */
    public long person(String idSeed, String firstName, String lastName, String position, long schoolId) {
        ImportReport report = importPeople(personRow(idSeed, firstName, lastName, position, schoolId));
        assertThat(report.created()).as("person %s is new", lastName).isEqualTo(1);
        return personId(idSeed);
    }

    /** One row for {@link #importPeople}: the person of {@code idSeed} as they should be, at {@code schoolId}. */
    public String personRow(String idSeed, String firstName, String lastName, String position, long schoolId) {
        String schoolCode =
                context.getBean(Schools.class).byId(schoolId).orElseThrow().code();
        return String.join(
                ",",
                area.code(),
                ThaiNationalId.withCheckDigit(idSeed),
                "นาง",
                firstName,
                lastName,
                position,
                schoolCode,
                "");
    }

    /** Runs the people import, as users do, on {@code rows} made by {@link #personRow}. */
    public ImportReport importPeople(String... rows) {
        String csv = "area_code,national_id,title,first_name_th,last_name_th,position,school_code,unit_code\n"
                + String.join("\n", rows) + "\n";
        return context.getBean(PeopleImport.class).run(bytes(csv), admin);
    }

    /** The id of the person of {@code idSeed} in this area. */
    public long personId(String idSeed) {
        return context.getBean(JdbcClient.class)
                .sql("select id from registry.person where area_id = :a and national_id = :n")
                .param("a", area.id())
                .param("n", ThaiNationalId.withCheckDigit(idSeed))
                .query(Long.class)
                .single();
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /** The password of every account {@link #account} makes. */
    public static final String PASSWORD = "test-area-password-2569";

    /** The first of the units every new area starts with; its id. */
    public long unit() {
        return context.getBean(Units.class).inArea(area.id()).get(0).id();
    }

    /**
     * A new account {@code username} holding {@code role} in this area, with password {@link #PASSWORD}, signed in.
     * {@code placeId} is the unit's id for a role held in a unit, the school's id for a role held at a school, and
     * not read for a role of the whole area.
     */
    public KhetUser account(String username, Role role, Long placeId) {
        return account(username, null, role, placeId);
    }

    /** As {@link #account(String, Role, Long)}, with the e-mail address {@code email} on the account. */
    public KhetUser account(String username, String email, Role role, Long placeId) {
        Long unit = role.reach() == Role.Reach.UNIT ? placeId : null;
        Long school = role.reach() == Role.Reach.SCHOOL ? placeId : null;
        Accounts accounts = context.getBean(Accounts.class);
        long id = accounts.create(
                username, username, email, PASSWORD, List.of(new RoleGrant(role, area.id(), unit, school)));
        return accounts.signedIn(accounts.byId(id).orElseThrow());
    }

    /** A person holding {@code position} (such as {@code GROUP_HEAD}) in the office's unit {@code unitId}; their id. */
    public long unitPerson(String idSeed, String firstName, String lastName, String position, long unitId) {
        String unitCode = context.getBean(Units.class).inArea(area.id()).stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow()
                .code();
        String row = String.join(
                ",",
                area.code(),
                ThaiNationalId.withCheckDigit(idSeed),
                "นาย",
                firstName,
                lastName,
                position,
                "",
                unitCode);
        assertThat(importPeople(row).created()).as("person %s is new", lastName).isEqualTo(1);
        return personId(idSeed);
    }
}
