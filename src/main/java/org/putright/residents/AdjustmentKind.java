package org.putright.residents;

/**
 * The kinds of reasonable adjustment a resident may agree with us (2024 Code 5.10; Equality Act 2010 s.20), each with
 * the words staff see and a hint. {@link #detailRequired()} when the kind means nothing without saying which or who.
 */
public enum AdjustmentKind {

    LARGE_PRINT("Large print", "Letters and documents in a larger font (say the size in the detail if agreed)", false),
    EASY_READ("Easy read", "Short sentences with pictures to support the words", false),
    COLOURED_PAPER("Coloured paper", "Say which colour in the detail", false),
    AUDIO("Audio", "Letters recorded or read aloud", false),
    BRAILLE("Braille", "Letters and documents in Braille", false),
    BRITISH_SIGN_LANGUAGE("British Sign Language", "A BSL interpreter for meetings and calls, or video relay", false),
    TRANSLATION("Translation", "Say which language in the detail", true),
    NAMED_CONTACT("A named contact", "One member of staff the resident deals with; name them in the detail", true),
    CALL_BACKS_AT_SET_TIMES("Call-backs at set times", "Say the days and times in the detail", true),
    LONGER_TIME_TO_REPLY("A longer time to reply", "Say how long in the detail", false),
    EMAIL_ONLY("Contact by email only", "No letters or calls unless the resident asks", false),
    PHONE_ONLY("Contact by phone only", "No letters or emails unless the resident asks", false),
    HOME_VISITS("Home visits", "Meetings at the resident's home rather than the office", false),
    OTHER("Something else", "Describe the adjustment in the detail", true);

    private final String label;
    private final String hint;
    private final boolean detailRequired;

    AdjustmentKind(String label, String hint, boolean detailRequired) {
        this.label = label;
        this.hint = hint;
        this.detailRequired = detailRequired;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public boolean detailRequired() {
        return detailRequired;
    }

    /** The kind named by {@code code} (any case), or null when there is none. */
    static AdjustmentKind parse(String code) {
        if (code == null) {
            return null;
        }
        try {
            return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }
}
