package org.putright.calendar;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The active extra non-working days recorded in {@code non_working_day} (withdrawn ones are ignored). */
@Component
class DatabaseNonWorkingDays implements ExtraNonWorkingDaysSource {

    private final JdbcClient jdbc;

    DatabaseNonWorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Collection<LocalDate> extraNonWorkingDays() {
        return jdbc.sql("select active_date from non_working_day where active_date is not null order by active_date")
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list();
    }
}
