package org.khet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript, over real HTTP: its own cookies, forms posted with their page's CSRF token, pages
 * as HTML. It may stand at a given client address, sent as X-Forwarded-For from this machine (a trusted proxy).
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http;
    private final int port;
    private final String client;

    /** A browser at the given client address; null for this machine's own. */
    public WebSession(int port, String client) {
        this(
                port,
                client,
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
    }

    private WebSession(int port, String client, HttpClient http) {
        this.port = port;
        this.client = client;
        this.http = http;
    }

    /** The same browser, with the same cookies, talking to another instance of Khet on {@code otherPort}. */
    public WebSession at(int otherPort) {
        return new WebSession(otherPort, client, http);
    }

    /** Signs in through the login form, and fails unless the form let the user in. */
    public static WebSession signedIn(int port, String username, String password) {
        WebSession s = new WebSession(port, null);
        HttpResponse<String> r = s.signIn(username, password);
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + username + " answered " + r.statusCode() + " " + location);
        }
        return s;
    }

    /** Posts the login form; answers the redirect the server sent. */
    public HttpResponse<String> signIn(String username, String password) {
        return postForm("/login", "/login", "username=" + enc(username) + "&password=" + enc(password));
    }

    /** Posts a form of the page at {@code page} with that page's CSRF token. */
    public HttpResponse<String> postForm(String page, String action, String form) {
        String csrf = csrfOf(page);
        return send(request(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf))));
    }

    /**
     * Uploads a CSV file as the field {@code file} of the form on the page at {@code page}, with that page's CSRF
     * token, asking for HTML.
     */
    public HttpResponse<String> postFile(String page, String action, String fileName, byte[] content) {
        return postMultipart(page, action, java.util.Map.of(), "file", fileName, "text/csv", content);
    }

    /**
     * Posts the form on the page at {@code page} as multipart: its text {@code fields}, one file as field {@code
     * fileField}, and that page's CSRF token, asking for HTML.
     */
    public HttpResponse<String> postMultipart(
            String page,
            String action,
            java.util.Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] content) {
        String boundary = "khet" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrfOf(page));
        all.forEach((name, value) -> head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        head.append("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(request(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head.toString().getBytes(StandardCharsets.UTF_8)),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofByteArray(tail))));
    }

    private String csrfOf(String page) {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new IllegalStateException(page + " carries no CSRF token");
        }
        return m.group(1);
    }

    /** Posts a form as a forged request would: without the page's CSRF token. */
    public HttpResponse<String> postWithoutToken(String path, String form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The value of a cookie this browser holds, if it holds one of that name. */
    public java.util.Optional<String> cookie(String name) {
        return ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals(name))
                        .map(java.net.HttpCookie::getValue)
                        .findFirst();
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A download (a PDF, a workbook) as its bytes, with its status and headers. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return client == null ? request : request.header("X-Forwarded-For", client);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
