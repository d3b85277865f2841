package org.putright.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A landlord-year of figures groups hundreds of thousands of rows. PostgreSQL's default working memory (4 MB) made the
 * repeat groupings spill to disk (seconds instead of a tenth of one, docs/benchmarks.md); since V26 those are range
 * counts, but the figures' read-only transaction still raises it for itself alone ({@code SET LOCAL}, gone at commit) as
 * headroom for the other groupings on larger landlords. Nothing on other databases.
 */
@Component
class ReportMemory {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final String workMem;
    private volatile Boolean postgres;

    ReportMemory(JdbcClient jdbc, DataSource dataSource, @Value("${putright.reporting.work-mem:64MB}") String workMem) {
        if (!workMem.matches("\\d{1,6}(kB|MB|GB)")) {
            throw new IllegalArgumentException("putright.reporting.work-mem must be a PostgreSQL size such as 64MB, not " + workMem);
        }
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.workMem = workMem;
    }

    /** In the caller's transaction. */
    void apply() {
        if (postgres()) {
            jdbc.sql("set local work_mem = '" + workMem + "'").update();
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            }
            catch (SQLException e) {
                return false;
            }
        }
        return postgres;
    }
}
