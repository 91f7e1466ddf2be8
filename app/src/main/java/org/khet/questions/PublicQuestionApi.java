package org.khet.questions;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.khet.platform.PublicLimits;
import org.khet.registry.Area;
import org.khet.registry.Areas;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public Q&A on transfers, promotions and appointments, without an account. */
@RestController
@RequestMapping("/api/v1/public/questions")
class PublicQuestionApi {

    record Ask(String areaCode, String topic, String question) {}

    record Asked(long id) {}

    /** A published question and its answer, with the code of the area office that answered it. */
    record Answered(
            long id, String areaCode, String topic, String question, String answer, java.time.Instant answeredAt) {}

    private final Questions questions;
    private final PublicLimits limits;
    private final Areas areas;

    PublicQuestionApi(Questions questions, PublicLimits limits, Areas areas) {
        this.questions = questions;
        this.limits = limits;
        this.areas = areas;
    }

    @GetMapping
    @Operation(summary = "Published questions and answers, newest first; topic and words narrow them")
    List<Answered> published(@RequestParam(defaultValue = "") String topic, @RequestParam(defaultValue = "") String q) {
        Map<Long, Area> byId = areas.allById();
        return questions.published(topic, q, 100).stream()
                .map(x -> new Answered(
                        x.id(), byId.get(x.areaId()).code(), x.topic(), x.question(), x.answer(), x.answeredAt()))
                .toList();
    }

    @PostMapping
    @Operation(
            summary = "Ask a question (topic TRANSFER, PROMOTION, APPOINTMENT or OTHER)",
            description = "Nothing about the asker is stored. The question is published with its answer once the "
                    + "office's staff have answered it.")
    ResponseEntity<Asked> ask(@RequestBody Ask ask, HttpServletRequest request) {
        limits.check(PublicLimits.Kind.SUBMIT, request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Asked(questions.ask(ask.areaCode(), ask.topic(), ask.question())));
    }
}
