package org.khet.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;
import org.khet.thai.ThaiNationalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports people from CSV or Excel: one row a person, placed at a school (by its code) or a unit of the area
 * office (by the unit's code). Like the school import it is all-or-nothing and idempotent; a person is matched by
 * national ID within the area, which is the one identifier the source systems share, and is never shown back.
 */
@Component
public class PeopleImport {

    static final List<String> REQUIRED =
            List.of("area_code", "national_id", "first_name_th", "last_name_th", "position");
    static final List<String> STAGE_COLUMNS = List.of(
            "row_no",
            "area_id",
            "national_id",
            "title",
            "first_name_th",
            "last_name_th",
            "position_id",
            "academic_standing",
            "school_code",
            "unit_code",
            "phone",
            "email",
            "placed");

    private final RegistryImport registryImport;
    private final PeopleMerge merge;
    private final JdbcClient jdbc;
    private final List<PeopleImportColumns<?>> otherColumns;

    PeopleImport(
            RegistryImport registryImport,
            PeopleMerge merge,
            JdbcClient jdbc,
            List<PeopleImportColumns<?>> otherColumns) {
        this.registryImport = registryImport;
        this.merge = merge;
        this.jdbc = jdbc;
        this.otherColumns = otherColumns;
    }

    /** What the other modules' columns are ({@link PeopleImportColumns#help}), for the page that explains the file. */
    public List<org.khet.shared.Bilingual> otherColumnsHelp() {
        return otherColumns.stream().map(PeopleImportColumns::help).toList();
    }

    /** Imports the file; other modules' columns ({@link PeopleImportColumns}) are checked and kept with it. */
    public ImportReport run(byte[] content, KhetUser user) {
        ImportedColumns others = new ImportedColumns(otherColumns, jdbc);
        return registryImport.run(
                new RegistryImport.Kind(
                        REQUIRED,
                        "person_stage",
                        STAGE_COLUMNS,
                        (file, scope, errors) -> stage(file, scope, errors, others),
                        others.after(merge)),
                content,
                user);
    }

    private List<List<Object>> stage(TabularFile file, ImportScope scope, ImportErrors errors, ImportedColumns others) {
        Map<String, Long> positions = lookup(
                "select code as name, id from registry.position", "select name_th as name, id from registry.position");
        Map<String, String> standings = standingLookup();
        Set<String> seen = new HashSet<>();
        boolean placed = file.has("school_code") || file.has("unit_code");
        List<List<Object>> staged = new ArrayList<>(file.rows().size());
        for (TabularFile.Row row : file.rows()) {
            int n = row.number();
            int before = errors.count();
            var area = scope.area(row.get("area_code"), n, errors);
            String nid = row.get("national_id").replace(" ", "").replace("-", "");
            if (!ThaiNationalId.isValid(nid)) {
                errors.add(n, "national_id", Texts.of("registry.import.nationalId"));
            } else if (!seen.add(
                    row.get("area_code") + "/" + ThaiNationalId.parse(nid).digits())) {
                errors.add(n, "national_id", Texts.of("registry.import.nationalIdTwice"));
            }
            String first = Cells.required(row, "first_name_th", 100, errors);
            String last = Cells.required(row, "last_name_th", 100, errors);
            Long position = positions.get(row.get("position"));
            if (position == null) {
                errors.add(n, "position", Texts.of("registry.import.unknownPosition", row.get("position")));
            }
            String standing =
                    row.get("academic_standing").isEmpty() ? null : standings.get(row.get("academic_standing"));
            if (!row.get("academic_standing").isEmpty() && standing == null) {
                errors.add(
                        n,
                        "academic_standing",
                        Texts.of("registry.import.unknownStanding", row.get("academic_standing")));
            }
            String school = Cells.optional(row, file, "school_code");
            String unit = Cells.optional(row, file, "unit_code");
            if (school != null && unit != null) {
                errors.add(n, "school_code", Texts.of("registry.import.schoolOrUnit"));
            }
            String email = file.has("email") ? Cells.email(row, errors) : null;
            others.read(file, row, errors);
            if (errors.count() == before && area.isPresent()) {
                staged.add(Arrays.asList(
                        n,
                        area.get().id(),
                        ThaiNationalId.parse(nid).digits(),
                        Cells.optional(row, file, "title"),
                        first,
                        last,
                        position,
                        standing,
                        school,
                        unit,
                        Cells.optional(row, file, "phone"),
                        email,
                        placed));
            }
        }
        return staged;
    }

    /** Ids by name, from queries answering {@code name, id}. */
    private Map<String, Long> lookup(String... queries) {
        Map<String, Long> m = new HashMap<>();
        for (String q : queries) {
            jdbc.sql(q).query(rs -> {
                m.put(rs.getString("name"), rs.getLong("id"));
            });
        }
        return m;
    }

    private Map<String, String> standingLookup() {
        Map<String, String> m = new HashMap<>();
        jdbc.sql("select code, name_th from registry.academic_standing").query(rs -> {
            m.put(rs.getString("code"), rs.getString("code"));
            m.put(rs.getString("name_th"), rs.getString("code"));
        });
        return m;
    }
}
