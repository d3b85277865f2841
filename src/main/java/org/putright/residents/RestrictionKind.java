package org.putright.residents;

/**
 * The kinds of contact restriction a landlord may impose for unacceptable behaviour (2024 Code 5.14 and the landlord's
 * policy). None of them touches the complaints process: see {@link RestrictionNeverBlocksComplaints}.
 */
public enum RestrictionKind {

    SINGLE_POINT_OF_CONTACT("A single point of contact", "Name the member of staff in the detail", true),
    WRITTEN_CONTACT_ONLY("Written contact only", "Letters or email; no calls or visits to the office", false),
    LIMITED_CALL_TIMES("Limited call times", "Say the days and times in the detail", true),
    NO_VISITS_WITHOUT_APPOINTMENT("No visits without an appointment", "Office visits by appointment only", false),
    CONTACT_THROUGH_REPRESENTATIVE("Contact through a representative", "Name the representative in the detail", true),
    OTHER("Something else", "Describe the restriction in the detail", true);

    private final String label;
    private final String hint;
    private final boolean detailRequired;

    RestrictionKind(String label, String hint, boolean detailRequired) {
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
}
