package org.putright.correspondence.mail;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** GOV.UK Notify stand-in: remembers what would have been sent, or refuses when told to. */
class RecordingNotify implements NotifyGateway {

    record Sent(String kind, String to, String subject, String body, String reference, String id) {
    }

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    volatile String refuseWith;

    @Override
    public String sendSms(String phoneNumber, String text, String reference) throws NotifyException {
        return record("sms", phoneNumber, null, text, reference);
    }

    @Override
    public String sendEmail(String emailAddress, String subject, String body, String reference) throws NotifyException {
        return record("email", emailAddress, subject, body, reference);
    }

    private String record(String kind, String to, String subject, String body, String reference) throws NotifyException {
        if (refuseWith != null) {
            throw new NotifyException(refuseWith, null);
        }
        String id = UUID.randomUUID().toString();
        sent.add(new Sent(kind, to, subject, body, reference, id));
        return id;
    }

    List<Sent> to(String recipient) {
        return sent.stream().filter(s -> s.to().equals(recipient)).toList();
    }
}
