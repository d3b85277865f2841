package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.putright.complaints.BenchLoading;
import org.putright.complaints.Channel;
import org.putright.complaints.ComplaintService;
import org.putright.complaints.Decision;
import org.putright.complaints.Definition;
import org.putright.complaints.Remedy;
import org.putright.complaints.Resident;
import org.putright.testsupport.Api;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Not part of the usual run ({@code -Dputright.bench.evidence=true}): a landlord-year of 10,000 complaints received
 * February to December 2055, each acknowledged and answered through the aggregate, then the year's evidence timed.
 */
@WithDatabase
@EnabledIfSystemProperty(named = "putright.bench.evidence", matches = "true")
class EvidenceAtScale {

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SettableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    EvidenceSource evidence;

    @Test
    void a_landlord_year_of_evidence() throws InterruptedException {
        new Api(mvc, json).staff("scale.officer", "COMPLAINTS_OFFICER");
        clock.set(LocalDate.of(2055, 12, 31).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        try {
            BenchLoading loading = new BenchLoading(context);
            TransactionTemplate tx = new TransactionTemplate(transactions);
            int n = Integer.getInteger("putright.bench.evidence.complaints", 10_000);
            long loadStart = System.nanoTime();
            for (int batch = 0; batch < (n + 499) / 500; batch++) {
                int first = batch * 500;
                tx.executeWithoutResult(status -> {
                    for (int i = first; i < Math.min(n, first + 500); i++) {
                        LocalDate received = LocalDate.of(2055, 2, 1).plusDays(i % 300);
                        var c = loading.receive(new ComplaintService.NewComplaint(OffsetDateTime.of(received.atTime(10, 0), ZoneOffset.UTC),
                                Channel.PHONE, new Resident("Scale " + i, "SC-" + i, null, null, null), null, "Scale test " + i, null),
                                "scale.officer");
                        c.acknowledge(received.plusDays(i % 7 == 0 ? 9 : 2), "scale.officer",
                                new Definition("Repair late", List.of(), List.of("Repair done"), List.of(), List.of(), null));
                        if (i % 5 != 0) {
                            c.respond(received.plusDays(12), Decision.UPHELD, "Late repair", List.of(new Remedy(Remedy.Type.APOLOGY, "Sorry")));
                        }
                        c.save();
                    }
                });
            }
            long loaded = System.nanoTime();
            // letters issued while loading are dispatched asynchronously; let them finish so the timing is the evidence's alone
            var pool = context.getBean(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean();
            for (int quiet = 0, waited = 0; quiet < 5 && waited < 1800; waited++) {
                quiet = pool.getThreadsAwaitingConnection() == 0 && pool.getActiveConnections() == 0 ? quiet + 1 : 0;
                Thread.sleep(1000);
            }
            System.out.printf("EVIDENCE AT SCALE: letters dispatched %d ms after loading%n", (System.nanoTime() - loaded) / 1_000_000);
            loaded = System.nanoTime();
            List<LiveEvidence> year = evidence.forPeriod("2024", LocalDate.of(2055, 1, 1), LocalDate.of(2055, 12, 31));
            long first = System.nanoTime();
            year = evidence.forPeriod("2024", LocalDate.of(2055, 1, 1), LocalDate.of(2055, 12, 31));
            long second = System.nanoTime();
            System.out.printf("EVIDENCE AT SCALE: loaded %d in %d ms; evidence for the year %d ms (first), %d ms (again)%n", n,
                    (loaded - loadStart) / 1_000_000, (first - loaded) / 1_000_000, (second - first) / 1_000_000);
            assertThat(year.stream().filter(e -> e.measure().equals("stage-1-acknowledged-on-time")).findFirst().orElseThrow().total())
                    .isEqualTo(n);
        }
        finally {
            clock.reset();
        }
    }
}
