package org.putright.complaints;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** CMP-2026-000123: a counter per year of receipt, incremented under a row lock so references never repeat. */
@Component
class ReferenceNumbers {

    private final JdbcClient jdbc;

    ReferenceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Call inside the transaction that creates the complaint, so a rolled-back create gives its number back. */
    String next(int year) {
        int updated = jdbc.sql("update reference_counter set last_value = last_value + 1 where year = ?").param(year).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into reference_counter (year, last_value) values (?, 1)").param(year).update();
            }
            catch (DuplicateKeyException someoneElseStartedTheYear) {
                jdbc.sql("update reference_counter set last_value = last_value + 1 where year = ?").param(year).update();
            }
        }
        int value = jdbc.sql("select last_value from reference_counter where year = ?").param(year).query(Integer.class).single();
        return "CMP-%d-%06d".formatted(year, value);
    }
}
