package org.putright.residents;

/** One field of a resident record that changed (or would change), from what to what, as shown to staff and logged. */
public record FieldChange(String field, String from, String to) {
}
