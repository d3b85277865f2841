package org.putright.residents;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A UK postal address as letters print it: up to two lines, the town and the postcode. */
public record PostalAddress(String line1, String line2, String town, String postcode) {

    /** The lines that are filled in, in order. */
    public List<String> lines() {
        return Stream.of(line1, line2, town, postcode).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String oneLine() {
        return String.join(", ", lines());
    }

    public boolean isEmpty() {
        return lines().isEmpty();
    }
}
