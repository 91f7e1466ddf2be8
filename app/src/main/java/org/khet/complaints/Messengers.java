package org.khet.complaints;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-mail through the SMTP server in {@code spring.mail.*}, and SMS through an HTTP gateway at {@code khet.sms.url}
 * (a JSON {@code {"to", "text"}} POST, with {@code khet.sms.token} as a bearer token when set). When either is not
 * configured its messages are logged and dropped; when a send fails the exception leaves the event unfinished, so
 * it is sent again when publications are resubmitted.
 */
@Component
class Messengers {

    private static final Logger log = LoggerFactory.getLogger(Messengers.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String smsUrl;
    private final String smsToken;
    private final JsonMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Messengers(
            ObjectProvider<JavaMailSender> mail,
            JsonMapper json,
            @Value("${khet.mail.from:khet@localhost}") String from,
            @Value("${khet.sms.url:}") String smsUrl,
            @Value("${khet.sms.token:}") String smsToken) {
        this.mail = mail;
        this.json = json;
        this.from = from;
        this.smsUrl = smsUrl;
        this.smsToken = smsToken;
    }

    void email(String to, String subject, String text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host); an e-mail was not sent");
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        sender.send(message);
    }

    void sms(String to, String text) {
        if (smsUrl.isBlank()) {
            log.info("No SMS gateway configured (khet.sms.url); an SMS was not sent");
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(smsUrl))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(java.util.Map.of("to", to, "text", text))));
        if (!smsToken.isBlank()) {
            request.header("Authorization", "Bearer " + smsToken);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("SMS gateway answered HTTP " + answer.statusCode());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("SMS gateway unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
