package org.putright.complaints;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CMP-2026-000123: a counter per year of receipt, incremented under a row lock so references never repeat or skip.
 * The lock is held until the creating transaction commits, which serialises intakes within a year (docs/benchmarks.md).
 * Taking the number in a separate transaction was tried and rejected: under load every request held one pooled
 * connection while waiting for a second, and the pool ran dry.
 */
@Component
class ReferenceNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    ReferenceNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Call inside the transaction that creates the complaint, so a rolled-back create gives its number back. */
    String next(int year) {
        int updated = jdbc.sql("update reference_counter set last_value = last_value + 1 where counter_year = ?").param(year).update();
        if (updated == 0) {
            startYear(year);
            jdbc.sql("update reference_counter set last_value = last_value + 1 where counter_year = ?").param(year).update();
        }
        int value = jdbc.sql("select last_value from reference_counter where counter_year = ?").param(year).query(Integer.class).single();
        return "CMP-%d-%06d".formatted(year, value);
    }

    /** In its own transaction: a clash with another request starting the same year must not spoil the caller's (PostgreSQL aborts it). */
    private void startYear(int year) {
        try {
            separately.executeWithoutResult(status -> jdbc.sql("insert into reference_counter (counter_year, last_value) values (?, 0)")
                    .param(year).update());
        }
        catch (DuplicateKeyException someoneElseStartedTheYear) {
            // fine: the row exists now
        }
    }
}
