package org.putright.residents;

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
 * The daily reminder run for adjustment (5.10) and restriction (5.14) reviews, at a London time of day (07:15 unless
 * configured). db-scheduler runs it once across instances.
 */
@Configuration(proxyBeanMethods = false)
class ReviewRemindersSchedule {

    static final String TASK_NAME = "resident-review-reminders";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Logger log = LoggerFactory.getLogger(ReviewRemindersSchedule.class);

    @Bean
    RecurringTask<Void> reviewRemindersTask(ReviewReminders reminders, @Value("${putright.residents.reviews-reminders-at:07:15}") String at) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(LONDON, LocalTime.parse(at)))
                .execute((instance, context) -> {
                    ReviewReminders.Run run = reminders.raiseDue();
                    log.info("Adjustment and restriction reviews on {}: {} reminders raised", run.on(), run.reminders());
                });
    }
}
