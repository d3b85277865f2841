package org.putright.complaints;

import java.util.List;
import java.util.Map;

/**
 * The elements a response still lacks under the provision that requires them (6.9 or 6.19): each as
 * {@code element}, {@code label} (a–g where the scheme letters them), {@code description} and {@code howToProvide}.
 */
public record MissingElements(String provision, List<Map<String, String>> missing) {

    public boolean isEmpty() {
        return missing.isEmpty();
    }
}
