package org.putright.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.putright.calendar.WorkingDays;
import org.putright.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention policy applied: every finished complaint past the policy period, not under a legal hold and not yet
 * anonymised, has its personal data removed (UK GDPR storage limitation). Each complaint in its own transaction, so
 * one that cannot be done (changed at the same moment, say) does not hold up the rest; it is tried again next run.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    /** One complaint anonymised: which, when it was finished, and today. */
    public record Anonymised(UUID id, String reference, LocalDate closedOn, LocalDate anonymisedOn) {
    }

    /** A run: the day, the cut-off (cases finished before it were due), the policy, what was done and what was left. */
    public record Run(LocalDate on, LocalDate finishedBefore, String policy, List<Anonymised> anonymised, List<Skipped> skipped) {
    }

    /** A candidate left alone this run, and why (the exact date from its record was inside the policy, or it changed). */
    public record Skipped(UUID id, String reason) {
    }

    private final ComplaintStore store;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final RetentionPolicy policy;
    private final ObjectProvider<CompletedEventPublications> completedPublications;

    /** Whole years as days, erring long: a delivered event is never deleted before the period is over. */
    private static final long DAYS_PER_YEAR = 366;

    Retention(ComplaintStore store, WorkingDays workingDays, Clock clock, PlatformTransactionManager transactionManager,
            @Value("${putright.retention.years-after-closure:6}") int yearsAfterClosure,
            ObjectProvider<CompletedEventPublications> completedPublications) {
        this.completedPublications = completedPublications;
        this.store = store;
        this.workingDays = workingDays;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.policy = new RetentionPolicy(yearsAfterClosure);
    }

    public RetentionPolicy policy() {
        return policy;
    }

    /** Anonymises every complaint due today; safe to run again (and on several instances): done ones are not candidates. */
    public Run run() {
        LocalDate today = workingDays.today();
        LocalDate cutoff = policy.finishedBefore(today);
        List<UUID> candidates = transactions.execute(status -> store.retentionCandidates(cutoff));
        List<Anonymised> done = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (UUID id : candidates) {
            try {
                Complaint complaint = transactions.execute(status -> store.anonymise(id, policy, today, clock.instant(), workingDays.current()));
                done.add(new Anonymised(id, complaint.reference(), complaint.finishedOn(), complaint.anonymisedOn()));
            }
            catch (ConflictException e) {
                skipped.add(new Skipped(id, e.getMessage()));
            }
        }
        // events handed to after-commit listeners are kept, serialised, once delivered (an overdue action's description,
        // say); none is needed after the retention period, so delivered ones that old go too
        completedPublications.ifAvailable(registry -> registry.deletePublicationsOlderThan(
                Duration.ofDays(DAYS_PER_YEAR * policy.yearsAfterClosure())));
        if (!done.isEmpty() || !skipped.isEmpty()) {
            log.info("Retention run on {}: {} complaints finished before {} anonymised, {} left ({})", today, done.size(), cutoff,
                    skipped.size(), policy.describe());
        }
        return new Run(today, cutoff, policy.describe(), List.copyOf(done), List.copyOf(skipped));
    }
}
