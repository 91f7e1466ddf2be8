package org.khet;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real peers the application talks to in tests: an SMTP server (GreenMail) that keeps what it receives, and an
 * HTTP server standing in for the SMS gateway that keeps every request body. Started once for the whole suite.
 */
public final class TestPeers {

    private static final GreenMail MAIL = startMail();
    private static final List<String> SMS = new CopyOnWriteArrayList<>();
    private static final int SMS_PORT = startSmsGateway();

    private TestPeers() {}

    public static GreenMail mail() {
        return MAIL;
    }

    /** The JSON bodies the SMS gateway received, oldest first. */
    public static List<String> sms() {
        return SMS;
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
                SMS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] ok = "{\"status\":\"queued\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(202, ok.length);
                exchange.getResponseBody().write(ok);
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
