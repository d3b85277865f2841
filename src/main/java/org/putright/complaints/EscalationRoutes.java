package org.putright.complaints;

import org.putright.shared.web.Landlord;
import org.putright.shared.web.Ombudsman;
import org.springframework.stereotype.Component;

/**
 * How a response tells the resident to take the complaint further (6.9 g, 6.19 g): to the next stage, without
 * needing to give reasons (6.12), or after the final stage to the Housing Ombudsman. Worded once here so the check
 * and the letter say the same thing.
 */
@Component
class EscalationRoutes {

    private final Landlord landlord;

    EscalationRoutes(Landlord landlord) {
        this.landlord = landlord;
    }

    /** Null when the landlord has given no way to contact it, which leaves element g missing. */
    String after(ComplaintScheme scheme, int stage, String reference) {
        if (stage >= scheme.finalStage()) {
            Ombudsman o = Ombudsman.HOUSING_OMBUDSMAN;
            return "This is our final response. If you remain dissatisfied, you can ask the " + o.name()
                    + " to look at your complaint. It is free and independent. Phone " + o.phone() + ", email " + o.email()
                    + ", visit " + o.website() + " or write to " + o.address() + ". Quote your reference " + reference + ".";
        }
        boolean phone = landlord.phone() != null && !landlord.phone().isBlank();
        boolean email = landlord.email() != null && !landlord.email().isBlank();
        if (!phone && !email) {
            return null;
        }
        StringBuilder route = new StringBuilder("If you are not satisfied with this response, you can ask us to take your complaint to stage "
                + (stage + 1) + ". You do not have to give reasons. Tell us online at " + landlord.publicUrl()
                + "/check-your-complaint");
        if (email) {
            route.append(", by email to ").append(landlord.email());
        }
        if (phone) {
            route.append(", by phone on ").append(landlord.phone());
        }
        route.append(", or by replying to this letter. Quote your reference ").append(reference).append(".");
        return route.toString();
    }
}
