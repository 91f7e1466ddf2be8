package org.khet.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * TEST-DATA LOADER, not the app: sending 100,000 letters through the API would take hours, so after the first
 * letters were sent through the app, this writes the rest straight into {@code correspondence.letter},
 * {@code register_entry}, {@code register_counter} and {@code delivery} with COPY, in the shape the app writes them
 * (a template letter the app sent gives the register, year, prefix, sender and author). Each delivery gets a state
 * from a fixed mix: most older letters accepted (with a row in the school's receipt register), some opened, a few
 * still new; the newest letters mostly new. The search words are split by the app's own {@code ThaiWords}, and each
 * letter is sealed as {@code LetterSeal} seals a letter without files.
 */
final class LetterLoader {

    /** Subjects an area office writes to all its schools; {@link #SEARCHED} is in one of eight. */
    static final List<String> SUBJECTS = List.of(
            "ขอเชิญประชุมผู้บริหารสถานศึกษา",
            "แจ้งการจัดสรรงบประมาณเพื่อพัฒนาคุณภาพการศึกษา",
            "ขอความร่วมมือรายงานข้อมูลนักเรียนรายบุคคล",
            "แจ้งกำหนดการสอบวัดผลระดับชาติ",
            "ประชาสัมพันธ์การรับสมัครครูผู้ช่วย",
            "ขอให้ส่งแผนปฏิบัติการประจำปี",
            "แจ้งแนวทางการป้องกันโรคติดต่อในโรงเรียน",
            "ขอเชิญส่งนักเรียนเข้าร่วมการแข่งขันทักษะวิชาการ");

    static final String SEARCHED = "งบประมาณ";

    /** What the app wrote for the template letter, which every loaded letter copies. */
    private record Template(
            long areaId,
            String kind,
            String register,
            int year,
            String prefix,
            long createdBy,
            String fromName,
            String toName,
            long clerkId) {}

    private final Psql psql;
    private final Random random = new Random(13);

    LetterLoader(Psql psql) {
        this.psql = psql;
    }

    /** Adds {@code count} letters like {@code templateId} to every school it was delivered to; seconds taken. */
    double load(long templateId, long clerkId, int count) {
        long start = System.nanoTime();
        Template t = template(templateId, clerkId);
        List<School> schools = schools(templateId);
        long firstLetter = next("correspondence.letter");
        long firstEntry = next("correspondence.register_entry");
        int firstSequence = counter(t.areaId(), t.register(), t.year());
        LocalDate today = LocalDate.parse(scalar("select (now() at time zone 'Asia/Bangkok')::date"));
        Instant now =
                Instant.parse(scalar("select to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"));
        byte[] states = new byte[count * schools.size()];
        for (int i = 0; i < count; i++) {
            boolean newest = i >= count - Math.max(1, count / 20);
            for (int j = 0; j < schools.size(); j++) {
                states[i * schools.size() + j] = state(newest);
            }
        }
        Batch b = new Batch(t, schools, firstLetter, firstSequence, today, now, count);
        copy(
                "correspondence.letter (id, area_id, kind, subject, body, urgency, secrecy, circular, to_all_schools,"
                        + " status, register, year, sequence, number, sent_at, created_by, created_at, origin, search,"
                        + " content_sha256)",
                out -> {
                    for (int i = 0; i < count; i++) {
                        String subject = b.subject(i);
                        out.row(
                                b.letter(i),
                                t.areaId(),
                                t.kind(),
                                subject,
                                "เนื้อความ" + subject,
                                "NORMAL",
                                "NONE",
                                true,
                                true,
                                "SENT",
                                t.register(),
                                t.year(),
                                b.sequence(i),
                                b.number(i),
                                b.sentAt(i),
                                t.createdBy(),
                                b.sentAt(i),
                                "KHET",
                                words(subject + " เนื้อความ" + subject + " " + b.number(i) + " " + t.fromName()),
                                seal(subject + "\nเนื้อความ" + subject));
                    }
                });
        copy(
                "correspondence.register_entry (id, area_id, school_id, register, year, sequence, number, registered_on,"
                        + " registered_by, letter_id, letter_number, dated, from_name, to_name, subject, secrecy)",
                out -> {
                    long entry = firstEntry;
                    for (int i = 0; i < count; i++) {
                        out.row(
                                entry++,
                                t.areaId(),
                                null,
                                t.register(),
                                t.year(),
                                b.sequence(i),
                                b.number(i),
                                today,
                                t.createdBy(),
                                b.letter(i),
                                b.number(i),
                                today,
                                t.fromName(),
                                t.toName(),
                                b.subject(i),
                                "NONE");
                        for (int j = 0; j < schools.size(); j++) {
                            if (states[i * schools.size() + j] == ACCEPTED) {
                                School s = schools.get(j);
                                s.receipts++;
                                out.row(
                                        entry++,
                                        t.areaId(),
                                        s.id,
                                        "RECEIPT",
                                        t.year(),
                                        s.receipts,
                                        s.receipts,
                                        today,
                                        t.clerkId(),
                                        b.letter(i),
                                        b.number(i),
                                        today,
                                        t.fromName(),
                                        s.name,
                                        b.subject(i),
                                        "NONE");
                            }
                        }
                    }
                });
        copy(
                "correspondence.delivery (letter_id, area_id, school_id, state, opened_at, acted_at, acted_by,"
                        + " receipt_entry_id)",
                out -> {
                    long entry = firstEntry;
                    for (int i = 0; i < count; i++) {
                        entry++;
                        Instant acted = b.sentAt(i).plusSeconds(600);
                        for (int j = 0; j < schools.size(); j++) {
                            byte state = states[i * schools.size() + j];
                            boolean accepted = state == ACCEPTED;
                            out.row(
                                    b.letter(i),
                                    t.areaId(),
                                    schools.get(j).id,
                                    STATES.get(state),
                                    state == NEW ? null : acted,
                                    accepted ? acted : null,
                                    accepted ? t.clerkId() : null,
                                    accepted ? entry++ : null);
                        }
                    }
                });
        psql.run("""
                        insert into correspondence.register_counter (area_id, school_id, register, year, last)
                        select area_id, school_id, register, year, max(sequence) from correspondence.register_entry
                        where area_id = %d and year = %d group by area_id, school_id, register, year
                        on conflict on constraint register_counter_key do update set last = excluded.last;
                        select setval('correspondence.letter_id_seq', (select max(id) from correspondence.letter));
                        select setval('correspondence.register_entry_id_seq',
                                      (select max(id) from correspondence.register_entry));
                        analyze correspondence.letter;
                        analyze correspondence.register_entry;
                        analyze correspondence.delivery;""".formatted(t.areaId(), t.year())).orThrow();
        return (System.nanoTime() - start) / 1e9;
    }

    private static final byte NEW = 0;
    private static final byte OPENED = 1;
    private static final byte ACCEPTED = 2;
    private static final List<String> STATES = List.of("NEW", "OPENED", "ACCEPTED");

    /** The numbering of one load: letter {@code i} of it has the next id, the next sequence and a later time. */
    private record Batch(
            Template t,
            List<School> schools,
            long firstLetter,
            int firstSequence,
            LocalDate today,
            Instant now,
            int count) {

        long letter(int i) {
            return firstLetter + i;
        }

        int sequence(int i) {
            return firstSequence + 1 + i;
        }

        String number(int i) {
            return t.prefix() + sequence(i);
        }

        String subject(int i) {
            return SUBJECTS.get(i % SUBJECTS.size()) + " ฉบับที่ " + sequence(i);
        }

        Instant sentAt(int i) {
            return now.minusSeconds(count - i);
        }
    }

    /** A school the template reached, and the last number of its receipt register. */
    private static final class School {
        final long id;
        final String name;
        int receipts;

        School(long id, String name, int receipts) {
            this.id = id;
            this.name = name;
            this.receipts = receipts;
        }
    }

    /** Older letters: 75 % accepted, 20 % opened, 5 % new; the newest twentieth: 60 % new, 25 % opened. */
    private byte state(boolean newest) {
        int r = random.nextInt(100);
        if (newest) {
            return r < 60 ? NEW : r < 85 ? OPENED : ACCEPTED;
        }
        return r < 75 ? ACCEPTED : r < 95 ? OPENED : NEW;
    }

    private Template template(long letterId, long clerkId) {
        String[] f = scalar("""
                        select l.area_id || '|' || l.kind || '|' || l.register || '|' || l.year || '|'
                               || left(l.number, length(l.number) - length(l.sequence::text)) || '|' || l.created_by
                               || '|' || e.from_name || '|' || e.to_name
                        from correspondence.letter l join correspondence.register_entry e
                          on e.letter_id = l.id and e.school_id is null
                        where l.id = %d""".formatted(letterId)).split("\\|");
        return new Template(
                Long.parseLong(f[0]),
                f[1],
                f[2],
                Integer.parseInt(f[3]),
                f[4],
                Long.parseLong(f[5]),
                f[6],
                f[7],
                clerkId);
    }

    private List<School> schools(long letterId) {
        String year = scalar("select year from correspondence.letter where id = " + letterId);
        return psql.run("""
                        select d.school_id || '|' || s.name_th || '|' || coalesce(c.last, 0)
                        from correspondence.delivery d join registry.school_summary s on s.id = d.school_id
                        left join correspondence.register_counter c on c.school_id = d.school_id
                          and c.register = 'RECEIPT' and c.year = %s
                        where d.letter_id = %d order by d.school_id""".formatted(year, letterId))
                .orThrow()
                .output()
                .lines()
                .map(l -> l.split("\\|"))
                .map(f -> new School(Long.parseLong(f[0]), f[1], Integer.parseInt(f[2])))
                .toList();
    }

    private int counter(long areaId, String register, int year) {
        return Integer.parseInt(
                scalar("select coalesce(max(last), 0) from correspondence.register_counter where area_id = " + areaId
                        + " and school_id is null and register = '" + register + "' and year = " + year));
    }

    private long next(String table) {
        return Long.parseLong(scalar("select coalesce(max(id), 0) + 1 from " + table));
    }

    private String scalar(String sql) {
        return psql.run(sql).orThrow().output();
    }

    /** The app's search words as a tsvector literal: each distinct word quoted, as to_tsvector('simple') keeps it. */
    private static String words(String text) {
        return Arrays.stream(org.khet.thai.ThaiWords.searchTokens(text).split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .map(w -> "'" + w.replace("\\", "\\\\").replace("'", "''") + "'")
                .collect(Collectors.joining(" "));
    }

    /** The app's seal (LetterSeal) of a letter without files: SHA-256 of its subject, a line break and its text. */
    private static String seal(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where a COPY's rows go: one CSV line each; null is an empty unquoted field, which COPY reads as NULL. */
    private interface Rows {
        void row(Object... fields);
    }

    private interface Writing {
        void to(Rows out);
    }

    /** {@code COPY … FROM STDIN} through one psql process, the rows streamed to it as they are made. */
    private void copy(String target, Writing rows) {
        Process p = psql.session();
        try (Writer in =
                new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            in.write("copy " + target + " from stdin with (format csv);\n");
            rows.to(fields -> {
                try {
                    for (int i = 0; i < fields.length; i++) {
                        if (i > 0) {
                            in.write(',');
                        }
                        in.write(fields[i] == null ? "" : Csv.quote(fields[i].toString()));
                    }
                    in.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            in.write("\\.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("COPY " + target + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
