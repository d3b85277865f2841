package org.putright.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tenant Satisfaction Measures on complaints for a reporting year, counted from {@code report_stage} with two index
 * range queries (see docs/decisions/0016-tsm-counting.md for which complaints count):
 * <ul>
 * <li>CH01: complaints received at each stage per 1,000 homes owned. Stage 1 by the day the complaint was received,
 * stage 2 by the day escalation was asked for; service requests and complaints refused (not accepted, or escalation
 * refused) are not counted.</li>
 * <li>CH02: of the stage's responses issued in the year, the share issued within the Code's timescale, a response inside an
 * extension agreed in line with the Code counting as within.</li>
 * </ul>
 * TP09 (imported) and PutRight's own survey sit beside them.
 */
@Service
public class TsmMeasures {

    public record Ch01(BigDecimal stage1PerThousand, BigDecimal stage2PerThousand, int stage1Received, int stage2Received,
            int stage1Refused, int stage2Refused, String note) {
    }

    public record Ch02(BigDecimal stage1WithinTimescale, BigDecimal stage2WithinTimescale, int stage1Responded,
            int stage1RespondedWithin, int stage2Responded, int stage2RespondedWithin, String note) {
    }

    /** The imported TP09 figure, or nulls with a note when none is recorded for the year. */
    public record Tp09(Integer respondents, Integer satisfied, BigDecimal satisfiedPercent, String source, String note) {
    }

    /**
     * {@code year} as the Regulator writes it (2025/26); {@code survey} is PutRight's own post-closure survey, which is
     * not TP09.
     */
    public record Report(String year, java.time.LocalDate from, java.time.LocalDate to, Integer homes, Ch01 ch01, Ch02 ch02,
            Tp09 tp09, SatisfactionSurvey.Results survey) {
    }

    private final JdbcClient jdbc;
    private final TsmHomes homes;
    private final Tp09Results tp09;
    private final SatisfactionSurvey survey;

    TsmMeasures(JdbcClient jdbc, TsmHomes homes, Tp09Results tp09, SatisfactionSurvey survey) {
        this.jdbc = jdbc;
        this.homes = homes;
        this.tp09 = tp09;
        this.survey = survey;
    }

    @Transactional(readOnly = true)
    public Report forYear(ReportingYear year) {
        int[] received = new int[3];
        int[] refused = new int[3];
        // refused_on is the stage's refusal (not accepted at stage 1, escalation refused at stage 2)
        jdbc.sql("""
                select stage, count(*), count(refused_on) from report_stage
                where received_on >= ? and received_on <= ? and kind = 'COMPLAINT'
                group by stage""")
                .params(year.from(), year.to())
                .query((RowCallbackHandler) rs -> {
                    int stage = rs.getInt(1);
                    if (stage == 1 || stage == 2) {
                        refused[stage] = rs.getInt(3);
                        received[stage] = rs.getInt(2) - refused[stage];
                    }
                });
        int[] responded = new int[3];
        int[] within = new int[3];
        jdbc.sql("""
                select stage, count(*), coalesce(sum(case when responded_in_time then 1 else 0 end), 0) from report_stage
                where responded_on >= ? and responded_on <= ? and kind = 'COMPLAINT'
                group by stage""")
                .params(year.from(), year.to())
                .query((RowCallbackHandler) rs -> {
                    int stage = rs.getInt(1);
                    if (stage == 1 || stage == 2) {
                        responded[stage] = rs.getInt(2);
                        within[stage] = rs.getInt(3);
                    }
                });
        Integer homesOwned = homes.latest(year).map(TsmHomes.Entry::homes).orElse(null);
        Ch01 ch01 = new Ch01(perThousand(received[1], homesOwned), perThousand(received[2], homesOwned), received[1], received[2],
                refused[1], refused[2], homesOwned == null
                        ? "No homes owned are recorded for " + year.label() + ", so complaints per 1,000 homes cannot be worked out: record them first."
                        : null);
        List<String> missing = new ArrayList<>();
        if (responded[1] == 0) {
            missing.add("stage 1");
        }
        if (responded[2] == 0) {
            missing.add("stage 2");
        }
        Ch02 ch02 = new Ch02(percent(within[1], responded[1]), percent(within[2], responded[2]), responded[1], within[1], responded[2],
                within[2], missing.isEmpty() ? null
                        : "No " + String.join(" or ", missing) + " responses were issued in " + year.label() + ", so there is no proportion to give.");
        Tp09 perception = tp09.latest(year)
                .map(t -> new Tp09(t.respondents(), t.satisfied(), percent(t.satisfied(), t.respondents()), t.source(), null))
                .orElseGet(() -> new Tp09(null, null, null, null, "No TP09 survey results are recorded for " + year.label() + "."));
        return new Report(year.label(), year.from(), year.to(), homesOwned, ch01, ch02, perception, survey.results(year));
    }

    /** Per 1,000 homes to one decimal place (half up). */
    static BigDecimal perThousand(long count, Integer homes) {
        if (homes == null || homes == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(homes), 1, RoundingMode.HALF_UP);
    }

    /** A percentage to one decimal place; none of nothing. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
