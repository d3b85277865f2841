package org.putright.correspondence.mail;

/**
 * GOV.UK Notify as PutRight uses it: one text message or email, identified by our reference. Behind our own interface
 * so tests record what would be sent and the real client is only built when a key is configured.
 */
public interface NotifyGateway {

    /** @return Notify's id for the notification */
    String sendSms(String phoneNumber, String text, String reference) throws NotifyException;

    /** @return Notify's id for the notification */
    String sendEmail(String emailAddress, String subject, String body, String reference) throws NotifyException;

    /** Notify refused or could not be reached; the message says why. */
    class NotifyException extends Exception {

        public NotifyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
