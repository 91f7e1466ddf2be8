package org.khet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The Khet REST API as the benchmark uses it, over the JDK's HTTP client (HTTP/1.1, as a browser or an
 * integration would reach the app through a proxy). Every call returns the status, body and wall-clock time, and
 * never throws on an error status, so the benchmark can report exactly what the app answered.
 */
final class Api {

    /** One exchange: status, body and the seconds from sending the request to having the whole response. */
    record Response(int status, String body, double seconds) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String excerpt() {
            String flat = body.replaceAll("\\s+", " ");
            return flat.length() > 600 ? flat.substring(0, 600) + "…" : flat;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private String authorization;

    Api(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    /** A GET with the bearer token once {@link #login} has succeeded. */
    Response get(String path) {
        return send((authorization == null ? request(path) : authorized(path)).GET());
    }

    /** Creates an API token with HTTP Basic and uses it as the bearer token from then on. */
    Response login(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Response r = send(request("/api/v1/tokens")
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")));
        String token = r.ok() ? Json.string(r.body(), "token") : null;
        if (token != null) {
            authorization = "Bearer " + token;
        }
        return r;
    }

    Response postJson(String path, String json) {
        return send(authorized(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response putJson(String path, String json) {
        return send(authorized(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Uploads a file as the multipart field {@code file}; the file is read before the clock starts. */
    Response upload(String path, Path file) {
        try {
            String boundary = "----khet-bench-" + UUID.randomUUID();
            String head = "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName() + "\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n";
            String tail = "\r\n--" + boundary + "--\r\n";
            List<byte[]> parts = List.of(
                    head.getBytes(StandardCharsets.UTF_8),
                    Files.readAllBytes(file),
                    tail.getBytes(StandardCharsets.UTF_8));
            return send(authorized(path)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofMinutes(30))
                .header("Accept", "application/json");
    }

    private HttpRequest.Builder authorized(String path) {
        return request(path).header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            return new Response(-1, e.toString(), (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
