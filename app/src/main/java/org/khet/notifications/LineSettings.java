package org.khet.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The office's LINE Official Account on the LINE Messaging API: its channel secret (to check the webhook's
 * signatures), channel access token (to push), the API's base URL (tests point it at a local stand-in), and what
 * people need to find the account: its id ({@code @…}) and add-friend URL.
 */
@Component
class LineSettings {

    private final String channelSecret;
    private final String accessToken;
    private final String apiUrl;
    private final String accountId;
    private final String addFriendUrl;

    LineSettings(
            @Value("${khet.line.channel-secret:}") String channelSecret,
            @Value("${khet.line.channel-access-token:}") String accessToken,
            @Value("${khet.line.api-url:https://api.line.me}") String apiUrl,
            @Value("${khet.line.official-account-id:}") String accountId,
            @Value("${khet.line.add-friend-url:}") String addFriendUrl) {
        this.channelSecret = channelSecret;
        this.accessToken = accessToken;
        this.apiUrl = apiUrl.replaceAll("/+$", "");
        this.accountId = accountId;
        this.addFriendUrl = addFriendUrl;
    }

    /** Whether people can link LINE: pushing and receiving the webhook both need the channel's keys. */
    boolean configured() {
        return !channelSecret.isBlank() && !accessToken.isBlank();
    }

    String channelSecret() {
        return channelSecret;
    }

    String accessToken() {
        return accessToken;
    }

    String pushUrl() {
        return apiUrl + "/v2/bot/message/push";
    }

    String accountId() {
        return accountId;
    }

    String addFriendUrl() {
        return addFriendUrl;
    }
}
