package org.khet.registry;

import java.util.List;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.shared.Bilingual;

/**
 * Optional columns of the people import that another module keeps (personnel's birth date, appointment, salary). The
 * registry reads each row's cells through the module, so a bad cell is reported with the registry's own errors and
 * the whole file is refused; after the merge, in the same transaction, it hands the module each row's person. The
 * registry never reads the module's tables; a module that throws from {@link #merged} refuses the whole import.
 *
 * @param <T> what the module keeps of one row's cells
 */
public interface PeopleImportColumns<T> {

    /** The columns this module reads, none of them required. */
    List<String> columns();

    /** What the columns hold and who may import them, for the import page. */
    Bilingual help();

    /**
     * Reads and checks one row's cells of {@link #columns()}, noting each bad cell in {@code errors} (bilingual, with
     * {@link org.khet.platform.Texts}); null when the row gives none of them.
     */
    T read(TabularFile file, TabularFile.Row row, ImportErrors errors);

    /** The people of the rows that gave something, with what {@link #read} returned, after the merge. */
    void merged(List<Merged<T>> rows, KhetUser by);

    /** One imported row: its person, their area, and what the module read of it. */
    record Merged<T>(long personId, long areaId, T value) {}
}
