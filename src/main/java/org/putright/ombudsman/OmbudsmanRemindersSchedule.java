package org.putright.ombudsman;

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
 * The daily run of reminders and overdue alerts on the Ombudsman's orders, at a London time of day (07:30 unless
 * configured). db-scheduler runs it once across instances.
 */
@Configuration(proxyBeanMethods = false)
class OmbudsmanRemindersSchedule {

    static final String TASK_NAME = "ombudsman-reminders";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Logger log = LoggerFactory.getLogger(OmbudsmanRemindersSchedule.class);

    @Bean
    RecurringTask<Void> ombudsmanRemindersTask(OmbudsmanReminders reminders,
            @Value("${putright.ombudsman.reminders-at:07:30}") String at) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(LONDON, LocalTime.parse(at)))
                .execute((instance, context) -> {
                    OmbudsmanReminders.Run run = reminders.raiseDue();
                    log.info("Ombudsman orders on {}: {} reminders and {} overdue alerts raised", run.on(), run.reminders(), run.overdue());
                });
    }
}
