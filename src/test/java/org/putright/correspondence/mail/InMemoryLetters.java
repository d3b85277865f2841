package org.putright.correspondence.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.putright.correspondence.DeliveryStatus;
import org.putright.correspondence.Letters;
import org.putright.correspondence.RenderedLetter;
import org.putright.shared.NotFoundException;

/** The letters store for channel tests: letters put in by the test, deliveries appended in order. */
class InMemoryLetters implements Letters {

    record Delivery(String channel, DeliveryStatus status, String detail) {
    }

    private final Map<UUID, RenderedLetter> letters = new ConcurrentHashMap<>();
    private final Map<UUID, List<Delivery>> deliveries = new ConcurrentHashMap<>();

    void put(RenderedLetter letter) {
        letters.put(letter.letterId(), letter);
        deliveries.computeIfAbsent(letter.letterId(), id -> new CopyOnWriteArrayList<>()).add(new Delivery(null, DeliveryStatus.PENDING, null));
    }

    @Override
    public RenderedLetter rendered(UUID letterId) {
        RenderedLetter letter = letters.get(letterId);
        if (letter == null) {
            throw new NotFoundException("No letter " + letterId);
        }
        return letter;
    }

    @Override
    public void recordDelivery(UUID letterId, String channel, DeliveryStatus status, String detail) {
        deliveries.computeIfAbsent(letterId, id -> new CopyOnWriteArrayList<>()).add(new Delivery(channel, status, detail));
    }

    List<Delivery> deliveries(UUID letterId) {
        return new ArrayList<>(deliveries.getOrDefault(letterId, List.of()));
    }

    Delivery latest(UUID letterId) {
        List<Delivery> all = deliveries(letterId);
        return all.isEmpty() ? null : all.getLast();
    }
}
