package org.putright.remedies;

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
 * The daily run of reminders and overdue alerts (6.6, 6.17), at a London time of day (07:00 unless configured) so
 * officers find them when they start work. db-scheduler runs it once across instances.
 */
@Configuration(proxyBeanMethods = false)
class RemedyAlertsSchedule {

    static final String TASK_NAME = "remedy-alerts";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Logger log = LoggerFactory.getLogger(RemedyAlertsSchedule.class);

    @Bean
    RecurringTask<Void> remedyAlertsTask(RemedyAlerts alerts, @Value("${putright.remedies.alerts-at:07:00}") String at) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(LONDON, LocalTime.parse(at)))
                .execute((instance, context) -> {
                    RemedyAlerts.Run run = alerts.raiseDue();
                    log.info("Promised actions on {}: {} reminders and {} overdue alerts raised", run.on(), run.reminders(),
                            run.overdue());
                });
    }
}
