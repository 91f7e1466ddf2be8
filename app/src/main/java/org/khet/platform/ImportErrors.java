package org.khet.platform;

import java.util.ArrayList;
import java.util.List;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/**
 * Collects every bad row, column and reason of a file, so one answer lists them. Every error counts, however many
 * there are, so a row is never taken for good because the list is full; the answer lists the first {@value #LISTED}
 * and says how many more there are.
 */
public final class ImportErrors {

    static final int LISTED = 1000;
    private final List<FieldError> errors = new ArrayList<>();
    private int count;

    public void add(int row, String column, String th, String en) {
        add(row, column, Bilingual.of(th, en));
    }

    /** A bad cell, its reason usually {@link Texts#of} a key of {@code messages*.properties}. */
    public void add(int row, String column, Bilingual reason) {
        Bilingual at = Texts.of("import.error.at", row, column);
        note(new FieldError(row, column, Bilingual.of(at.th() + " " + reason.th(), at.en() + " " + reason.en())));
    }

    /** Every error noted so far, listed or not. */
    public int count() {
        return count;
    }

    public void requireColumns(TabularFile file, List<String> required) {
        for (String column : required) {
            if (!file.has(column)) {
                note(new FieldError(1, column, Texts.of("import.error.missingColumn", column)));
            }
        }
        if (file.rows().isEmpty()) {
            note(new FieldError(1, "file", Texts.of("import.error.noRows")));
        }
        throwIfAny();
    }

    public void throwIfAny() {
        if (count == 0) {
            return;
        }
        List<FieldError> listed = new ArrayList<>(errors);
        int more = count - errors.size();
        if (more == 0) {
            throw new RejectedException(Texts.of("import.error.count", count), listed);
        }
        listed.add(new FieldError(0, "file", Texts.of("import.error.notListed", more)));
        throw new RejectedException(Texts.of("import.error.countListed", count, errors.size(), more), listed);
    }

    private void note(FieldError error) {
        count++;
        if (errors.size() < LISTED) {
            errors.add(error);
        }
    }
}
