package org.putright.correspondence.mail;

import java.io.IOException;
import java.net.ServerSocket;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail with SMTP and IMAP on free local ports and one mailbox, and the application's mail settings pointing at it.
 * The scheduler is off so a test polls the mailbox itself, when it chooses.
 */
final class GreenMailSetup {

    final int smtpPort = freePort();
    final int imapPort = freePort();
    final String mailbox;
    final String password;

    GreenMailSetup(String mailbox, String password) {
        this.mailbox = mailbox;
        this.password = password;
    }

    GreenMailExtension extension() {
        return new GreenMailExtension(new ServerSetup[] { new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(mailbox, mailbox, password))
                .withPerMethodLifecycle(false);
    }

    void register(DynamicPropertyRegistry registry, String from, String dataDir) {
        registry.add("putright.scheduler.enabled", () -> "false");
        registry.add("putright.mail.smtp.host", () -> "127.0.0.1");
        registry.add("putright.mail.smtp.port", () -> smtpPort);
        registry.add("putright.mail.smtp.starttls", () -> "false");
        registry.add("putright.mail.from", () -> from);
        registry.add("putright.mail.imap.host", () -> "127.0.0.1");
        registry.add("putright.mail.imap.port", () -> imapPort);
        registry.add("putright.mail.imap.ssl", () -> "false");
        registry.add("putright.mail.imap.user", () -> mailbox);
        registry.add("putright.mail.imap.password", () -> password);
        registry.add("putright.data-dir", () -> dataDir);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
