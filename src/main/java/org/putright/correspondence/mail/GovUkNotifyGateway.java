package org.putright.correspondence.mail;

import java.util.Map;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/** The real Notify client. Templates hold only placeholders, so the letter's own wording is what the resident gets. */
class GovUkNotifyGateway implements NotifyGateway {

    private final NotificationClient client;
    private final String smsTemplateId;
    private final String emailTemplateId;

    GovUkNotifyGateway(MailSettings.Notify settings) {
        this.client = new NotificationClient(settings.apiKey());
        this.smsTemplateId = settings.smsTemplateId();
        this.emailTemplateId = settings.emailTemplateId();
    }

    @Override
    public String sendSms(String phoneNumber, String text, String reference) throws NotifyException {
        requireTemplate(smsTemplateId, "PUTRIGHT_NOTIFY_SMS_TEMPLATE_ID");
        try {
            return client.sendSms(smsTemplateId, phoneNumber, Map.of("body", text), reference).getNotificationId().toString();
        }
        catch (NotificationClientException e) {
            throw new NotifyException("GOV.UK Notify refused the text message (HTTP " + e.getHttpResult() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public String sendEmail(String emailAddress, String subject, String body, String reference) throws NotifyException {
        requireTemplate(emailTemplateId, "PUTRIGHT_NOTIFY_EMAIL_TEMPLATE_ID");
        try {
            return client.sendEmail(emailTemplateId, emailAddress, Map.of("subject", subject, "body", body), reference)
                    .getNotificationId().toString();
        }
        catch (NotificationClientException e) {
            throw new NotifyException("GOV.UK Notify refused the email (HTTP " + e.getHttpResult() + "): " + e.getMessage(), e);
        }
    }

    private static void requireTemplate(String templateId, String variable) throws NotifyException {
        if (templateId == null || templateId.isBlank()) {
            throw new NotifyException("no GOV.UK Notify template configured (" + variable + ")", null);
        }
    }
}
