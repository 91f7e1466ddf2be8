package org.khet.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.khet.platform.KeptHtml;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a page that placed {@link KeptHtml}: the page as the template engine wrote it, with each marker replaced by
 * the kept bytes. A page that placed nothing is written straight through. The innermost filter, so the security
 * headers and the session are handled around it as for any page.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class KeptHtmlSplicing extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Splicing splicing = new Splicing(request, response);
        chain.doFilter(request, splicing);
        splicing.send();
    }

    /** Holds back what the page writes once the page has placed kept HTML. */
    private static final class Splicing extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private CharArrayWriter page;
        private PrintWriter writer;

        Splicing(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (KeptHtml.placedIn(request).isEmpty()) {
                    return super.getWriter();
                }
                page = new CharArrayWriter(16 * 1024);
                writer = new PrintWriter(page);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (page == null) {
                super.flushBuffer();
            }
        }

        @Override
        public void resetBuffer() {
            if (page != null) {
                page.reset();
            }
            super.resetBuffer();
        }

        void send() throws IOException {
            if (page == null) {
                return;
            }
            writer.flush();
            String text = page.toString();
            Charset charset = Charset.forName(getCharacterEncoding());
            List<byte[]> parts = new ArrayList<>();
            int from = 0;
            for (KeptHtml kept : KeptHtml.placedIn(request)) {
                int at = text.indexOf(kept.marker(), from);
                if (at < 0) {
                    continue;
                }
                parts.add(text.substring(from, at).getBytes(charset));
                parts.add(
                        charset.equals(StandardCharsets.UTF_8)
                                ? kept.utf8()
                                : kept.html().getBytes(charset));
                from = at + kept.marker().length();
            }
            parts.add(text.substring(from).getBytes(charset));
            long length = 0;
            for (byte[] part : parts) {
                length += part.length;
            }
            setContentLengthLong(length);
            ServletOutputStream out = getResponse().getOutputStream();
            for (byte[] part : parts) {
                out.write(part);
            }
        }
    }
}
