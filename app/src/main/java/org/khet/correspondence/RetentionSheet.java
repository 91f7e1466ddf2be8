package org.khet.correspondence;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Report;
import org.khet.platform.Texts;

/**
 * The regulation's two forms after a year end, for paper and Excel: the destruction list (บัญชีหนังสือขอทำลาย:
 * ลำดับที่, ที่, ลงวันที่, เรื่อง, เลขแฟ้มเรื่อง/หมายเหตุ, การพิจารณา) with its committee and their signatures, and
 * the list of records handed to the National Archives (บัญชีส่งมอบหนังสือครบ 20 ปี), each naming the organisation
 * and the year; and the same rows as the retention page shows them.
 */
final class RetentionSheet {

    private static final List<Float> DESTRUCTION_WIDTHS = List.of(9f, 14f, 15f, 28f, 17f, 17f);
    private static final List<Float> TRANSFER_WIDTHS = List.of(9f, 16f, 15f, 37f, 23f);
    private static final List<Float> COMMITTEE_WIDTHS = List.of(25f, 40f, 35f);

    /** A row as the page shows it. */
    record Line(
            long entryId,
            int n,
            String number,
            String dated,
            String subject,
            boolean hidden,
            String file,
            String classCode,
            Boolean destroy,
            Integer keepUntil,
            String decision) {}

    private final Organisation org;
    private final int yearEnd;
    private final boolean seesSecrets;
    private final String printedOn;
    private final String language;

    RetentionSheet(Organisation org, int yearEnd, boolean seesSecrets, String printedOn, String language) {
        this.org = org;
        this.yearEnd = yearEnd;
        this.seesSecrets = seesSecrets;
        this.printedOn = printedOn;
        this.language = language;
    }

    /** The destruction list, then its committee with room to sign. */
    Report destruction(List<DestructionLists.Row> rows, DestructionLists.Committee committee) {
        List<List<Report.Cell>> lines = new ArrayList<>();
        int n = 0;
        for (DestructionLists.Row r : rows) {
            List<Report.Cell> line = new ArrayList<>(common(++n, r));
            line.add(Report.Cell.text(decision(r)));
            lines.add(line);
        }
        List<String> header = new ArrayList<>(header());
        header.add(text("correspondence.retention.col.decision"));
        List<Report.Table> tables = new ArrayList<>();
        tables.add(new Report.Table(
                text("correspondence.retention.rows", rows.size()), header, lines, DESTRUCTION_WIDTHS));
        tables.add(committeeTable(committee));
        return new Report(
                text("correspondence.retention.destruction.paperTitle", yearEnd, org.nameTh()),
                subtitle(),
                List.copyOf(tables));
    }

    /** The list of records handed to the National Archives. */
    Report transfer(List<DestructionLists.Row> rows) {
        List<List<Report.Cell>> lines = new ArrayList<>();
        int n = 0;
        for (DestructionLists.Row r : rows) {
            lines.add(common(++n, r));
        }
        return new Report(
                text("correspondence.retention.transfer.paperTitle", yearEnd, org.nameTh()),
                subtitle(),
                List.of(new Report.Table(
                        text("correspondence.retention.rows", rows.size()), header(), lines, TRANSFER_WIDTHS)));
    }

    /** The rows as the page shows them, in the reader's language. */
    List<Line> lines(List<DestructionLists.Row> rows) {
        List<Line> out = new ArrayList<>();
        for (DestructionLists.Row r : rows) {
            out.add(new Line(
                    r.entryId(),
                    out.size() + 1,
                    r.letterNumber(),
                    RegisterBook.date(r.dated(), language),
                    subject(r),
                    hidden(r),
                    file(r),
                    r.classCode(),
                    r.destroy(),
                    r.keepUntil(),
                    decision(r)));
        }
        return out;
    }

    /** What the committee decided on a row, as the form's last column says it. */
    String decision(DestructionLists.Row r) {
        if (r.destroy() == null) {
            return "";
        }
        return r.destroy()
                ? text("correspondence.retention.decision.destroy")
                : text("correspondence.retention.decision.keep", r.keepUntil());
    }

    /** The subject as the reader may see it: a secret one only for the one who directs the organisation. */
    String subject(DestructionLists.Row r) {
        return hidden(r)
                ? text(
                        "correspondence.registers.secret",
                        r.secrecy().label().th(),
                        r.secrecy().label().en())
                : r.subject();
    }

    private boolean hidden(DestructionLists.Row r) {
        return r.secrecy().secret() && !seesSecrets;
    }

    /** The form's file column: the register and its number, then the register's remarks. */
    String file(DestructionLists.Row r) {
        String where = text(
                "correspondence.retention.file",
                Texts.of("register." + r.register()).in(language),
                r.sequence(),
                r.year());
        return r.remarks() == null || r.remarks().isBlank() ? where : where + " · " + r.remarks();
    }

    private List<Report.Cell> common(int n, DestructionLists.Row r) {
        return List.of(
                Report.Cell.count(n),
                Report.Cell.text(r.letterNumber()),
                Report.Cell.text(RegisterBook.date(r.dated(), language)),
                Report.Cell.text(subject(r)),
                Report.Cell.text(file(r)));
    }

    private Report.Table committeeTable(DestructionLists.Committee committee) {
        List<List<Report.Cell>> people = new ArrayList<>();
        String chair = committee == null ? "" : committee.chair();
        people.add(person(text("correspondence.retention.chair"), chair));
        List<String> members = committee == null ? List.of("", "") : committee.members();
        for (String m : members) {
            people.add(person(text("correspondence.retention.member"), m));
        }
        return new Report.Table(
                text("correspondence.retention.committee"),
                List.of(
                        text("correspondence.retention.col.role"),
                        text("correspondence.retention.col.name"),
                        text("correspondence.retention.col.signature")),
                people,
                COMMITTEE_WIDTHS);
    }

    private static List<Report.Cell> person(String role, String name) {
        return List.of(Report.Cell.text(role), Report.Cell.text(name), Report.Cell.text(""));
    }

    private List<String> header() {
        return List.of(
                text("correspondence.retention.col.sequence"),
                text("correspondence.retention.col.number"),
                text("correspondence.retention.col.dated"),
                text("correspondence.retention.col.subject"),
                text("correspondence.retention.col.file"));
    }

    private String subtitle() {
        return text("correspondence.registers.printed", printedOn);
    }

    private String text(String key, Object... args) {
        return Texts.of(key, args).in(language);
    }
}
