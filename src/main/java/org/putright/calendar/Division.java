package org.putright.calendar;

import java.util.Locale;

/** The three bank holiday divisions of the United Kingdom, keyed as in GOV.UK's {@code bank-holidays.json}. */
public enum Division {

    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    private final String key;

    Division(String key) {
        this.key = key;
    }

    /** The key GOV.UK uses for this division, e.g. {@code england-and-wales}. */
    public String key() {
        return key;
    }

    /**
     * The division for a GOV.UK key such as {@code scotland}; the enum constant's name
     * ({@code NORTHERN_IRELAND}) is accepted too, case-insensitively.
     * @throws IllegalArgumentException if the key names no division
     */
    public static Division fromKey(String key) {
        if (key != null) {
            String normalised = key.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Division division : values()) {
                if (division.key.equals(normalised)) {
                    return division;
                }
            }
        }
        throw new IllegalArgumentException("Unknown bank holiday division: " + key
                + " (expected england-and-wales, scotland or northern-ireland)");
    }
}
