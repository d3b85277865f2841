package org.putright.residents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Probable duplicates among live resident records (not merged, not anonymised): the same email address; the same name
 * at the same home or postcode; or the same home and a similar name ("Grace Hopper" and "Grace M. Hopper"). Different
 * people at one home over the years (previous tenants) share a home but not a name, so they are not flagged.
 */
@Service
class ResidentDuplicates {

    /** Two records that are probably the same person, and why we think so. */
    public record Duplicate(ResidentRecord first, ResidentRecord second, List<String> reasons) {
    }

    private final ResidentStore store;

    ResidentDuplicates(ResidentStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    List<Duplicate> find() {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (UUID[] pair : store.pairsSharing("a.email_key = b.email_key")) {
            reasons.computeIfAbsent(key(pair), k -> new ArrayList<>()).add("Same email address");
        }
        for (UUID[] pair : store.pairsSharing("""
                a.name_key = b.name_key and (a.property_key = b.property_key
                    or replace(upper(a.postcode), ' ', '') = replace(upper(b.postcode), ' ', ''))""")) {
            reasons.computeIfAbsent(key(pair), k -> new ArrayList<>()).add("Same name and the same home or postcode");
        }
        Map<UUID, ResidentRecord> records = new LinkedHashMap<>();
        for (UUID[] pair : store.pairsSharing("a.property_key = b.property_key and a.name_key <> b.name_key")) {
            ResidentRecord a = records.computeIfAbsent(pair[0], id -> store.find(id).orElseThrow());
            ResidentRecord b = records.computeIfAbsent(pair[1], id -> store.find(id).orElseThrow());
            if (similarNames(a.name(), b.name())) {
                reasons.computeIfAbsent(key(pair), k -> new ArrayList<>()).add("Same home and a similar name");
            }
        }
        List<Duplicate> found = new ArrayList<>();
        reasons.forEach((key, why) -> {
            String[] ids = key.split("/");
            ResidentRecord a = records.computeIfAbsent(UUID.fromString(ids[0]), id -> store.find(id).orElseThrow());
            ResidentRecord b = records.computeIfAbsent(UUID.fromString(ids[1]), id -> store.find(id).orElseThrow());
            found.add(new Duplicate(a, b, List.copyOf(why)));
        });
        found.sort(java.util.Comparator.comparing((Duplicate d) -> ResidentStore.nameKey(d.first().name())));
        return found;
    }

    /**
     * Similar enough to be one person: one name's words all appear in the other ("grace hopper" in "grace m hopper"),
     * the same surname and first initial, or at most two letters different (a typing slip).
     */
    static boolean similarNames(String one, String other) {
        String a = ResidentStore.nameKey(one);
        String b = ResidentStore.nameKey(other);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> wordsA = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> wordsB = new HashSet<>(Arrays.asList(b.split(" ")));
        if (wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA)) {
            return true;
        }
        String[] partsA = a.split(" ");
        String[] partsB = b.split(" ");
        if (partsA.length > 1 && partsB.length > 1 && partsA[partsA.length - 1].equals(partsB[partsB.length - 1])
                && partsA[0].charAt(0) == partsB[0].charAt(0)) {
            return true;
        }
        return distance(a, b) <= 2;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String key(UUID[] pair) {
        return pair[0] + "/" + pair[1];
    }
}
