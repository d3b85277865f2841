package org.putright.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.putright.demo.SyntheticBulkLoad;
import org.putright.demo.SyntheticHistory;
import org.putright.testsupport.SettableClock;
import org.putright.testsupport.WithDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the benchmark's bulk load writes into report_stage is what the application derives from the events it wrote: every
 * complaint's rows derived again by {@link ReportRows} from its record come out the same, and so do the dashboard's
 * figures and the TSM. Owns 2060/61 (estate R).
 */
@WithDatabase
class BulkReportRowsTest {

    @Autowired
    SyntheticBulkLoad bulk;

    @Autowired
    ReportRows reportRows;

    @Autowired
    ReportFigures figures;

    @Autowired
    TsmMeasures tsm;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SettableClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void report_rows_written_in_bulk_are_those_the_application_derives_from_the_events() {
        clock.set(Instant.parse("2061-05-12T12:00:00Z"));
        ReportingYear year = new ReportingYear(2060);
        SyntheticBulkLoad.Result written = bulk.load(new SyntheticHistory.Parameters(600, year.from(), year.to(), 11, List.of("r.officer"),
                List.of("r.manager"), "r.officer", "R"), n -> {
                });
        assertThat(written.stopped()).isZero();
        assertThat(written.cases()).isGreaterThan(20);
        List<UUID> ids = jdbc.sql("""
                select l.complaint_id from resident_complaint l join resident s on s.id = l.resident_id
                where s.tenancy_reference like 'TR-%'""").query(UUID.class).list();
        assertThat(ids).hasSize((int) written.cases());
        List<Map<String, Object>> loaded = rows(ids);
        ReportFigures.Figures loadedFigures = figures.forPeriod(year.from(), year.to());
        TsmMeasures.Report loadedTsm = tsm.forYear(year);
        assertThat(loadedFigures.stages().getFirst().received()).isGreaterThan(0);
        assertThat(loadedFigures.stages().get(1).responded()).isGreaterThan(0);
        assertThat(loadedFigures.repeats().repeatProperties()).isGreaterThan(0);
        assertThat(loadedTsm.homes()).isEqualTo(600);

        for (UUID id : ids) {
            transactions.executeWithoutResult(status -> reportRows.refresh(id));
        }

        assertThat(rows(ids)).isEqualTo(loaded).hasSize((int) written.reportRows());
        assertThat(figures.forPeriod(year.from(), year.to())).isEqualTo(loadedFigures);
        assertThat(tsm.forYear(year)).isEqualTo(loadedTsm);
    }

    private List<Map<String, Object>> rows(List<UUID> ids) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (UUID id : ids) {
            jdbc.sql("select * from report_stage where complaint_id = ? order by stage").param(id).query(rs -> {
                Map<String, Object> row = new TreeMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    String column = rs.getMetaData().getColumnLabel(i).toLowerCase();
                    if (!column.equals("updated_at")) {
                        row.put(column, rs.getObject(i) == null ? null : rs.getObject(i).toString());
                    }
                }
                rows.add(row);
            });
        }
        return rows;
    }
}
