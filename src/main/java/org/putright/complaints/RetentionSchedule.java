package org.putright.complaints;

import java.time.LocalTime;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The daily retention run, at a quiet London time of day (02:30 unless configured). db-scheduler runs it once across
 * instances; a missed day is caught up by the next run, as due means "finished before the cut-off".
 */
@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

    static final String TASK_NAME = "retention-anonymisation";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    @Bean
    RecurringTask<Void> retentionTask(Retention retention, @Value("${putright.retention.run-at:02:30}") String at) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(LONDON, LocalTime.parse(at)))
                .execute((instance, context) -> {
                    Retention.Run run = retention.run();
                    log.debug("Retention run on {}: {} anonymised", run.on(), run.anonymised().size());
                });
    }
}
