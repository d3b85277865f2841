package org.putright.ombudsman;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.putright.complaints.CaseContributions;
import org.springframework.stereotype.Component;

/** The "Housing Ombudsman" section of a complaint's case page: its Ombudsman cases, findings and orders (9.7 c). */
@Component
class OmbudsmanOnCasePage implements CaseContributions {

    private final OmbudsmanCases cases;
    private final Words words = new Words();

    OmbudsmanOnCasePage(OmbudsmanCases cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public List<Section> sections(UUID complaintId) {
        List<Item> items = new ArrayList<>();
        List<OmbudsmanCases.Case> found = cases.forComplaint(complaintId);
        for (OmbudsmanCases.Case c : found) {
            StringBuilder detail = new StringBuilder("Referred " + words.date(c.referredOn()));
            if (c.determination() != null) {
                detail.append("; determined ").append(words.date(c.determination().determinedOn())).append(": ")
                        .append(String.join(", ", c.determination().elements().stream()
                                .map(e -> e.description() + " – " + words.label(e.finding()).toLowerCase(java.util.Locale.ROOT)).toList()));
            }
            long complied = c.orders().stream().filter(o -> o.status() == OmbudsmanCases.OrderStatus.COMPLIED).count();
            if (!c.orders().isEmpty()) {
                detail.append("\n").append(c.orders().size()).append(c.orders().size() == 1 ? " order or recommendation" : " orders and recommendations")
                        .append(", ").append(complied).append(" complied with");
                if (c.overdueOrders() > 0) {
                    detail.append(", ").append(c.overdueOrders()).append(" overdue");
                }
            }
            items.add(new Item("Ombudsman case " + c.ombudsmanReference(), detail.toString(), null, "/ombudsman/" + c.id(),
                    words.label(c.status())));
        }
        List<Link> links = new ArrayList<>();
        links.add(new Link("Record a case the Ombudsman has taken on", "/ombudsman/new?complaintId=" + complaintId));
        links.add(new Link("Ombudsman register", "/ombudsman"));
        return List.of(new Section("ombudsman", "Housing Ombudsman", "The Housing Ombudsman has no case about this complaint on the register.",
                items, links));
    }
}
