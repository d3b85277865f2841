package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of the Complaint Handling Code as data ({@code selfassessment/code-{version}.json}): its sections and
 * provisions in the Code's order.
 */
public record CodeVersion(String version, String title, LocalDate effectiveFrom, String source, List<Section> sections) {

    public record Section(int number, String title, List<Provision> provisions) {
    }

    public List<Provision> provisions() {
        return sections.stream().flatMap(s -> s.provisions().stream()).toList();
    }

    public Optional<Provision> provision(String number) {
        return provisions().stream().filter(p -> p.number().equals(number)).findFirst();
    }
}
