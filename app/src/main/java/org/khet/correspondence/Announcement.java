package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import org.khet.platform.Texts;
import org.khet.thai.BuddhistDates;

/**
 * What an official announcement (ประกาศ) says, for other modules to print with {@link OfficialAnnouncements}: the
 * heading under the Garuda ("ประกาศ" and the organisation), the subject, the text in paragraphs, the line that dates
 * it ("ประกาศ ณ วันที่ 5 ธันวาคม พ.ศ. 2569") and who signs it. A record kept on file (บันทึก) has the same form with
 * its own heading and date line. The signatory's name may be blank: the form then leaves dots to sign over.
 */
public record Announcement(
        String heading,
        String subject,
        List<String> paragraphs,
        String dateLine,
        String signatoryName,
        String signatoryPosition) {

    public Announcement {
        paragraphs = List.copyOf(paragraphs);
        signatoryName = signatoryName == null ? "" : signatoryName.strip();
        signatoryPosition = signatoryPosition == null ? "" : signatoryPosition.strip();
    }

    /** An announcement of {@code organisation}, dated {@code dated} in Buddhist-Era words. */
    public static Announcement of(
            String organisation,
            String subject,
            List<String> paragraphs,
            LocalDate dated,
            String signatoryName,
            String signatoryPosition) {
        String heading =
                Texts.of("correspondence.announcement.heading", organisation).th();
        return dated(heading, "dated", subject, paragraphs, dated, signatoryName, signatoryPosition);
    }

    /** A record kept on file (บันทึก) under {@code heading}, in the announcement's form. */
    public static Announcement record(
            String heading,
            String subject,
            List<String> paragraphs,
            LocalDate dated,
            String signatoryName,
            String signatoryPosition) {
        return dated(heading, "recorded", subject, paragraphs, dated, signatoryName, signatoryPosition);
    }

    private static Announcement dated(
            String heading,
            String dateWord,
            String subject,
            List<String> paragraphs,
            LocalDate dated,
            String signatoryName,
            String signatoryPosition) {
        String line = Texts.of("correspondence.announcement." + dateWord, formal(dated))
                .th();
        return new Announcement(heading, subject, paragraphs, line, signatoryName, signatoryPosition);
    }

    /** 5 ธันวาคม พ.ศ. 2569: the date in words as announcements write it. */
    static String formal(LocalDate dated) {
        String full = BuddhistDates.full(dated);
        int year = full.lastIndexOf(' ');
        return full.substring(0, year) + " "
                + Texts.of("correspondence.announcement.era").th() + full.substring(year);
    }
}
