package org.putright.frontdoor;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the confirmation page shows, kept in the session after the answers are cleared. Public only so the page
 * template can read it; not for other modules.
 */
public record Sent(String reference, LocalDate acknowledgeBy, int respondWithinWorkingDays, boolean emailGiven) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
