package org.khet.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.khet.shared.RejectedException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel workbook, row by row. An .xlsx is a zip: 20 MB of it may inflate to gigabytes, and
 * the usual workbook model holds every cell of the sheet as objects ten times the size of its XML. So the sheet's XML
 * is streamed (the SAX reader of POI), every part is refused once it inflates past {@value #MAX_INFLATED_MB} MB or
 * more than 100 times its compressed size, and rows go to the table one at a time. A legacy .xls is at most 65,536
 * rows of 256 columns, small enough for POI's model.
 */
final class Workbooks {

    static final int MAX_INFLATED_MB = 100;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_INFLATED_MB * 1024L * 1024);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private Workbooks() {}

    static void xlsx(byte[] content, TabularFile.Table table) throws IOException {
        // A package opened from a file reads each part when asked; one opened from a stream holds them all.
        Path file = Files.createTempFile("khet-import-", ".xlsx");
        try {
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg, false);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new IOException("no sheet");
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(
                            reader.getStylesTable(), strings, new Rows(table), new DataFormatter(Locale.ROOT), false));
                    parser.parse(new InputSource(sheet));
                }
            } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
                throw new IOException(e);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void xls(byte[] content, TabularFile.Table table) throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                List<String> cells = new ArrayList<>();
                // getLastCellNum counts formatted empty cells too; the table drops the blank ones at the end.
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                table.add(i + 1, cells);
            }
        }
    }

    /** Hands the sheet's rows to the table; cells the sheet leaves out are empty. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TabularFile.Table table;
        private List<String> cells = new ArrayList<>();

        Rows(TabularFile.Table table) {
            this.table = table;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            table.add(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || value.isBlank()) {
                return; // a blank cell is no column; the table pads the gaps before later cells
            }
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= TabularFile.MAX_COLUMNS) {
                throw TabularFile.tooManyColumns(column + 1);
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value);
        }
    }

    /** Whether POI refused a part for inflating too far. */
    static boolean inflatedTooFar(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max size of the expanded"))) {
                return true;
            }
        }
        return false;
    }

    static RejectedException inflatedTooFarError() {
        return RejectedException.of("file", Texts.of("platform.file.inflatesTooFar", MAX_INFLATED_MB));
    }
}
