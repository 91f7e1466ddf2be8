package org.khet.notifications;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where LINE delivers what people send to the office's Official Account. Only a body signed with the channel secret
 * is read (HMAC-SHA256, compared in constant time); anything else is 401 and changes nothing. A text message holding
 * an open linking code links its sender. Every signed request is answered 200 alike, whatever it held, so LINE does
 * not retry it and nobody learns whether a code exists; the requests are not rate-limited (only LINE can sign them), the codes each LINE user sends are.
 */
@RestController
class LineWebhook {

    private static final Logger log = LoggerFactory.getLogger(LineWebhook.class);

    private final LineSettings settings;
    private final LineLinking linking;
    private final JsonMapper json;

    LineWebhook(LineSettings settings, LineLinking linking, JsonMapper json) {
        this.settings = settings;
        this.linking = linking;
        this.json = json;
    }

    @PostMapping("/api/v1/line/webhook")
    ResponseEntity<Void> receive(
            @RequestHeader(name = "X-Line-Signature", required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!signedByLine(raw, signature)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        JsonNode events;
        try {
            events = json.readTree(raw).path("events");
        } catch (RuntimeException e) {
            log.warn("LINE sent a signed body that is not JSON; ignored");
            return ResponseEntity.ok().build();
        }
        for (JsonNode event : events) {
            if ("message".equals(event.path("type").asString(""))
                    && "text".equals(event.path("message").path("type").asString(""))
                    && !event.path("source").path("userId").asString("").isBlank()) {
                linking.codeReceived(
                        event.path("message").path("text").asString(""),
                        event.path("source").path("userId").asString());
            }
        }
        return ResponseEntity.ok().build();
    }

    private boolean signedByLine(byte[] body, String signature) {
        if (signature == null || signature.isBlank() || settings.channelSecret().isBlank()) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(body), given);
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.channelSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
