package org.khet.platform;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.khet.shared.RejectedException;

/**
 * Rows of an uploaded table, whatever made it: CSV in UTF-8 (with or without BOM) or in Windows-874 as Thai Excel
 * saves it, or an Excel workbook (.xlsx or .xls, first sheet). The kind is told from the bytes, not the file name.
 * Column names are trimmed and lower-cased; values are trimmed strings, empty when missing.
 *
 * <p>An upload is untrusted: a file is refused whole when it has more than {@value #MAX_COLUMNS} columns or a cell of
 * more than {@value #MAX_CELL} characters, rows are read one at a time and keep only the cells under a header, and an
 * .xlsx is bounded by {@link Workbooks}.
 */
public final class TabularFile {

    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CELL = 10_000;
    private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private final List<String> columns;
    private final List<Row> rows;

    /** One data row with its line number as a person counts it (the header is row 1). */
    public static final class Row {
        private final int number;
        private final String[] cells;
        private final Map<String, Integer> index;

        private Row(int number, String[] cells, Map<String, Integer> index) {
            this.number = number;
            this.cells = cells;
            this.index = index;
        }

        public int number() {
            return number;
        }

        public String get(String column) {
            Integer at = index.get(column);
            return at == null || at >= cells.length ? "" : cells[at];
        }
    }

    private TabularFile(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public static TabularFile read(byte[] content) {
        if (content.length == 0) {
            throw RejectedException.of("file", Texts.of("platform.file.fileEmpty"));
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 7 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF;
        Table table = new Table();
        if (zip || ole) {
            workbook(content, zip, table);
        } else {
            csv(decode(content), table);
        }
        return table.file();
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

    static RejectedException tooManyColumns(int found) {
        return RejectedException.of("file", Texts.of("platform.file.tooManyColumns", found, MAX_COLUMNS));
    }

    private static void csv(String text, Table table) {
        try {
            var records =
                    CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text));
            int line = 0;
            for (CSVRecord r : records) {
                line++;
                table.add(line, r.toList());
            }
        } catch (RejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw RejectedException.of("file", Texts.of("platform.file.csvUnreadable", String.valueOf(e.getMessage())));
        }
    }

    private static void workbook(byte[] content, boolean xlsx, Table table) {
        try {
            if (xlsx) {
                Workbooks.xlsx(content, table);
            } else {
                Workbooks.xls(content, table);
            }
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RejectedException rejected) {
                    throw rejected;
                }
            }
            if (Workbooks.inflatedTooFar(e)) {
                throw Workbooks.inflatedTooFarError();
            }
            throw RejectedException.of("file", Texts.of("platform.file.cannotReadExcelFile"));
        }
    }

    /** The table as it is read: the first row names the columns, later rows keep only cells under a name. */
    static final class Table {
        private List<String> header;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Row> rows = new ArrayList<>();

        void add(int number, List<String> row) {
            // Excel saves runs of empty cells after the last column (formatted cells, or commas in a CSV); they
            // are no columns, so they count neither against the cap nor as names.
            int width = row.size();
            while (width > 0 && row.get(width - 1).isBlank()) {
                width--;
            }
            if (width > MAX_COLUMNS) {
                throw tooManyColumns(width);
            }
            List<String> cells = row.subList(0, width);
            for (String cell : cells) {
                if (cell.length() > MAX_CELL) {
                    throw RejectedException.of("file", Texts.of("platform.file.cellTooLong", number, MAX_CELL));
                }
            }
            if (header == null) {
                header = cells.stream()
                        .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                        .toList();
                for (int c = 0; c < header.size(); c++) {
                    index.put(header.get(c), c);
                }
                return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            String[] kept = new String[Math.min(cells.size(), header.size())];
            for (int c = 0; c < kept.length; c++) {
                kept[c] = cells.get(c).strip();
            }
            rows.add(new Row(number, kept, index));
        }

        TabularFile file() {
            if (header == null) {
                throw RejectedException.of("file", Texts.of("platform.file.fileHasNoHeader"));
            }
            return new TabularFile(header, rows);
        }
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
