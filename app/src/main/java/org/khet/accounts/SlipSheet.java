package org.khet.accounts;

import java.util.List;
import java.util.Locale;
import org.khet.platform.Report;
import org.khet.platform.ReportFiles;
import org.khet.platform.Texts;
import org.khet.shared.RejectedException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sheet of first-sign-in slips as a Thai A4 PDF, one boxed slip per account to cut and hand over. The page
 * carries the slips as JSON in its download form, so the server makes the PDF without having kept them; it carries
 * only what a slip prints ({@link Printed}), never the person's address nor the account's id, since the form sits in
 * the browser and whatever saves or caches the page.
 */
@Component
class SlipSheet {

    private static final int MAX_SLIPS = 2000;

    private final ReportFiles files;
    private final JsonMapper json;
    private final MessageSource messages;

    SlipSheet(ReportFiles files, JsonMapper json, MessageSource messages) {
        this.files = files;
        this.json = json;
        this.messages = messages;
    }

    /** What one slip prints: where, who, and how to sign in the first time. */
    record Printed(String place, String name, String position, String username, String password) {

        Printed(Batch.Slip s) {
            this(s.place(), s.name(), s.position(), s.username(), s.password());
        }

        /** Never the password: a record's default string would put it in whatever logs it. */
        @Override
        public String toString() {
            return "Printed[" + username + "]";
        }
    }

    String write(List<Batch.Slip> slips) {
        return json.writeValueAsString(slips.stream().map(Printed::new).toList());
    }

    List<Printed> read(String text) {
        try {
            List<Printed> slips = json.readValue(text, new TypeReference<List<Printed>>() {});
            if (slips.isEmpty() || slips.size() > MAX_SLIPS) {
                throw new IllegalArgumentException("slips");
            }
            return slips;
        } catch (JacksonException | IllegalArgumentException e) {
            throw RejectedException.of("slips", Texts.of("areaAccounts.slipsUnreadable"));
        }
    }

    /** The sheet in the reader's language (the slips' own words stay as the registry has them). */
    ResponseEntity<byte[]> pdf(List<Printed> slips, String signIn, Locale locale) {
        List<String> headings = List.of(
                text("areaAccounts.pdf.username", locale),
                text("areaAccounts.pdf.password", locale),
                text("areaAccounts.pdf.how", locale));
        String how =
                text("areaAccounts.pdf.signInAt", locale, signIn) + " " + text("areaAccounts.slip.instruction", locale);
        List<Report.Table> tables = slips.stream()
                .map(s -> new Report.Table(
                        s.place() + " · " + s.name() + " (" + s.position() + ")",
                        headings,
                        List.of(List.of(
                                Report.Cell.text(s.username()),
                                Report.Cell.text(s.password()),
                                Report.Cell.text(how)))))
                .toList();
        Report report = new Report(
                text("areaAccounts.pdf.title", locale), text("areaAccounts.pdf.lead", locale, signIn), tables);
        return files.download(report, "first-sign-in-slips", "pdf");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
