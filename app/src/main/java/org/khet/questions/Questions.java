package org.khet.questions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.khet.shared.RequiredText;
import org.khet.thai.BuddhistDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public Q&A on transfers, promotions and appointments: questions come in without an account and without
 * anything about the asker; the office's staff answer, edit out names, publish or set aside. Only published
 * questions are ever shown to the public.
 */
@Component
class Questions {

    enum Topic {
        TRANSFER,
        PROMOTION,
        APPOINTMENT,
        OTHER
    }

    /** A question with its answer, as the public page or the staff's desk shows it. */
    record Question(
            long id,
            long areaId,
            String topic,
            String question,
            Instant askedAt,
            QuestionStatus status,
            String answer,
            Instant answeredAt,
            int version) {

        public String asked(String language) {
            return day(askedAt, language);
        }

        public String answered(String language) {
            return answeredAt == null ? "" : day(answeredAt, language);
        }

        /** The day in Thailand, Buddhist Era in Thai and ISO in English, as the complaint pages show days. */
        private static String day(Instant at, String language) {
            LocalDate day = at.atZone(BANGKOK).toLocalDate();
            return "en".equals(language) ? day.toString() : BuddhistDates.abbreviated(day);
        }
    }

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private static final String COLUMNS =
            "id, area_id, topic, question, asked_at, status, answer, answered_at, version from questions.public_question";

    private final JdbcClient jdbc;
    private final Areas areas;
    private final AuditLog audit;

    Questions(JdbcClient jdbc, Areas areas, AuditLog audit) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.audit = audit;
    }

    /** The office's staff who answer: the director, unit staff and legal officers of the area. */
    static boolean mayAnswer(KhetUser user, long areaId) {
        return user.holds(Role.AREA_DIRECTOR, areaId)
                || user.holds(Role.AREA_STAFF, areaId)
                || user.holds(Role.LEGAL_OFFICER, areaId);
    }

    /** Takes a question in; nothing about who asked is stored. Answers its number. */
    @Transactional
    long ask(String areaCode, String topic, String question) {
        List<FieldError> errors = new ArrayList<>();
        Topic t = topic(topic, errors);
        String q = RequiredText.of(question, "question", 2_000, Texts.of("questions.label.question"), errors);
        Area area = areas.byCode(areaCode == null ? "" : areaCode.strip())
                .or(() -> areas.onlyOne())
                .orElse(null);
        if (area == null) {
            errors.add(FieldError.of("areaCode", Texts.of("questions.questions.chooseAreaOffice")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("questions.questions.notSent"), errors);
        }
        // Asked to the hour only, with no actor in the audit: a signed-in teacher asks as anyone does.
        long id = jdbc.sql("""
                        insert into questions.public_question (area_id, topic, question, asked_at)
                        values (:a, :t, :q, date_trunc('hour', now())) returning id""")
                .param("a", area.id())
                .param("t", t.name())
                .param("q", q)
                .query(Long.class)
                .single();
        audit.createdAnonymously(area.id(), "public_question", id, Map.of("topic", t.name()));
        return id;
    }

    /** Published questions of every area, or of one topic, matching every word of {@code q}; newest first. */
    List<Question> published(String topic, String q, int limit) {
        StringBuilder where = new StringBuilder("status = ?");
        List<Object> params = new ArrayList<>();
        params.add(QuestionStatus.PUBLISHED.name());
        if (topic != null && !topic.isBlank()) {
            where.append(" and topic = ?");
            params.add(topic.strip().toUpperCase(Locale.ROOT));
        }
        for (String word : q == null ? new String[0] : q.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                where.append(" and (question || ' ' || answer) ilike ?");
                params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return jdbc.sql("select " + COLUMNS + " where " + where + " order by answered_at desc, id desc limit " + limit)
                .params(params)
                .query(Question.class)
                .list();
    }

    /** The questions of the areas a user answers for, those waiting first. */
    List<Question> desk(KhetUser user) {
        Long[] mine = user.areaIds().stream().filter(a -> mayAnswer(user, a)).toArray(Long[]::new);
        return jdbc.sql("select " + COLUMNS + " where (area_id = any(:a) or :all)"
                        + " order by status <> :waiting, asked_at desc limit 300")
                .param("a", mine)
                .param("waiting", QuestionStatus.PENDING.name())
                .param("all", user.isAdmin())
                .query(Question.class)
                .list();
    }

    /** Answers and publishes a question, with the question as the staff edited it; audited. */
    @Transactional
    void answer(long id, int version, String question, String answer, KhetUser by) {
        Question found = forStaff(id, by);
        List<FieldError> errors = new ArrayList<>();
        String q = RequiredText.of(question, "question", 2_000, Texts.of("questions.label.question"), errors);
        String a = RequiredText.of(answer, "answer", 5_000, Texts.of("questions.label.answer"), errors);
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("questions.questions.notPublished"), errors);
        }
        change(found, version, QuestionStatus.PUBLISHED, q, a, by);
    }

    /** Sets a question aside, or takes a published one off the public page (abuse, a personal case); audited. */
    @Transactional
    void reject(long id, int version, KhetUser by) {
        Question found = forStaff(id, by);
        change(found, version, QuestionStatus.REJECTED, found.question(), found.answer(), by);
    }

    private void change(Question q, int version, QuestionStatus status, String question, String answer, KhetUser by) {
        int changed = jdbc.sql("""
                        update questions.public_question set status = :s, question = :q, answer = :a, answered_by = :by,
                               answered_at = now(), version = version + 1
                        where id = :id and version = :v""")
                .param("s", status.name())
                .param("q", question)
                .param("a", answer)
                .param("by", by.id())
                .param("id", q.id())
                .param("v", version)
                .update();
        if (changed == 0) {
            throw new ConflictException();
        }
        audit.changed(
                q.areaId(),
                "UPDATE",
                "public_question",
                q.id(),
                Map.of("status", q.status().name()),
                Map.of("status", status.name(), "question", question, "answer", answer == null ? "" : answer));
    }

    private Question forStaff(long id, KhetUser by) {
        Question q = jdbc.sql("select " + COLUMNS + " where id = :id")
                .param("id", id)
                .query(Question.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("question"));
        if (!mayAnswer(by, q.areaId())) {
            throw new ForbiddenException("answer public questions");
        }
        return q;
    }

    private static Topic topic(String value, List<FieldError> errors) {
        try {
            return Topic.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String codes = java.util.Arrays.toString(Topic.values());
            errors.add(FieldError.of("topic", Texts.of("questions.chooseTopic", codes)));
            return null;
        }
    }
}
