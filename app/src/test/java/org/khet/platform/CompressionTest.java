package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.khet.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages and styles travel compressed to a browser that asks, and as they are to a client that does not. */
class CompressionTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aBrowserThatAsksGetsGzipAndTheSameText() throws Exception {
        for (String path : new String[] {"/login", "/public/complaints", "/css/khet.css"}) {
            HttpResponse<byte[]> plain = get(path, null);
            HttpResponse<byte[]> zipped = get(path, "gzip, deflate, br");
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
            assertThat(zipped.body().length).as(path).isLessThan(plain.body().length / 2);
            if (!path.endsWith(".css")) {
                // Each page carries its own masked CSRF token, so only the Thai text is compared.
                assertThat(new String(unzipped, StandardCharsets.UTF_8)).contains("เขต");
            } else {
                assertThat(unzipped).isEqualTo(plain.body());
            }
        }
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
