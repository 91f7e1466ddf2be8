package org.khet.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.khet.Api;
import org.khet.TestPeers;

/** Plays LINE: posts webhook bodies to Khet, signed with the channel secret as LINE signs them. */
public final class LineWebhookCalls {

    private LineWebhookCalls() {}

    /** A webhook body with one text message from a LINE user. */
    public static String textFrom(String lineUserId, String text) {
        return """
                {"destination":"Uoffice","events":[{"type":"message","mode":"active","timestamp":1764979200000,
                 "webhookEventId":"01TEST","deliveryContext":{"isRedelivery":false},"replyToken":"r1",
                 "source":{"type":"user","userId":"%s"},
                 "message":{"id":"1","type":"text","quoteToken":"q","text":"%s"}}]}""".formatted(lineUserId, text);
    }

    public static String signature(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts the body as LINE would, signed with the channel secret Khet was given. */
    public static Api.Response signed(int port, String body) {
        return Api.anonymous(port)
                .with("X-Line-Signature", signature(body, TestPeers.LINE_SECRET))
                .post("/api/v1/line/webhook", body);
    }
}
