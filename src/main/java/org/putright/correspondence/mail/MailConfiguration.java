package org.putright.correspondence.mail;

import java.util.Properties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The senders, each built only when configured, so the zero set-up default starts without a mail server (letters are
 * then marked ready to print). Ours rather than Boot's mail auto-configuration, which would build a sender for an
 * empty {@code spring.mail.host} and report the application unhealthy.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    @ConditionalOnExpression("'${putright.mail.smtp.host:}' != ''")
    JavaMailSenderImpl smtpSender(MailSettings settings) {
        MailSettings.Smtp smtp = settings.smtp();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setUsername(blankToNull(smtp.user()));
        sender.setPassword(blankToNull(smtp.password()));
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.put("mail.smtp.auth", String.valueOf(smtp.user() != null && !smtp.user().isBlank()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
        // a mail server that hangs must not hold a listener thread for ever
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    @Bean
    @ConditionalOnExpression("'${putright.mail.govuk-notify.api-key:}' != ''")
    NotifyGateway govUkNotify(MailSettings settings) {
        return new GovUkNotifyGateway(settings.govukNotify());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
