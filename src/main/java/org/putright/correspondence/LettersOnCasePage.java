package org.putright.correspondence;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.putright.complaints.CaseContributions;
import org.springframework.stereotype.Component;

/** The "Letters" section of the case page: each letter issued, its delivery status, and links to the PDF and HTML. */
@Component
class LettersOnCasePage implements CaseContributions {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final LetterService letters;

    LettersOnCasePage(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public List<Section> sections(UUID complaintId) {
        String base = "/cases/" + complaintId + "/letters/";
        List<LetterService.Summary> issued = letters.forComplaint(complaintId);
        List<Item> items = issued.stream()
                .map(l -> new Item(RequiredSections.label(l.type()) + " letter (PDF)", detail(l), l.createdAt(),
                        base + l.id() + ".pdf", status(l.deliveryStatus())))
                .toList();
        List<Link> links = new ArrayList<>();
        issued.forEach(l -> links.add(new Link(RequiredSections.label(l.type()) + " letter of "
                + LetterRenderer.LONG_DATE.format(l.createdAt().atZone(LONDON)) + " as a web page", base + l.id() + ".html")));
        links.add(new Link("Change the wording of letters", "/letter-templates"));
        return List.of(new Section("letters", "Letters", "No letters have been issued yet. Letters are produced when the complaint "
                + "is acknowledged, extended, refused or responded to.", items, links));
    }

    /** The subject, who it went to (when a representative is involved), and any format staff must produce it in. */
    private static String detail(LetterService.Summary l) {
        StringBuilder detail = new StringBuilder(l.subject());
        if ("REPRESENTATIVE".equals(l.recipientRole())) {
            detail.append(". To the representative, ").append(l.recipientName());
        }
        String needs = l.needsText();
        if (needs != null) {
            detail.append(". ").append(needs);
        }
        return detail.toString();
    }

    private static String status(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "Not sent yet";
            case SENT -> "Sent";
            case DELIVERED -> "Delivered";
            case FAILED -> "Failed";
            case READY_TO_PRINT -> "Ready to print";
        };
    }

    @Override
    public int order() {
        return 10;
    }
}
