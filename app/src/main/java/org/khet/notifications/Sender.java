package org.khet.notifications;

/** Sends one delivery on its channel, or throws {@link DeliveryFailed} (or any runtime exception: retried). */
interface Sender {

    Channel channel();

    void send(Delivery delivery);
}
