package org.khet.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one template fragment to HTML, for a page to keep and insert with {@code th:utext} when the fragment is
 * large and the same for everyone who may see it (a table of 300 schools, say). The fragment is rendered in the
 * current request, so its links and messages are those of the page; it must not show anything of the user (no
 * form tokens, no names). Session ids never appear in links: sessions are tracked by cookie only.
 */
@Component
public class RenderedFragments {

    private final SpringTemplateEngine engine;

    RenderedFragments(SpringTemplateEngine engine) {
        this.engine = engine;
    }

    /** The HTML of {@code template :: fragment} with the given variables, in the request's language. */
    public String render(
            String template,
            String fragment,
            Map<String, Object> variables,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        return engine.process(template, Set.of(fragment), new WebContext(exchange, locale, variables));
    }
}
