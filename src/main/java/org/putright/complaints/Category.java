package org.putright.complaints;

/** One entry of the landlord's category lists; a retired one ({@code active} false) is kept for the complaints filed under it. */
public record Category(CategoryKind kind, String code, String label, String description, boolean active) {
}
