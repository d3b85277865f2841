package org.putright.correspondence.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * The mailbox poll as a db-scheduler job: with several instances running, only one polls at a time, and a failed poll
 * (mail server down) is simply tried again at the next interval. Only registered when an IMAP host is configured.
 */
@Configuration(proxyBeanMethods = false)
class MailTasks {

    static final String POLL_TASK = "correspondence-mailbox-poll";

    @Bean
    @ConditionalOnExpression("'${putright.mail.imap.host:}' != ''")
    RecurringTask<Void> mailboxPoll(MailboxPoller poller, MailSettings settings) {
        return Tasks.recurring(POLL_TASK, FixedDelay.of(settings.imap().pollInterval())).execute((instance, context) -> {
            try {
                poller.poll();
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException("Mailbox poll failed: " + e.getMessage(), e);
            }
        });
    }
}
