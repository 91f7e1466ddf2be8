package org.khet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.khet.Api;
import org.khet.IntegrationTest;
import org.khet.WebSession;
import org.khet.registry.TestArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared limits through the real PostgreSQL and over HTTP: two instances with their own connection pools share
 * one count, an IPv6 client is one client across its /64, a refusal is 429 with Retry-After, and only a trusted
 * proxy may name the client with X-Forwarded-For.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitsTest extends IntegrationTest {

    /** Asked of area 6417, which the test opens for itself. */
    private static final String QUESTION = """
            {"area_code": "6417", "topic": "OTHER", "question": "คำถามทดสอบการจำกัดจำนวนครั้ง"}""";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    void ownArea() {
        TestArea.open(context, "6417");
    }

    @Test
    void twoInstancesWithTheirOwnPoolsShareOneCount() throws Exception {
        HikariDataSource app = dataSource.unwrap(HikariDataSource.class);
        try (HikariDataSource first = pool(app);
                HikariDataSource second = pool(app)) {
            RateLimits.Limit one =
                    new RateLimits(first, Clock.systemUTC(), environment).limit("shared-test", 3, Duration.ofHours(1));
            RateLimits.Limit other =
                    new RateLimits(second, Clock.systemUTC(), environment).limit("shared-test", 3, Duration.ofHours(1));
            assertThat(one.take("192.0.2.10").allowed()).isTrue();
            assertThat(other.take("192.0.2.10").allowed()).isTrue();
            assertThat(one.take("192.0.2.10").allowed()).isTrue();
            RateLimits.Taken fourth = other.take("192.0.2.10");
            assertThat(fourth.allowed())
                    .as("the other instance saw the first three")
                    .isFalse();
            assertThat(fourth.retryAfterSeconds()).isBetween(1L, 3600L);
            assertThat(one.take("192.0.2.11").allowed())
                    .as("another client has its own count")
                    .isTrue();
        }
    }

    @Test
    void bucketsThatHaveFilledUpAgainAreRemoved() throws Exception {
        HikariDataSource app = dataSource.unwrap(HikariDataSource.class);
        try (HikariDataSource pool = pool(app)) {
            RateLimits.Limit limit =
                    new RateLimits(pool, Clock.systemUTC(), environment).limit("idle-test", 3, Duration.ofMinutes(10));
            limit.take("192.0.2.20");
            // As if it had been used an hour ago: Bucket4j writes and compares by the system's time.
            jdbc.sql(
                            "update platform.rate_limit_bucket set expires_at = expires_at - 3600000 where id like 'idle-test|%'")
                    .update();
            limit.take("192.0.2.21");
            assertThat(buckets("idle-test|%")).isEqualTo(2);
            new RateLimits(pool, Clock.systemUTC(), environment).forgetIdleClients();
            assertThat(buckets("idle-test|%"))
                    .as("only the refilled bucket goes")
                    .isEqualTo(1);
        }
    }

    @Test
    void theTableHoldsNoClientAddress() {
        assertThat(ask("198.51.100.172").status()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from platform.rate_limit_bucket where id like '%198.51.100%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(buckets("public-submit|%")).isPositive();
    }

    private long buckets(String like) {
        return jdbc.sql("select count(*) from platform.rate_limit_bucket where id like :l")
                .param("l", like)
                .query(Long.class)
                .single();
    }

    @Test
    void anIPv6ClientIsCountedByItsSlash64AndARefusalSaysWhenToRetry() {
        for (int i = 1; i <= 5; i++) {
            assertThat(ask("2001:db8:5:6::" + Integer.toHexString(i)).status()).isEqualTo(201);
        }
        Api.Response refused = ask("2001:db8:5:6:ffff:1:2:3");
        assertThat(refused.status())
                .as("a new address in the same /64 is the same client")
                .isEqualTo(429);
        assertThat(refused.body()).contains("detail_th").contains("ถี่เกินไป").contains("Too many requests");
        assertThat(ask("2001:db8:5:7::1").status())
                .as("the next /64 is another client")
                .isEqualTo(201);
    }

    @Test
    void theRefusalCarriesRetryAfter() throws Exception {
        String client = "198.51.100.170";
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/public/questions"))
                                    .header("Content-Type", "application/json")
                                    .header("X-Forwarded-For", client)
                                    .POST(HttpRequest.BodyPublishers.ofString(QUESTION))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        }
        assertThat(last.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter)
                .as("about a fifth of the 10-minute window refills one use")
                .isBetween(1L, 600L);
    }

    @Test
    void thePublicFormAnswersAFriendlyPageWith429AndRetryAfter() {
        WebSession browser = new WebSession(port, "198.51.100.171");
        String form = "areaCode=6417&topic=OTHER&homepage=&question=" + WebSession.enc("ถามผ่านแบบฟอร์มหน้าเว็บ");
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = browser.postForm("/public/questions", "/public/questions", form);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("ส่งคำขอถี่เกินไป").contains("<form");
    }

    @Test
    void anUntrustedPeerCannotNameItsClientWithXForwardedFor() throws Exception {
        Optional<String> lan = nonLoopbackAddress();
        assumeTrue(lan.isPresent(), "this machine has no address other than loopback");
        HttpClient http = HttpClient.newHttpClient();
        int last = 0;
        for (int i = 1; i <= 6; i++) {
            last = http.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://" + lan.get() + ":" + port + "/api/v1/public/questions"))
                                    .header("Content-Type", "application/json")
                                    .header("X-Forwarded-For", "203.0.113." + i)
                                    .POST(HttpRequest.BodyPublishers.ofString(QUESTION))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        }
        assertThat(last)
                .as("six 'different' forwarded clients from one untrusted peer are one client")
                .isEqualTo(429);
    }

    private Api.Response ask(String client) {
        return Api.anonymous(port).with("X-Forwarded-For", client).post("/api/v1/public/questions", QUESTION);
    }

    private static HikariDataSource pool(HikariDataSource app) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(app.getJdbcUrl());
        pool.setUsername(app.getUsername());
        pool.setPassword(app.getPassword());
        pool.setMaximumPoolSize(2);
        return pool;
    }

    private static Optional<String> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .map(InetAddress::getHostAddress)
                .findFirst();
    }
}
