package org.khet.notifications;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One HTTP call to a gateway, answering its status; an unreachable gateway is a failed delivery to retry. */
final class HttpCalls {

    private HttpCalls() {}

    static int status(HttpClient http, HttpRequest request, String peer) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryFailed(peer + " unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed(peer + " call interrupted", e);
        }
    }
}
