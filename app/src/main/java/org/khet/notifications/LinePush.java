package org.khet.notifications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A text pushed to a linked LINE user through the Messaging API ({@code POST /v2/bot/message/push}). LINE's answer
 * decides what happens next: 2xx is delivered; 429 (rate or monthly quota) and 5xx are retried; any other 4xx means
 * the request itself is refused (a user who blocked the account, a revoked token) and repeating it would only be
 * refused again, so the row gives up at once and waits for an administrator's "retry now".
 */
@Component
class LinePush implements Sender {

    /** LINE's limit for one text message. */
    private static final int MAX_TEXT = 5000;

    private final LineSettings settings;
    private final JsonMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LinePush(LineSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.LINE;
    }

    @Override
    public void send(Delivery delivery) {
        if (settings.accessToken().isBlank()) {
            throw new DeliveryFailed("No LINE channel access token configured (khet.line.channel-access-token)", true);
        }
        String whole = delivery.bodyToSend();
        String text = whole.length() > MAX_TEXT ? whole.substring(0, MAX_TEXT) : whole;
        String body = json.writeValueAsString(
                Map.of("to", delivery.address(), "messages", List.of(Map.of("type", "text", "text", text))));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.pushUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + settings.accessToken())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        int status = HttpCalls.status(http, request, "LINE API");
        if (status / 100 == 2) {
            return;
        }
        boolean refused = status / 100 == 4 && status != 429;
        throw new DeliveryFailed("LINE API answered HTTP " + status, refused);
    }
}
