package org.putright.correspondence;

import java.util.UUID;

/**
 * The letters store as channels see it: the stored letter ready to send, and a place to append each change of its
 * delivery status (never overwritten: the latest entry is the current status).
 */
public interface Letters {

    RenderedLetter rendered(UUID letterId);

    void recordDelivery(UUID letterId, String channel, DeliveryStatus status, String detail);
}
