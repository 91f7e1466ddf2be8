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
 * tests use 85xx, 862x–863x, 6400–6499 (the accounts, registry and platform packages; 6401–6421 taken so far) and
 * 65xx (complaints 650x–656x, calendar 653x, notifications 654x, questions 657x–658x, achievement 659x);
 * correspondence uses 66xx (its module tests: 660x, files 661x, paper letters 662x, handling 663x, search 664x,
 * urgent escalations 665x, sending options 666x, official PDF and templates 667x, memos 668x, retention 669x) and 67xx
 * (journeys 6700–6701, sent letters 6702, paper letters and routing 671x–672x, memo pages 673x, API 6750, registers
 * page 6751, two instances 6752, register journey 6753, rules page 6754, official PDF API and journey 676x, sending
 * options' API and journeys 677x); procurement uses 68xx (module tests 680x, integration tests 681x, records 682x–684x: module test 6820–6821, API 683x, journey 684x; documents 687x: files 6870, amendments and documents 6871 and their API 6873, journey 6872; reference prices 6880–6889: module test 6880–6881, pages and API 6882–6883, journey 6884; red flags 689x: module test 6890–6891, API 6892, journey 6893, recompute API 6895–6896). All module
 * tests share one database, so a code taken twice fails the later class with
 * "already exists".
 * Procurement's OCDS releases and export: 6850–6859 (OcdsExportTest 6850).
 * Public procurement portal: 686x (integration test 6860–6861, journey 6862).
 * Procurement's OCDS import: 6832–6833 (OcdsImportTest: 6832, a stranger's area 6833).
 * Personnel records and retirements: 6900–6929 (import 6900–6902, retirement rules 6903, retirements API 6910, record pages 6911, journey 6920).
 * Personnel's workforce plan: 6930–6959 (module test 6930–6932, API 6933–6934, journey 6935).
 * Personnel's leave: 6960–6989 (LeaveModuleTest 6960, LeaveApiTest 6961, LeaveJourneyTest 6962).
 * Personnel's travel and attendance: 7040–7059 (TravelAttendanceApiTest 7040, 7042, TravelJourneyTest 7041).
 * Personnel's leave brought forward from before Khet: 7060–7069 (LeaveOpeningTest 7060).
 * Personnel's salary-raise rounds: 6990–6998 and 7000–7019 (SalaryRoundApiTest 6990 and 6993, SalaryRoundJourneyTest 6992).
 * Personnel's five-year forecast: 7020–7039 (module test 7020–7021, API 7022–7023, journey 7024).
 * Personnel's transfer rounds and swaps: 7100–7129 (TransferApiTest 7100–7101, TransferSwapTest 7102, TransferVacanciesTest 7105, TransferJourneyTest 7110–7111).
 * Personnel's subject shortages and small-school pairing: 7160–7189 (subjects 7160–7169, pairing 7170–7189).
 * Personnel's development records and awards: 7130–7159 (DevelopmentModuleTest 7130–7134, API 7140–7142, journey 7150).
 * Personnel's gaps of swaps, pairing and development: 7200–7229 (TransferSwapApiTest 7200, PairingDirectorTest 7201, PairingDirectorJourneyTest 7202, AwardCorrectionTest 7203–7204).
 * Personnel's certificates kept without their metadata: 7230–7239 (CertificateMetadataTest 7230, CertificateRefusalJourneyTest 7231).
 * Personnel's transfers round 5: 7260–7269 (TransferRegistryMoveTest 7260 and 7262, TransferSubjectVacancyTest 7261, TransferMovedOtherwiseTest 7263).
 * Personnel's salary-raise rounds for the office's own units: 7190–7199 (SalaryRoundUnitsApiTest 7190–7191, SalaryRoundUnitsJourneyTest 7192).
 * Personnel's development write API: 7240–7249 (DevelopmentWriteApiTest 7240–7241, AwardWriteApiTest 7242–7243, ActionLearningApiTest 7244).
 * Personnel's dated rule tables: 7250–7259 (DatedRulesTest 7250–7251).
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
        return school(number, nameTh, 120);
    }

    /** As {@link #school(String, String)}, with {@code students} (which put it in a size class); its id. */
    public long school(String number, String nameTh, int students) {
        String code = area.code() + number;
        String csv = """
                area_code,school_code,name_th,network,amphoe,tambon,students
                %s,%s,%s,เครือข่ายทดสอบ %s,เมือง,ในเมือง,%d
                """.formatted(area.code(), code, nameTh, area.code(), students);
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

    /**
     * An enabled account {@code username} (also its display name) with {@code password} and {@code roles}, made
     * through the platform's accounts as the administrator would; its id. A role is one of this area's places, made
     * by {@link #areaRole}, {@link #unitRole} or {@link #schoolRole}.
     */
    public long account(String username, String password, RoleGrant... roles) {
        return context.getBean(Accounts.class).create(username, username, null, password, List.of(roles));
    }

    /** {@code role} across this area (an area director, a supervisor). */
    public RoleGrant areaRole(Role role) {
        return new RoleGrant(role, area.id(), null, null);
    }

    /** {@code role} in this area's unit {@code unitCode} (one every new area starts with, such as {@code PLAN}). */
    public RoleGrant unitRole(Role role, String unitCode) {
        return new RoleGrant(role, area.id(), unit(unitCode), null);
    }

    /** {@code role} at the school with {@code schoolId} of this area. */
    public RoleGrant schoolRole(Role role, long schoolId) {
        return new RoleGrant(role, area.id(), null, schoolId);
    }

    /** The id of this area's unit {@code unitCode}. */
    public long unit(String unitCode) {
        return context.getBean(Units.class)
                .byCode(area.id(), unitCode)
                .orElseThrow()
                .id();
    }

    /** Links the person with {@code personId} to the account {@code username}, as the area's administrator does. */
    public void link(long personId, String username) {
        context.getBean(PersonAccounts.class).link(personId, username, admin);
    }

    /**
     * {@code count} open schools of this area numbered from {@code 0001}, named {@code namePrefix} and their number,
     * made by one import (enough for a list of more than one page); their ids in number order.
     */
    public List<Long> schools(int count, String namePrefix) {
        StringBuilder csv = new StringBuilder("area_code,school_code,name_th,network,amphoe,tambon,students\n");
        for (int n = 1; n <= count; n++) {
            csv.append("%s,%s%04d,%s %d,เครือข่ายทดสอบ %s,เมือง,ในเมือง,120\n"
                    .formatted(area.code(), area.code(), n, namePrefix, n, area.code()));
        }
        ImportReport report = context.getBean(SchoolImport.class).run(bytes(csv.toString()), admin);
        assertThat(report.created()).as("%d new schools", count).isEqualTo(count);
        Schools schools = context.getBean(Schools.class);
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> schools.byCode(area.code() + "%04d".formatted(n))
                        .orElseThrow()
                        .id())
                .toList();
    }
}
