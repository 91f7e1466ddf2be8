package org.khet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the multipart limits answers 413 saying what the limits are: an RFC 9457 problem for the API, the
 * error page for a form. The request is refused while it is read, before any controller is chosen, so this advice
 * applies to every handler rather than only to API or page controllers. A signed-in form is refused earlier still,
 * when the CSRF check reads its fields, and reaches the error page through the servlet container's 413.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge implements ErrorViewResolver {

    private final Bilingual message;

    UploadTooLarge(
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize perFile,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize perRequest) {
        this.message = Texts.of("platform.upload.tooLarge", perFile.toMegabytes(), perRequest.toMegabytes());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail p = ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", message);
            p.setType(URI.create("https://khet.example/problems/upload-too-large"));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        return page(Map.of());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return status.value() == HttpStatus.CONTENT_TOO_LARGE.value() ? page(model) : null;
    }

    private ModelAndView page(Map<String, Object> model) {
        ModelAndView page = new ModelAndView("error", model);
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("status", 413);
        page.addObject("detail", message);
        return page;
    }
}
