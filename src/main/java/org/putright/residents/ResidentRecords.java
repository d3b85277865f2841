package org.putright.residents;

import java.util.Optional;
import java.util.UUID;

import org.putright.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The residents module's API for reading resident records. */
@Service
public class ResidentRecords {

    private final ResidentStore store;

    ResidentRecords(ResidentStore store) {
        this.store = store;
    }

    /** The resident a complaint belongs to (following merges), if it has been linked. */
    @Transactional(readOnly = true)
    public Optional<ResidentRecord> forComplaint(UUID complaintId) {
        return store.forComplaint(complaintId);
    }

    @Transactional(readOnly = true)
    public ResidentRecord get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("No resident with id " + id));
    }
}
