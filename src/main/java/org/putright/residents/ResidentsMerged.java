package org.putright.residents;

import java.util.UUID;

/**
 * A resident record was merged into another ({@code into} survives): the merged record's complaints are now the
 * survivor's. Published in the merge's transaction, so what is kept per resident elsewhere (report rows) moves with it.
 */
public record ResidentsMerged(UUID merged, UUID into) {
}
