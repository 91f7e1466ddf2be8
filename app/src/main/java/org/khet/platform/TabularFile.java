package org.khet.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.khet.shared.RejectedException;

/**
 * Rows of an uploaded table, whatever made it: CSV in UTF-8 (with or without BOM) or in Windows-874 as Thai Excel
 * saves it, or an Excel workbook (.xlsx or .xls, first sheet). The kind is told from the bytes, not the file name.
 * Column names are trimmed and lower-cased; values are trimmed strings, empty when missing.
 */
public final class TabularFile {

    private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private final List<String> columns;
    private final List<Row> rows;

    /** One data row with its line number as a person counts it (the header is row 1). */
    public record Row(int number, Map<String, String> values) {
        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    private TabularFile(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public static TabularFile read(byte[] content) {
        if (content.length == 0) {
            throw RejectedException.of("file", "ไฟล์ว่างเปล่า", "The file is empty");
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 7 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF;
        return zip || ole ? workbook(content) : csv(decode(content));
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean has(String column) {
        return columns.contains(column);
    }

    private static TabularFile csv(String text) {
        try {
            var records =
                    CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text));
            List<List<String>> table = new ArrayList<>();
            for (CSVRecord r : records) {
                table.add(r.toList());
            }
            return fromTable(table);
        } catch (IOException | RuntimeException e) {
            throw RejectedException.of("file", "อ่านไฟล์ CSV ไม่ได้: " + e.getMessage(), "Cannot read the CSV file");
        }
    }

    private static TabularFile workbook(byte[] content) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            int last = sheet.getLastRowNum();
            for (int i = 0; i <= last; i++) {
                table.add(cells(sheet.getRow(i), formatter));
            }
            return fromTable(table);
        } catch (IOException | RuntimeException e) {
            throw RejectedException.of(
                    "file",
                    "อ่านไฟล์ Excel ไม่ได้ (รองรับ .xlsx และ .xls)",
                    "Cannot read the Excel file (.xlsx or .xls)");
        }
    }

    private static List<String> cells(org.apache.poi.ss.usermodel.Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    private static TabularFile fromTable(List<List<String>> table) {
        if (table.isEmpty()) {
            throw RejectedException.of("file", "ไม่พบแถวหัวตาราง", "The file has no header row");
        }
        List<String> header = table.get(0).stream()
                .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < cells.size() ? cells.get(c).strip() : "");
            }
            rows.add(new Row(i + 1, values));
        }
        return new TabularFile(header, rows);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_874);
        }
    }
}
