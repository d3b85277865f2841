package org.putright.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.putright.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the landlord writes into a governance report, kept as versions (nothing overwritten): the commentary
 * (qualitative analysis), the Ombudsman's annual report about the landlord (8.1 e) and other relevant Ombudsman reports
 * (8.1 f), and the governing body's response (8.2) with the day it considered the report. Each save appends a version
 * that carries forward whatever it did not change.
 */
@Service
class ReportTexts {

    static final int MAX_LENGTH = 20000;

    enum Kind {
        ANNUAL, QUARTERLY
    }

    /** One version; {@code version} counts from 1. */
    record Version(int version, String commentary, String ombudsmanAnnualReport, String otherOmbudsmanReports,
            String governingBodyResponse, LocalDate consideredOn, String recordedBy, Instant recordedAt) {

        static Version empty() {
            return new Version(0, null, null, null, null, null, null, null);
        }
    }

    /** The landlord's text, changed by staff who handle complaints. */
    record Text(String commentary, String ombudsmanAnnualReport, String otherOmbudsmanReports) {
    }

    /** The governing body's response, recorded by a manager on its behalf (8.2). */
    record Response(String governingBodyResponse, LocalDate consideredOn) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportTexts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every version, latest first. */
    @Transactional(readOnly = true)
    List<Version> history(Kind kind, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select version, commentary, ombudsman_annual_report, other_ombudsman_reports, governing_body_response, considered_on,
                    recorded_by, recorded_at
                from governance_report where kind = ? and period_from = ? and period_to = ? order by version desc""")
                .params(kind.name(), from, to)
                .query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
    }

    Version latest(Kind kind, LocalDate from, LocalDate to) {
        return history(kind, from, to).stream().findFirst().orElse(Version.empty());
    }

    @Transactional
    Version recordText(Kind kind, LocalDate from, LocalDate to, Text text, String who) {
        check("commentary", text.commentary());
        check("ombudsmanAnnualReport", text.ombudsmanAnnualReport());
        check("otherOmbudsmanReports", text.otherOmbudsmanReports());
        Version latest = latest(kind, from, to);
        return append(kind, from, to, new Version(latest.version() + 1, tidy(text.commentary()), tidy(text.ombudsmanAnnualReport()),
                tidy(text.otherOmbudsmanReports()), latest.governingBodyResponse(), latest.consideredOn(), who, clock.instant()));
    }

    @Transactional
    Version recordResponse(Kind kind, LocalDate from, LocalDate to, Response response, LocalDate today, String who) {
        String text = tidy(response.governingBodyResponse());
        if (text == null) {
            throw new InvalidRequestException("governingBodyResponse", response.governingBodyResponse(),
                    "Enter the governing body's response");
        }
        check("governingBodyResponse", text);
        if (response.consideredOn() == null) {
            throw new InvalidRequestException("consideredOn", null, "Enter the date the governing body considered the report");
        }
        if (response.consideredOn().isAfter(today)) {
            throw new InvalidRequestException("consideredOn", response.consideredOn(),
                    "The date the governing body considered the report must be today or in the past");
        }
        if (response.consideredOn().isBefore(from)) {
            throw new InvalidRequestException("consideredOn", response.consideredOn(),
                    "The date the governing body considered the report must be after the period began (" + from + ")");
        }
        Version latest = latest(kind, from, to);
        return append(kind, from, to, new Version(latest.version() + 1, latest.commentary(), latest.ombudsmanAnnualReport(),
                latest.otherOmbudsmanReports(), text, response.consideredOn(), who, clock.instant()));
    }

    private Version append(Kind kind, LocalDate from, LocalDate to, Version v) {
        // the primary key makes two people saving at once a clash rather than a lost version
        jdbc.sql("""
                insert into governance_report (kind, period_from, period_to, version, commentary, ombudsman_annual_report,
                    other_ombudsman_reports, governing_body_response, considered_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(kind.name(), from, to, v.version(), v.commentary(), v.ombudsmanAnnualReport(), v.otherOmbudsmanReports(),
                        v.governingBodyResponse(), v.consideredOn(), v.recordedBy(), v.recordedAt().atOffset(ZoneOffset.UTC))
                .update();
        return v;
    }

    private static void check(String field, String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new InvalidRequestException(field, null, "must be " + MAX_LENGTH + " characters or fewer");
        }
    }

    private static String tidy(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty()).map(t -> t.replace("\r\n", "\n")).orElse(null);
    }
}
