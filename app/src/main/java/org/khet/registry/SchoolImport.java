package org.khet.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khet.platform.Cells;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;
import org.springframework.stereotype.Component;

/**
 * Imports schools from CSV or Excel as DMC and spreadsheets export them. All rows are checked first and any bad
 * row rejects the whole file; good files are staged with COPY and merged in one statement, which touches only
 * rows that differ, so the same file imported twice changes nothing.
 */
@Component
public class SchoolImport {

    static final List<String> REQUIRED =
            List.of("area_code", "school_code", "name_th", "network", "amphoe", "tambon", "students");
    static final List<String> STAGE_COLUMNS = List.of(
            "row_no",
            "area_id",
            "code",
            "code10",
            "name_th",
            "name_en",
            "network",
            "amphoe",
            "tambon",
            "status",
            "phone",
            "email",
            "students",
            "academic_year",
            "grades");

    private final RegistryImport registryImport;
    private final SchoolMerge merge;
    private final CurrentAcademicYear currentYear;

    SchoolImport(RegistryImport registryImport, SchoolMerge merge, CurrentAcademicYear currentYear) {
        this.registryImport = registryImport;
        this.merge = merge;
        this.currentYear = currentYear;
    }

    public ImportReport run(byte[] content, KhetUser user) {
        return registryImport.run(
                new RegistryImport.Kind(REQUIRED, "school_stage", STAGE_COLUMNS, this::stage, merge), content, user);
    }

    private List<List<Object>> stage(TabularFile file, ImportScope scope, ImportErrors errors) {
        List<List<Object>> staged = new ArrayList<>(file.rows().size());
        Set<String> codes = new HashSet<>();
        Set<String> codes10 = new HashSet<>();
        int defaultYear = currentYear.get();
        for (TabularFile.Row row : file.rows()) {
            Line r = Line.parse(row, file, defaultYear, errors);
            var area = scope.area(row.get("area_code"), row.number(), errors);
            if (r == null || area.isEmpty()) {
                continue;
            }
            if (!codes.add(r.code)) {
                errors.add(row.number(), "school_code", Texts.of("registry.import.codeTwice", r.code));
            }
            if (r.code10 != null && !codes10.add(r.code10)) {
                errors.add(row.number(), "school_code10", Texts.of("registry.import.code10Twice", r.code10));
            }
            staged.add(Arrays.asList(
                    row.number(),
                    area.get().id(),
                    r.code,
                    r.code10,
                    r.nameTh,
                    r.nameEn,
                    r.network,
                    r.amphoe,
                    r.tambon,
                    r.status,
                    r.phone,
                    r.email,
                    r.students,
                    r.academicYear,
                    r.grades));
        }
        return staged;
    }

    /** One file row, checked field by field. Optional columns missing from the file are null: kept as they are. */
    private record Line(
            String code,
            String code10,
            String nameTh,
            String nameEn,
            String network,
            String amphoe,
            String tambon,
            String status,
            String phone,
            String email,
            int students,
            int academicYear,
            String grades) {

        static Line parse(TabularFile.Row row, TabularFile file, int defaultYear, ImportErrors errors) {
            int before = errors.count();
            String code = Cells.digits(row, "school_code", 8, true, errors);
            String code10 = file.has("school_code10") ? Cells.digits(row, "school_code10", 10, false, errors) : null;
            String nameTh = Cells.required(row, "name_th", 200, errors);
            String amphoe = Cells.required(row, "amphoe", 100, errors);
            String tambon = Cells.required(row, "tambon", 100, errors);
            GradeColumns.Students students = GradeColumns.read(row, file, errors);
            Integer year =
                    file.has("academic_year") ? Cells.integer(row, "academic_year", 2500, 2700, false, errors) : null;
            String status = file.has("status") ? SchoolStatuses.read(row, errors) : null;
            String email = file.has("email") ? Cells.email(row, errors) : null;
            if (errors.count() > before || students == null) {
                return null;
            }
            return new Line(
                    code,
                    code10,
                    nameTh,
                    Cells.optional(row, file, "name_en"),
                    row.get("network"),
                    amphoe,
                    tambon,
                    status,
                    Cells.optional(row, file, "phone"),
                    email,
                    students.total(),
                    year == null ? defaultYear : year,
                    students.grades());
        }
    }
}
