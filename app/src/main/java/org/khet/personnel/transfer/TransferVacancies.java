package org.khet.personnel.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.personnel.Retirements;
import org.khet.personnel.Workforce;
import org.khet.personnel.WorkforceRow;
import org.khet.personnel.subjects.LearningArea;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vacancies of a round: proposed from the workforce plan of the round's academic year (each open school whose
 * government teachers, less those who retire before the round's effective day, fall short of the criterion, the
 * shortage as its places) and edited by the personnel group —
 * school, places, the learning area wanted (the result places only applicants whose first major maps to it), the
 * subject or major wanted in words, a note — until the ranking is published. Every change is audited.
 */
@Component
class TransferVacancies {

    /** A school's vacancy in a round. */
    record Vacancy(
            long id,
            long schoolId,
            String schoolCode,
            String schoolName,
            int places,
            String learningArea,
            String subject,
            String note) {

        /** The learning area the vacancy wants, if any: only applicants whose first major maps to it are placed. */
        public Optional<LearningArea> wantedArea() {
            return LearningArea.of(learningArea);
        }
    }

    private final JdbcClient jdbc;
    private final TransferRounds rounds;
    private final Workforce workforce;
    private final Retirements retirements;
    private final AuditLog audit;

    TransferVacancies(
            JdbcClient jdbc, TransferRounds rounds, Workforce workforce, Retirements retirements, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.workforce = workforce;
        this.retirements = retirements;
        this.audit = audit;
    }

    List<Vacancy> of(long roundId) {
        return jdbc.sql("""
                        select v.id, v.school_id, s.code as school_code, s.name_th as school_name, v.places,
                               v.learning_area, v.subject, v.note
                        from personnel.transfer_vacancy v
                        join registry.school_summary s on s.id = v.school_id
                        where v.round_id = :r order by s.code""").param("r", roundId).query(Vacancy.class).list();
    }

    /** Adds a vacancy for every short school of the plan that has none yet in the round; how many were added. */
    @Transactional
    int propose(Area area, long roundId, KhetUser by) {
        TransferRound round = editable(roundId, by);
        int added = 0;
        // Teachers who retire before the moves take effect leave places too (the forecast's vacancies).
        Map<Long, Integer> leaving = retirements.teachersLeavingBefore(area.id(), round.effectiveOn());
        for (WorkforceRow row : workforce.of(area, round.academicYear()).rows()) {
            if (row.criterionTeachers() == null) {
                continue;
            }
            int retiring = leaving.getOrDefault(row.schoolId(), 0);
            int shortage = row.criterionTeachers() - (row.teachers() - retiring);
            if (shortage > 0) {
                added += jdbc.sql("""
                                insert into personnel.transfer_vacancy (round_id, school_id, places, note)
                                values (:r, :s, :places, :note) on conflict (round_id, school_id) do nothing""")
                        .param("r", roundId)
                        .param("s", row.schoolId())
                        .param("places", shortage)
                        .param(
                                "note",
                                Texts.of(
                                                retiring == 0
                                                        ? "personnel.transfer.vacancy.fromPlan"
                                                        : "personnel.transfer.vacancy.fromPlanRetiring",
                                                String.valueOf(row.teachers()),
                                                String.valueOf(row.criterionTeachers()),
                                                String.valueOf(retiring))
                                        .th())
                        .update();
            }
        }
        audit.changedBy(
                by,
                round.areaId(),
                "TRANSFER_VACANCIES_PROPOSED",
                "transfer_round",
                roundId,
                null,
                Map.of("added", added, "academic_year", round.academicYear()));
        return added;
    }

    /**
     * Sets the vacancy of the school {@code schoolCode} (open, of the round's area): places, the learning area wanted
     * (a {@link LearningArea} name; empty for any), subject or major wanted as a note, note.
     */
    @Transactional
    void set(
            long roundId,
            String schoolCode,
            Integer places,
            String learningArea,
            String subject,
            String note,
            KhetUser by) {
        TransferRound round = editable(roundId, by);
        Long schoolId = jdbc.sql("select id from registry.school_summary where area_id = :a and code = :c"
                        + " and status = 'OPEN'")
                .param("a", round.areaId())
                .param("c", schoolCode == null ? "" : schoolCode.strip())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> RejectedException.of("school", Texts.of("personnel.transfer.vacancy.noSchool")));
        if (places == null || places < 1 || places > 100) {
            throw RejectedException.of("places", Texts.of("personnel.transfer.vacancy.badPlaces"));
        }
        boolean anyArea = learningArea == null || learningArea.isBlank();
        Optional<LearningArea> area = LearningArea.of(learningArea);
        if (!anyArea && area.isEmpty()) {
            throw RejectedException.of("learningArea", Texts.of("personnel.transfer.vacancy.badArea"));
        }
        String s = clip(subject, 200);
        String n = clip(note, 500);
        jdbc.sql("""
                        insert into personnel.transfer_vacancy (round_id, school_id, places, learning_area, subject,
                            note)
                        values (:r, :s, :places, :area, :subject, :note)
                        on conflict (round_id, school_id) do update set places = excluded.places,
                            learning_area = excluded.learning_area, subject = excluded.subject, note = excluded.note""")
                .param("area", area.map(LearningArea::name).orElse(null))
                .param("r", roundId)
                .param("s", schoolId)
                .param("places", places)
                .param("subject", s)
                .param("note", n)
                .update();
        audit.changedBy(
                by,
                round.areaId(),
                "TRANSFER_VACANCY_SET",
                "transfer_round",
                roundId,
                null,
                Map.of(
                        "school_id",
                        schoolId,
                        "places",
                        places,
                        "learning_area",
                        area.map(LearningArea::name).orElse(""),
                        "subject",
                        s));
    }

    @Transactional
    void remove(long roundId, long vacancyId, KhetUser by) {
        TransferRound round = editable(roundId, by);
        int n = jdbc.sql("delete from personnel.transfer_vacancy where id = :v and round_id = :r")
                .param("v", vacancyId)
                .param("r", roundId)
                .update();
        if (n > 0) {
            audit.changedBy(
                    by,
                    round.areaId(),
                    "TRANSFER_VACANCY_REMOVED",
                    "transfer_round",
                    roundId,
                    Map.of("vacancy_id", vacancyId),
                    null);
        }
    }

    private TransferRound editable(long roundId, KhetUser by) {
        TransferRound round = rounds.locked(roundId);
        rounds.checkManages(by, round.areaId());
        if (!round.vacanciesOpen()) {
            throw RejectedException.of("state", Texts.of("personnel.transfer.vacancy.frozen"));
        }
        return round;
    }

    private static String clip(String s, int max) {
        String t = s == null ? "" : s.strip();
        if (t.length() > max) {
            throw RejectedException.of("note", Texts.of("personnel.transfer.tooLong", String.valueOf(max)));
        }
        return t;
    }
}
