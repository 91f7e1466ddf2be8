package org.khet.procurement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khet.platform.AuditLog;
import org.khet.platform.ImportErrors;
import org.khet.platform.KhetUser;
import org.khet.platform.TabularFile;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.thai.BuddhistDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The government's list of debarred suppliers (ผู้ทิ้งงาน), as the system administrator imports it from a file
 * (columns {@code tax_id}, {@code name}, optionally {@code listed_on} as 2026-03-01 or 1/3/2569 and {@code
 * reference}, the order that listed it). Each import replaces the list whole, or, when any row is wrong, changes
 * nothing and lists every wrong row.
 */
@Component
public class DebarredList {

    /** The latest import: its file, how many rows, when. */
    public record Import(long id, String fileName, int rowsCount, java.time.OffsetDateTime importedAt) {}

    private record Row(String taxId, String name, LocalDate listedOn, String reference) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DebarredList(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Replaces the list with {@code content}'s rows; how many it now holds. */
    @Transactional
    public int replace(byte[] content, String fileName, KhetUser by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("import the debarred list");
        }
        TabularFile file = TabularFile.read(content);
        ImportErrors errors = new ImportErrors();
        errors.requireColumns(file, List.of("tax_id", "name"));
        List<Row> rows = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TabularFile.Row r : file.rows()) {
            String taxId = TaxIds.digits(r.get("tax_id"));
            if (taxId == null) {
                errors.add(r.number(), "tax_id", Texts.of("procurement.supplier.taxId"));
            } else if (!seen.add(taxId)) {
                errors.add(r.number(), "tax_id", Texts.of("procurement.debarred.repeated"));
            }
            String name = r.get("name").strip();
            if (name.isEmpty()) {
                errors.add(r.number(), "name", Texts.of("procurement.supplier.name"));
            }
            LocalDate listedOn = null;
            try {
                listedOn = day(file.has("listed_on") ? r.get("listed_on") : "");
            } catch (DateTimeException e) {
                errors.add(r.number(), "listed_on", Texts.of("procurement.debarred.listedOn"));
            }
            rows.add(new Row(
                    taxId,
                    name,
                    listedOn,
                    file.has("reference") ? r.get("reference").strip() : ""));
        }
        errors.throwIfAny();
        long importId = jdbc.sql("""
                        insert into procurement.debarred_import (file_name, rows_count, imported_by)
                        values (:file, :rows, :by) returning id""")
                .param("file", fileName == null ? "" : fileName)
                .param("rows", rows.size())
                .param("by", by.id())
                .query(Long.class)
                .single();
        jdbc.sql("delete from procurement.debarred").update();
        jdbc.sql("""
                        insert into procurement.debarred (tax_id, name, listed_on, reference, import_id)
                        select t, n, d, r, :import
                        from unnest(cast(:taxIds as text[]), cast(:names as text[]), cast(:days as date[]),
                                    cast(:refs as text[])) as x(t, n, d, r)""")
                .param("taxIds", rows.stream().map(Row::taxId).toArray(String[]::new))
                .param("names", rows.stream().map(Row::name).toArray(String[]::new))
                .param(
                        "days",
                        rows.stream()
                                .map(Row::listedOn)
                                .map(d -> d == null ? null : java.sql.Date.valueOf(d))
                                .toArray(java.sql.Date[]::new))
                .param("refs", rows.stream().map(Row::reference).toArray(String[]::new))
                .param("import", importId)
                .update();
        audit.changedBy(
                by, null, "DEBARRED_LIST_IMPORTED", "debarred_import", importId, null, Map.of("rows", rows.size()));
        return rows.size();
    }

    /** The import the list now comes from, if any. */
    public Optional<Import> latest() {
        return jdbc.sql("""
                        select id, file_name, rows_count, imported_at from procurement.debarred_import
                        order by id desc limit 1""").query(Import.class).optional();
    }

    private static LocalDate day(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return BuddhistDates.parseNumeric(t);
        }
    }
}
