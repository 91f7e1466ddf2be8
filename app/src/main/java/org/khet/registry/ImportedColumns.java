package org.khet.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One people import's cells of other modules' columns ({@link PeopleImportColumns}): read with the row, kept by row
 * number, and handed over with each row's person once the registry has merged them.
 */
final class ImportedColumns {

    private final List<PeopleImportColumns<?>> modules;
    private final JdbcClient jdbc;
    private final Map<Integer, List<Object>> byRow = new HashMap<>();

    ImportedColumns(List<PeopleImportColumns<?>> modules, JdbcClient jdbc) {
        this.modules = modules;
        this.jdbc = jdbc;
    }

    /** Reads the row's cells of every module, noting bad ones. */
    void read(TabularFile file, TabularFile.Row row, ImportErrors errors) {
        List<Object> values = new ArrayList<>(modules.size());
        for (PeopleImportColumns<?> module : modules) {
            values.add(module.read(file, row, errors));
        }
        byRow.put(row.number(), values);
    }

    /** The registry's merge, then each module given its rows' people. */
    RegistryImport.Merge after(RegistryImport.Merge merge) {
        return new RegistryImport.Merge() {
            @Override
            public void createStage() {
                merge.createStage();
            }

            @Override
            public void check(ImportErrors errors) {
                merge.check(errors);
            }

            @Override
            public ImportReport apply(int rows, KhetUser user) {
                ImportReport report = merge.apply(rows, user);
                handOver(user);
                return report;
            }
        };
    }

    private void handOver(KhetUser user) {
        if (byRow.values().stream().flatMap(List::stream).allMatch(java.util.Objects::isNull)) {
            return; // no row gave any module's column: nothing to hand over, no query
        }
        Map<Integer, long[]> people = new HashMap<>();
        jdbc.sql("""
                select st.row_no, p.id, p.area_id from person_stage st
                join registry.person p on p.area_id = st.area_id and p.national_id = st.national_id""").query(rs -> {
            people.put(rs.getInt("row_no"), new long[] {rs.getLong("id"), rs.getLong("area_id")});
        });
        for (int i = 0; i < modules.size(); i++) {
            handOver(modules.get(i), i, people, user);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void handOver(PeopleImportColumns<T> module, int index, Map<Integer, long[]> people, KhetUser user) {
        List<PeopleImportColumns.Merged<T>> rows = new ArrayList<>();
        people.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Object value = byRow.get(e.getKey()).get(index);
            if (value != null) {
                rows.add(new PeopleImportColumns.Merged<>(e.getValue()[0], e.getValue()[1], (T) value));
            }
        });
        if (!rows.isEmpty()) {
            module.merged(rows, user);
        }
    }
}
