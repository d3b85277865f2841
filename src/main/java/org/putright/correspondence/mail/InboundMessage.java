package org.putright.correspondence.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.jsoup.Jsoup;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** A received email taken apart: who, what, the readable text and the files that came with it. */
record InboundMessage(String messageId, List<String> inReplyTo, String from, String fromAddress, String to, String subject,
        Instant sentAt, String text, List<File> files) {

    record File(String filename, String contentType, byte[] bytes) {
    }

    private static final Session SESSION = Session.getInstance(strict());

    private static Properties strict() {
        Properties properties = new Properties();
        // a broken multipart is an error to show staff, not a message silently missing its parts
        properties.put("mail.mime.multipart.ignoremissingboundaryparameter", "false");
        properties.put("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
        return properties;
    }

    static MimeMessage mime(byte[] raw) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    }

    /** @throws MessagingException or IOException when the message cannot be read; the caller keeps the raw bytes */
    static InboundMessage parse(byte[] raw) throws MessagingException, IOException {
        MimeMessage message = mime(raw);
        Address[] from = message.getFrom();
        String fromText = from == null ? null : String.join(", ", Arrays.stream(from).map(InboundMessage::display).toList());
        String fromAddress = from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address.getAddress() : null;
        Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
        String toText = to == null ? null : String.join(", ", Arrays.stream(to).map(InboundMessage::display).toList());
        List<String> replyTo = new ArrayList<>();
        for (String header : List.of("In-Reply-To", "References")) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    java.util.regex.Matcher ids = java.util.regex.Pattern.compile("<[^<>\\s]+>").matcher(value);
                    while (ids.find()) {
                        replyTo.add(ids.group());
                    }
                }
            }
        }
        Body body = new Body();
        walk(message, body);
        String text = body.plain != null ? body.plain : body.html != null ? Jsoup.parse(body.html).wholeText().strip() : "";
        Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
        return new InboundMessage(message.getMessageID(), List.copyOf(replyTo), fromText, fromAddress, toText, message.getSubject(), sent,
                text, List.copyOf(body.files));
    }

    /** Best effort for a message that would not parse: the subject and sender if the headers are readable. */
    static String[] headersOf(byte[] raw) {
        try {
            MimeMessage message = mime(raw);
            Address[] from = message.getFrom();
            return new String[] { message.getSubject(), from == null || from.length == 0 ? null : display(from[0]), message.getMessageID() };
        }
        catch (MessagingException | RuntimeException e) {
            return new String[] { null, null, null };
        }
    }

    private static final class Body {
        String plain;
        String html;
        final List<File> files = new ArrayList<>();
    }

    private static void walk(Part part, Body body) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        String filename = filename(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || filename != null;
        if (part.isMimeType("multipart/*") && !attachment) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MessagingException("The message says it has several parts but they cannot be read");
            }
            int count = multipart.getCount();
            for (int i = 0; i < count; i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, body);
            }
            return;
        }
        if (!attachment && part.isMimeType("text/plain") && body.plain == null) {
            body.plain = String.valueOf(part.getContent()).strip();
            return;
        }
        if (!attachment && part.isMimeType("text/html") && body.html == null) {
            body.html = String.valueOf(part.getContent());
            return;
        }
        body.files.add(new File(filename == null ? "attachment-" + (body.files.size() + 1) : filename, baseType(part.getContentType()),
                bytes(part)));
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static String filename(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(name);
        }
        catch (java.io.UnsupportedEncodingException e) {
            // keep the encoded form
        }
        // only the last path element: a name like ../../x must not steer where anything goes
        name = name.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        try {
            return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
        }
        catch (jakarta.mail.internet.ParseException e) {
            return "application/octet-stream";
        }
    }

    private static String display(Address address) {
        return address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString();
    }
}
