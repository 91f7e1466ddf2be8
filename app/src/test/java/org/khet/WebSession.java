package org.khet;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without JavaScript: cookies, the sign-in form with its CSRF token, and pages as HTML. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in through the login form; the answer is the redirect the form gave. */
    public static WebSession signedIn(int port, String username, String password) {
        WebSession s = new WebSession(port);
        Matcher token = CSRF.matcher(s.get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        HttpResponse<String> r = s.post(
                "/login", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1)));
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in of " + username + " answered " + r.statusCode() + " " + location);
        }
        return s;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
