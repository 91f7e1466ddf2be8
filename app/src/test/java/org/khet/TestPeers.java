package org.khet;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real peers the application talks to in tests: an SMTP server (GreenMail) that keeps what it receives, and an
 * HTTP server standing in for the SMS gateway that keeps every request body, and one standing in for LINE's Messaging
 * API that keeps every push; both can be told to fail. Started once for the whole suite.
 */
public final class TestPeers {

    private static final GreenMail MAIL = startMail();
    private static final List<String> SMS = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> SMS_FAILURES = new ConcurrentHashMap<>();
    private static final Map<String, Duration> SMS_DELAYS = new ConcurrentHashMap<>();
    private static final Map<String, CountDownLatch> SMS_HOLDS = new ConcurrentHashMap<>();
    private static final int SMS_PORT = startSmsGateway();
    private static final List<LinePush> LINE = new CopyOnWriteArrayList<>();
    private static final Map<String, Failures> LINE_FAILURES = new ConcurrentHashMap<>();
    private static final int LINE_PORT = startLineApi();

    /** A push LINE's API stand-in accepted: the Authorization header and the JSON body. */
    public record LinePush(String authorization, String body) {}

    private record Failures(int status, AtomicInteger left) {}

    public static final String LINE_SECRET = "test-line-channel-secret";
    public static final String LINE_TOKEN = "test-line-access-token";

    private TestPeers() {}

    public static GreenMail mail() {
        return MAIL;
    }

    /** The mails GreenMail received for {@code address}, oldest first. */
    public static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.toString(m.getAllRecipients()).contains(address);
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The JSON bodies the SMS gateway received, oldest first. */
    public static List<String> sms() {
        return SMS;
    }

    /** The SMS gateway answers HTTP 503 to the next {@code times} messages for {@code phone}. */
    public static void failSmsTo(String phone, int times) {
        SMS_FAILURES.put(phone, new AtomicInteger(times));
    }

    /** The SMS gateway takes {@code delay} before it accepts each message for {@code phone}, as a slow one does. */
    public static void slowSmsTo(String phone, Duration delay) {
        SMS_DELAYS.put(phone, delay);
    }

    /**
     * The SMS gateway keeps each message for {@code phone} waiting, unanswered, until the test counts the returned
     * latch down (or a minute has passed, so that a failed test does not hold the gateway forever).
     */
    public static CountDownLatch holdSmsTo(String phone) {
        CountDownLatch release = new CountDownLatch(1);
        SMS_HOLDS.put(phone, release);
        return release;
    }

    /** The pushes LINE's API stand-in accepted, oldest first. */
    public static List<LinePush> linePushes() {
        return LINE;
    }

    /** LINE's API stand-in answers {@code status} to the next {@code times} pushes to {@code lineUserId}. */
    public static void failLinePushesTo(String lineUserId, int status, int times) {
        LINE_FAILURES.put(lineUserId, new Failures(status, new AtomicInteger(times)));
    }

    /**
     * The settings that point Khet at these peers, with notification delays of a second so that a test awaiting a
     * delivery waits little.
     */
    static Map<String, Object> settings() {
        return Map.of(
                "spring.mail.host",
                "localhost",
                "spring.mail.port",
                smtpPort(),
                "khet.sms.url",
                smsUrl(),
                "khet.line.api-url",
                lineUrl(),
                "khet.line.channel-secret",
                LINE_SECRET,
                "khet.line.channel-access-token",
                LINE_TOKEN,
                "khet.line.official-account-id",
                "@khet-test",
                "khet.notifications.dispatch-delay",
                "1s",
                "khet.notifications.retry-delays",
                "1s,1s,2s");
    }

    static String lineUrl() {
        return "http://localhost:" + LINE_PORT;
    }

    static int smtpPort() {
        return MAIL.getSmtp().getPort();
    }

    static String smsUrl() {
        return "http://localhost:" + SMS_PORT + "/sms";
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int startSmsGateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/sms", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (failing(SMS_FAILURES.entrySet().stream()
                        .filter(f -> body.contains(f.getKey()))
                        .map(Map.Entry::getValue))) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                slowFor(body);
                SMS.add(body);
                byte[] ok = "{\"status\":\"queued\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(202, ok.length);
                exchange.getResponseBody().write(ok);
                exchange.close();
            });
            // A thread per request, as a real gateway serves many at once: a slow message does not hold up the next.
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "sms-gateway-stand-in");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void slowFor(String body) {
        SMS_HOLDS.entrySet().stream()
                .filter(h -> body.contains(h.getKey()))
                .findFirst()
                .ifPresent(h -> {
                    try {
                        h.getValue().await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        SMS_DELAYS.entrySet().stream()
                .filter(d -> body.contains(d.getKey()))
                .findFirst()
                .ifPresent(d -> {
                    try {
                        Thread.sleep(d.getValue().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }

    private static boolean failing(java.util.stream.Stream<AtomicInteger> counters) {
        return counters.anyMatch(left -> left.getAndUpdate(n -> Math.max(0, n - 1)) > 0);
    }

    /** LINE's push endpoint as the Messaging API has it: a bearer token and a JSON body, answered 200 {}. */
    private static int startLineApi() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/v2/bot/message/push", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Failures failure = LINE_FAILURES.entrySet().stream()
                        .filter(f -> body.contains("\"" + f.getKey() + "\""))
                        .map(Map.Entry::getValue)
                        .filter(f -> f.left().getAndUpdate(n -> Math.max(0, n - 1)) > 0)
                        .findFirst()
                        .orElse(null);
                int status = failure != null ? failure.status() : 200;
                if (status == 200) {
                    LINE.add(new LinePush(exchange.getRequestHeaders().getFirst("Authorization"), body));
                }
                byte[] answer =
                        (status == 200 ? "{}" : "{\"message\":\"stand-in failure\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
