package org.putright.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Who receives our letters about a complaint on a date, and how: the representative when the resident's consent covers
 * it (3.6), the resident too when the consent says so, otherwise the resident; each by the agreed method. Formats come
 * from the resident's active reasonable adjustments (5.10) and apply to letters to the resident; {@code notes} are what
 * staff must keep to when contacting them (active contact restrictions, 5.14, and contact adjustments).
 */
public record ContactPlan(UUID complaintId, UUID residentId, LocalDate on, List<Addressee> addressees) {

    public enum Role {
        RESIDENT, REPRESENTATIVE
    }

    /** How a letter travels: email (with the PDF), text message, or printed and posted. */
    public enum Method {
        EMAIL, SMS, POST
    }

    /** A format the resident needs; {@code detail} is the colour, the language, and so on. */
    public record FormatNeed(String kind, String detail) {

        /** As staff read it: "coloured paper (yellow)", "translation (Polish)". */
        public String label() {
            String name = switch (kind) {
                case "LARGE_PRINT" -> "large print";
                case "EASY_READ" -> "easy read";
                case "COLOURED_PAPER" -> "coloured paper";
                case "AUDIO" -> "audio";
                case "BRAILLE" -> "Braille";
                case "BRITISH_SIGN_LANGUAGE" -> "British Sign Language";
                case "TRANSLATION" -> "translation";
                default -> kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            };
            return detail == null || detail.isBlank() ? name : name + " (" + detail.strip() + ")";
        }
    }

    /**
     * One recipient. {@code postalAddress} is the full address, line by line; {@code formats} and {@code notes} are empty
     * for a representative (the adjustments and restrictions are the resident's).
     */
    public record Addressee(Role role, UUID representativeId, String name, String organisation, List<String> postalAddress,
            String email, String phone, Method method, List<FormatNeed> formats, List<String> notes) {

        public Addressee {
            postalAddress = postalAddress == null ? List.of() : List.copyOf(postalAddress);
            formats = formats == null ? List.of() : List.copyOf(formats);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        public boolean largePrint() {
            return formats.stream().anyMatch(f -> f.kind().equals("LARGE_PRINT"));
        }
    }

    public ContactPlan {
        addressees = List.copyOf(addressees);
    }

    public Addressee resident() {
        return addressees.stream().filter(a -> a.role() == Role.RESIDENT).findFirst().orElse(null);
    }
}
