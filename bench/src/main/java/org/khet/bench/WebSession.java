package org.khet.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session with the web pages: signs in through the login form (with its CSRF token), then reads pages. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;

    WebSession(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    boolean signIn(String user, String password) {
        Api.Response page = get("/login");
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            return false;
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(base.resolve("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = r.headers().firstValue("Location").orElse("");
            return r.statusCode() == 302 && !location.contains("error");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Posts a form from a page of the app, with the CSRF token that page carries; true when it redirected. */
    boolean submit(String pagePath, String action, java.util.Map<String, String> fields) {
        Matcher m = CSRF.matcher(get(pagePath).body());
        if (!m.find()) {
            return false;
        }
        StringBuilder form = new StringBuilder("_csrf=").append(enc(m.group(1)));
        fields.forEach((k, v) -> form.append('&').append(enc(k)).append('=').append(enc(v)));
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(base.resolve(action))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 302;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The bytes of a page as sent to a client that does not ask for compression, and to one that asks for gzip. */
    long[] weight(String path) {
        long[] bytes = new long[2];
        for (int i = 0; i < 2; i++) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(1));
            if (i == 1) {
                request.header("Accept-Encoding", "gzip");
            }
            try {
                bytes[i] = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                        .body()
                        .length;
            } catch (IOException e) {
                bytes[i] = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return bytes;
    }

    /** A page as a load client reads it: status, size and time, the body read in full but not decoded to text. */
    record Read(int status, long bytes, double seconds) {}

    /**
     * Reads a page the way a browser's network layer does, without turning its bytes into a Java string: the load
     * client shares the CPUs with the app it measures, so it should spend as little of them as it can.
     */
    Read read(String path) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofMinutes(1))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Read(r.statusCode(), r.body().length, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            return new Read(-1, 0, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Api.Response get(String path) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofMinutes(1))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Api.Response(r.statusCode(), r.body(), (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            return new Api.Response(-1, e.toString(), (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
