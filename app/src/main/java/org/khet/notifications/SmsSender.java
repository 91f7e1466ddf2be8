package org.khet.notifications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through an HTTP gateway at {@code khet.sms.url}: a JSON {@code {"to", "text"}} POST, with {@code
 * khet.sms.token} as a bearer token when set. Any failure is retried: gateways differ in what their errors mean.
 */
@Component
class SmsSender implements Sender {

    private final String url;
    private final String token;
    private final JsonMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SmsSender(JsonMapper json, @Value("${khet.sms.url:}") String url, @Value("${khet.sms.token:}") String token) {
        this.json = json;
        this.url = url;
        this.token = token;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Delivery delivery) {
        if (url.isBlank()) {
            throw new DeliveryFailed("No SMS gateway configured (khet.sms.url)", true);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("to", delivery.address(), "text", delivery.bodyToSend()))));
        if (!token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        int status = HttpCalls.status(http, request.build(), "SMS gateway");
        if (status / 100 != 2) {
            throw new DeliveryFailed("SMS gateway answered HTTP " + status, false);
        }
    }
}
