package org.putright.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * One db-scheduler for the application: modules declare their jobs as {@link Task} beans (recurring ones are started
 * here). The table lock makes each run happen once even with several instances. The scheduler reads the application
 * {@link Clock}, so tests that move the clock move the schedule too.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    private Scheduler scheduler;
    private final boolean enabled;

    SchedulerConfiguration(@Value("${putright.scheduler.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Bean
    @SuppressWarnings({ "unchecked", "rawtypes" })
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans, Clock clock,
            @Value("${putright.scheduler.polling-interval:10s}") Duration pollingInterval) {
        List<Task<?>> tasks = taskBeans.orderedStream().toList();
        List recurring = tasks.stream().filter(RecurringTask.class::isInstance).toList();
        // startTasks registers the recurring tasks itself; passing them to create() as well fails as a duplicate name
        List others = tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
        scheduler = Scheduler.create(dataSource, others)
                .startTasks(recurring)
                .pollingInterval(pollingInterval)
                .clock(clock::instant)
                .alwaysPersistTimestampInUTC()
                .threads(2)
                .build();
        return scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled && scheduler != null) {
            scheduler.start();
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (enabled && scheduler != null) {
            scheduler.stop();
        }
    }
}
