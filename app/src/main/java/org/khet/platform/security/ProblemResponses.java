package org.khet.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem bodies for requests the security filters refuse before any controller runs. */
@Component
class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    void unauthorized(HttpServletResponse response, Bilingual message) throws IOException {
        write(response, 401, "Unauthorized", message);
    }

    void tooMany(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        write(response, 429, "Too many requests", Texts.of("platform.signIn.tooMany"));
    }

    void forbidden(HttpServletResponse response) throws IOException {
        write(response, 403, "Forbidden", Texts.of("platform.apiProblems.notAllowed"));
    }

    void write(HttpServletResponse response, int status, String title, Bilingual detail) throws IOException {
        String th = detail.th();
        String en = detail.en();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", en);
        body.put("detail_th", th);
        body.put("detail_en", en);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"khet\"");
        }
        response.getWriter().write(json.writeValueAsString(body));
    }
}
