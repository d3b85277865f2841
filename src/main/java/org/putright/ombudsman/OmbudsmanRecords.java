package org.putright.ombudsman;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording on the Ombudsman register from another module (the demo's generated history): the same steps as the REST API
 * and the pages, by the signed-in member of staff, through {@link OmbudsmanCases} and so under the same rules.
 */
@Service
public class OmbudsmanRecords {

    /** What the Ombudsman made: an order, a recommendation, or a complaint handling failure order (at any stage). */
    public enum OrderKind {
        ORDER, RECOMMENDATION, COMPLAINT_HANDLING_FAILURE_ORDER
    }

    /** One element of the complaint the Ombudsman investigated, with its finding. */
    public record Element(String description, Finding finding) {
    }

    private final OmbudsmanCases cases;

    OmbudsmanRecords(OmbudsmanCases cases) {
        this.cases = cases;
    }

    /** Puts the Ombudsman's case about the complaint on the register; its id. */
    public UUID refer(String ombudsmanReference, String complaintReference, LocalDate referredOn) {
        return cases.create(new OmbudsmanCases.NewCase(ombudsmanReference, complaintReference, referredOn)).id();
    }

    /** The Ombudsman has started investigating a referred case. */
    public void investigating(UUID caseId, LocalDate on, String note) {
        cases.changeStatus(caseId, OmbudsmanCases.CaseStatus.INVESTIGATING, on, note);
    }

    /** The Ombudsman has closed the case. */
    public void close(UUID caseId, LocalDate on, String note) {
        cases.changeStatus(caseId, OmbudsmanCases.CaseStatus.CLOSED, on, note);
    }

    public void determine(UUID caseId, LocalDate determinedOn, List<Element> elements) {
        cases.determine(caseId, determinedOn, elements == null ? null
                : elements.stream().map(e -> e == null ? null : new OmbudsmanCases.Element(e.description(), e.finding())).toList());
    }

    /** Adds an order, recommendation or complaint handling failure order; its id. */
    @Transactional
    public UUID order(UUID caseId, OrderKind kind, String description, LocalDate madeOn, LocalDate dueOn) {
        Set<UUID> before = cases.get(caseId).orders().stream().map(OmbudsmanCases.Order::id).collect(Collectors.toSet());
        return cases.addOrder(caseId, new OmbudsmanCases.NewOrder(kind == null ? null : OmbudsmanCases.OrderKind.valueOf(kind.name()),
                description, madeOn, dueOn)).orders().stream().map(OmbudsmanCases.Order::id).filter(id -> !before.contains(id))
                .findFirst().orElseThrow();
    }

    /** Records the evidence that an order was complied with (or a recommendation followed). */
    public void comply(UUID caseId, UUID orderId, LocalDate compliedOn, String evidence) {
        cases.recordCompliance(caseId, orderId, compliedOn, evidence);
    }
}
