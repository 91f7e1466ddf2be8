package org.khet.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.khet.achievement.ResultImport;
import org.khet.platform.Accounts;
import org.khet.platform.DatabaseMode;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.Areas;
import org.khet.registry.PeopleImport;
import org.khet.registry.SchoolImport;
import org.khet.registry.Schools;
import org.khet.registry.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo area on the first start of an embedded database (unless {@code KHET_DEMO=false}), through the
 * registry's own imports, and creates one demo user of each role; their password is in the README.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "khet-demo-2569";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final boolean enabled;
    private final DatabaseMode database;
    private final Areas areas;
    private final Units units;
    private final Schools schools;
    private final SchoolImport schoolImport;
    private final PeopleImport peopleImport;
    private final Accounts accounts;
    private final ResultImport resultImport;
    private final org.khet.complaints.SampleCases sampleCases;
    private final org.khet.questions.SampleQuestions sampleQuestions;
    private final org.khet.correspondence.SampleLetters sampleLetters;
    private final org.khet.procurement.SampleSuppliers sampleSuppliers;
    private final DemoAccountLinks accountLinks;
    private final org.khet.platform.DemoAccounts demoAccounts;

    DemoDataLoader(
            @Value("${khet.demo}") boolean enabled,
            DatabaseMode database,
            Areas areas,
            Units units,
            Schools schools,
            SchoolImport schoolImport,
            PeopleImport peopleImport,
            Accounts accounts,
            ResultImport resultImport,
            org.khet.complaints.SampleCases sampleCases,
            org.khet.questions.SampleQuestions sampleQuestions,
            org.khet.correspondence.SampleLetters sampleLetters,
            org.khet.procurement.SampleSuppliers sampleSuppliers,
            DemoAccountLinks accountLinks,
            org.khet.platform.DemoAccounts demoAccounts) {
        this.demoAccounts = demoAccounts;
        this.sampleCases = sampleCases;
        this.sampleQuestions = sampleQuestions;
        this.sampleLetters = sampleLetters;
        this.sampleSuppliers = sampleSuppliers;
        this.accountLinks = accountLinks;
        this.enabled = enabled;
        this.database = database;
        this.areas = areas;
        this.units = units;
        this.schools = schools;
        this.schoolImport = schoolImport;
        this.peopleImport = peopleImport;
        this.accounts = accounts;
        this.resultImport = resultImport;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || !database.embedded() || areas.count() > 0) {
            return;
        }
        KhetUser admin = accounts.signedIn(accounts.byUsername("admin").orElseThrow());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            load(admin);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The area, its registry through the imports, and the demo users, audited as the administrator's work. */
    private void load(KhetUser admin) {
        long area = areas.create(
                        new Areas.NewArea(
                                DemoArea.CODE, DemoArea.NAME_TH, DemoArea.NAME_EN, DemoArea.LETTER_PREFIX, "พัทลุง"),
                        admin)
                .id();
        DemoRegistry registry = DemoRegistry.generate();
        var s = schoolImport.run(registry.schoolsCsv().getBytes(StandardCharsets.UTF_8), admin);
        var p = peopleImport.run(registry.peopleCsv().getBytes(StandardCharsets.UTF_8), admin);
        users(area);
        accountLinks.link(area, DemoRegistry.firstSchoolCode(), admin);
        DemoResults results = DemoResults.generate(registry.schoolsCsv());
        resultImport.run(results.referencesCsv().getBytes(StandardCharsets.UTF_8), admin);
        resultImport.run(results.schoolMeansCsv().getBytes(StandardCharsets.UTF_8), admin);
        resultImport.run(results.studentScoresCsv().getBytes(StandardCharsets.UTF_8), admin);
        sampleCases.load(DemoArea.CODE, "legal", "personnel", DemoRegistry.firstSchoolCode());
        sampleQuestions.load(DemoArea.CODE, "personnel");
        sampleLetters.load(DemoArea.CODE, "saraban", "school.clerk", DemoRegistry.firstSchoolCode());
        sampleSuppliers.load(DemoArea.CODE, "school.clerk");
        log.info(
                "Loaded the demo area: {} schools, {} people, demo users with password {}",
                s.created(),
                p.created(),
                DEMO_PASSWORD);
    }

    private void users(long area) {
        long school =
                schools.byCode(DemoRegistry.firstSchoolCode()).orElseThrow().id();
        user("director", "ผอ.สพป.พัทลุง เขต 2 (สาธิต)", new RoleGrant(Role.AREA_DIRECTOR, area, null, null));
        user(
                "saraban",
                "เจ้าหน้าที่กลุ่มอำนวยการ (สาธิต)",
                new RoleGrant(Role.AREA_STAFF, area, unit(area, "ADMIN"), null));
        user(
                "personnel",
                "เจ้าหน้าที่กลุ่มบริหารงานบุคคล (สาธิต)",
                new RoleGrant(Role.AREA_STAFF, area, unit(area, "PERSONNEL"), null));
        user("supervisor", "ศึกษานิเทศก์ (สาธิต)", new RoleGrant(Role.SUPERVISOR, area, null, null));
        user("auditor", "ผู้ตรวจสอบภายใน (สาธิต)", new RoleGrant(Role.INTERNAL_AUDITOR, area, null, null));
        user("legal", "นิติกร (สาธิต)", new RoleGrant(Role.LEGAL_OFFICER, area, null, null));
        user("school.director", "ผู้อำนวยการโรงเรียน (สาธิต)", new RoleGrant(Role.SCHOOL_DIRECTOR, area, null, school));
        user("school.clerk", "ธุรการโรงเรียน (สาธิต)", new RoleGrant(Role.SCHOOL_CLERK, area, null, school));
        user("teacher", "ครู (สาธิต)", new RoleGrant(Role.TEACHER, area, null, school));
    }

    private void user(String username, String name, RoleGrant grant) {
        demoAccounts.mark(accounts.create(username, name, null, DEMO_PASSWORD, List.of(grant)));
    }

    private long unit(long area, String code) {
        return units.inArea(area).stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
