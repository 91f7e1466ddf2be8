package org.khet.personnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;
import org.khet.registry.PeopleImportColumns;
import org.khet.shared.Bilingual;
import org.khet.shared.RejectedException;
import org.springframework.stereotype.Component;

/**
 * The personnel record's columns of the registry's people import: {@code birth_date}, {@code appointed_on} and
 * {@code at_school_since} (ISO 8601 or Thai day/month/BE year, e.g. 15/3/2510), {@code position_number}, {@code
 * salary}, {@code salary_level} and {@code employment_type} (code or name). An empty cell keeps what the record has.
 * Only those who manage the area's personnel work may import them: anyone else's file is refused whole.
 */
@Component
class EmploymentImportColumns implements PeopleImportColumns<EmploymentImportColumns.Given> {

    static final List<String> COLUMNS = List.of(
            "birth_date",
            "appointed_on",
            "at_school_since",
            "position_number",
            "salary",
            "salary_level",
            "employment_type");

    /** What a row gives; null for a cell left empty. */
    record Given(
            LocalDate birthDate,
            LocalDate appointedOn,
            LocalDate atSchoolSince,
            String positionNumber,
            BigDecimal salary,
            String salaryLevel,
            EmploymentType employmentType) {

        boolean any() {
            return Stream.of(birthDate, appointedOn, atSchoolSince, positionNumber, salary, salaryLevel, employmentType)
                    .anyMatch(Objects::nonNull);
        }
    }

    private final EmploymentImportWriter writer;
    private final PersonnelAccess access;
    private final Clock clock;

    EmploymentImportColumns(EmploymentImportWriter writer, PersonnelAccess access, Clock clock) {
        this.writer = writer;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Bilingual help() {
        return Texts.of("personnel.record.import.columns");
    }

    @Override
    public Given read(TabularFile file, TabularFile.Row row, ImportErrors errors) {
        if (COLUMNS.stream().noneMatch(file::has)) {
            return null;
        }
        Given given = new Given(
                date(file, row, "birth_date", errors),
                date(file, row, "appointed_on", errors),
                date(file, row, "at_school_since", errors),
                text(file, row, "position_number", 20, errors),
                file.has("salary") ? Cells.decimal(row, "salary", 0, 9_999_999, false, errors) : null,
                text(file, row, "salary_level", 30, errors),
                type(file, row, errors));
        check(given, row.number(), errors);
        return given.any() ? given : null;
    }

    @Override
    public void merged(List<Merged<Given>> rows, KhetUser by) {
        rows.stream().map(Merged::areaId).distinct().forEach(area -> {
            if (!access.manages(by, area)) {
                throw RejectedException.of("file", Texts.of("personnel.record.import.notYours"));
            }
        });
        writer.write(rows, by);
    }

    private void check(Given g, int row, ImportErrors errors) {
        LocalDate today = OfficeTime.today(clock);
        EmploymentChecks.dates(
                g.birthDate(),
                g.appointedOn(),
                g.atSchoolSince(),
                today,
                (column, reason) -> errors.add(row, column, reason));
    }

    private static LocalDate date(TabularFile file, TabularFile.Row row, String column, ImportErrors errors) {
        return Cells.optional(row, file, column) == null ? null : Cells.date(row, column, errors);
    }

    private static String text(TabularFile file, TabularFile.Row row, String column, int max, ImportErrors errors) {
        String v = Cells.optional(row, file, column);
        return v == null ? null : Cells.required(row, column, max, errors).strip();
    }

    private static EmploymentType type(TabularFile file, TabularFile.Row row, ImportErrors errors) {
        String v = Cells.optional(row, file, "employment_type");
        if (v == null) {
            return null;
        }
        return EmploymentType.named(v).orElseGet(() -> {
            errors.add(row.number(), "employment_type", Texts.of("personnel.record.import.type", v));
            return null;
        });
    }
}
