package org.khet.platform;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Thai fonts every PDF of Khet is set in (Sarabun, regular and bold, embedded), with OpenPDF's layout processor
 * on, which shapes Thai: tone marks and vowels above and below sit on their consonant instead of after it. Reports
 * use them, and so do modules that write on PDFs (a receipt stamp on a scanned letter).
 */
public final class PdfFonts {

    private static final PdfFonts INSTANCE = new PdfFonts();

    private final BaseFont regular;
    private final BaseFont bold;

    private PdfFonts() {
        // Process-wide in OpenPDF, and it refuses to be enabled twice (several application contexts in tests).
        synchronized (LayoutProcessor.class) {
            if (!LayoutProcessor.isEnabled()) {
                LayoutProcessor.enableKernLiga();
                LayoutProcessor.setWriteActualText();
            }
        }
        this.regular = font("Sarabun_400Regular.ttf");
        this.bold = font("Sarabun_700Bold.ttf");
    }

    public static BaseFont regular() {
        return INSTANCE.regular;
    }

    public static BaseFont bold() {
        return INSTANCE.bold;
    }

    /** The layout processor reads the font from a file, so the bundled font is copied out once. */
    private static BaseFont font(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            Path file = Files.createTempFile("khet-", "-" + name);
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
