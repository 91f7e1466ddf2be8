package org.khet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each module's tables live in its own PostgreSQL schema, and a module's SQL names only its own schema's tables and
 * views, or a view another schema publishes: one whose comment starts with {@value #PUBLISHED}. The relations are
 * read from the running database; the SQL is the text of the string literals in each module's main sources, where a
 * relation is named qualified ({@code registry.school}) anywhere, or unqualified after a keyword that takes a table
 * ({@code from school}). The demo module is left out: it loads sample data into several modules at once, as an
 * installer would.
 */
class SchemaBoundariesTest extends IntegrationTest {

    static final String PUBLISHED = "Published by";

    private static final Path SOURCES = Path.of("src/main/java/org/khet");

    private static final Set<String> NOT_SCANNED = Set.of("demo", "shared");

    /** What Spring Session, Spring Modulith and Flyway keep; only Flyway's history must stay in public. */
    private static final Set<String> FRAMEWORK_TABLES_IN_PUBLIC = Set.of("flyway_schema_history");

    private static final Pattern LITERAL = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"");
    private static final String NAME = "([a-z_][a-z0-9_]*)";
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])" + NAME + "\\." + NAME + "\\b(?!\\s*\\()");
    private static final Pattern AFTER_KEYWORD =
            Pattern.compile("(?i)\\b(?:from|join|into|update|table|copy|lock)\\s+" + NAME + "\\b(?![.(\\w])");

    @Autowired
    JdbcClient jdbc;

    private final Map<String, Relation> byQualifiedName = new HashMap<>();
    private final Map<String, List<Relation>> byName = new HashMap<>();

    record Relation(String schema, String name, boolean view, boolean published) {}

    record Naming(String file, String schema, String name) {}

    @BeforeEach
    void readRelations() {
        jdbc.sql("""
                        select n.nspname, c.relname, c.relkind in ('v', 'm'),
                               coalesce(obj_description(c.oid, 'pg_class') like :published || '%', false)
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where c.relkind in ('r', 'p', 'v', 'm', 'f')
                          and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'""")
                .param("published", PUBLISHED)
                .query((rs, n) -> new Relation(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
                .list()
                .forEach(r -> {
                    byQualifiedName.put(r.schema() + "." + r.name(), r);
                    byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
                });
    }

    @Test
    void eachModuleNamesOnlyItsOwnTablesAndTheViewsOthersPublish() {
        List<String> crossings = new ArrayList<>();
        int ownNamings = 0;
        for (Naming naming : namings()) {
            String own = naming.file().substring(0, naming.file().indexOf('/'));
            Relation r = byQualifiedName.get(naming.schema() + "." + naming.name());
            if (naming.schema().equals(own)) {
                ownNamings++;
            } else if (!r.published() && !r.schema().equals("public")) {
                crossings.add(naming.file() + " names " + r.schema() + "." + r.name());
            }
        }
        assertThat(ownNamings).as("SQL found in the modules' sources").isGreaterThan(200);
        assertThat(crossings)
                .as("tables of another module's schema named in SQL")
                .isEmpty();
    }

    @Test
    void theViewsThatModulesReadAcrossSchemasArePublished() {
        assertThat(byQualifiedName.values().stream()
                        .filter(Relation::published)
                        .map(r -> r.schema() + "." + r.name())
                        .toList())
                .contains(
                        "registry.school_summary",
                        "registry.person_summary",
                        "registry.unit_head",
                        "platform.user_summary",
                        "platform.user_role")
                .allSatisfy(name -> assertThat(byQualifiedName.get(name).view()).isTrue());
    }

    @Test
    void noApplicationTableIsLeftInPublic() {
        assertThat(byQualifiedName.values().stream()
                        .filter(r -> r.schema().equals("public"))
                        .map(Relation::name)
                        .filter(name -> !FRAMEWORK_TABLES_IN_PUBLIC.contains(name)))
                .isEmpty();
        assertThat(jdbc.sql("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind = 'S'
                        union all
                        select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                        where n.nspname = 'public' and not exists (select 1 from pg_depend d
                            where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')""").query(String.class).list())
                .as("sequences and functions of the application left in public")
                .isEmpty();
        assertThat(byQualifiedName)
                .containsKeys(
                        "platform.app_user",
                        "platform.spring_session",
                        "platform.event_publication",
                        "registry.school",
                        "achievement.school_result",
                        "complaints.complaint");
    }

    @Test
    void theScanSeesANameOfAnotherModuleQualifiedOrNot() {
        List<Naming> found = namingsIn("complaints/X.java", """
                String sql = \"""
                        select s.name_th from complaint c join school s on s.id = c.school_id
                        join registry.person p on p.id = c.subject_person_id\""";
                """);
        assertThat(found)
                .extracting(n -> n.schema() + "." + n.name())
                .containsExactlyInAnyOrder("complaints.complaint", "registry.school", "registry.person");
    }

    private List<Naming> namings() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> SOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.contains("/") && !NOT_SCANNED.contains(f.substring(0, f.indexOf('/'))))
                    .flatMap(f -> namingsIn(f, read(SOURCES.resolve(f))).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The relations of the database that the string literals of one source file name. */
    private List<Naming> namingsIn(String file, String source) {
        List<Naming> found = new ArrayList<>();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String sql = literal.group();
            Matcher q = QUALIFIED.matcher(sql);
            while (q.find()) {
                if (byQualifiedName.containsKey(q.group(1) + "." + q.group(2))) {
                    found.add(new Naming(file, q.group(1), q.group(2)));
                }
            }
            Matcher k = AFTER_KEYWORD.matcher(sql);
            while (k.find()) {
                for (Relation r : byName.getOrDefault(k.group(1).toLowerCase(), List.of())) {
                    found.add(new Naming(file, r.schema(), r.name()));
                }
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
