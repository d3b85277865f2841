package org.putright.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.putright.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The homes the landlord owns in each reporting year, the denominator of CH01. Each entry is kept (who, when, how many);
 * the latest one for a year is the figure.
 */
@Component
public class TsmHomes {

    /** One entry as recorded. */
    public record Entry(int year, int homes, String recordedBy, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TsmHomes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Entry record(ReportingYear year, Integer homes, String recordedBy) {
        if (homes == null) {
            throw new InvalidRequestException("homes", null, "is required: the number of homes owned in " + year.label());
        }
        if (homes < 1 || homes > 10_000_000) {
            throw new InvalidRequestException("homes", String.valueOf(homes), "must be a whole number of homes from 1 to 10,000,000");
        }
        Instant now = clock.instant();
        jdbc.sql("insert into tsm_homes (reporting_year, homes, recorded_by, recorded_at) values (?, ?, ?, ?)")
                .params(year.year(), homes, recordedBy, now.atOffset(ZoneOffset.UTC)).update();
        return new Entry(year.year(), homes, recordedBy, now);
    }

    /** The figure for the year: the latest entry, if any. */
    public Optional<Entry> latest(ReportingYear year) {
        return history(year).stream().findFirst();
    }

    /** Every entry for the year, latest first. */
    public List<Entry> history(ReportingYear year) {
        return jdbc.sql("select reporting_year, homes, recorded_by, recorded_at from tsm_homes where reporting_year = ? order by id desc")
                .param(year.year())
                .query((rs, n) -> new Entry(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }
}
