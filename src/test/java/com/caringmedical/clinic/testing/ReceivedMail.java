package com.caringmedical.clinic.testing;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** A mail the test SMTP server received, reduced to what a reader sees. */
public record ReceivedMail(String messageId, List<String> to, String subject, String text, String html) {

    /** The mails the server holds whose Message-ID is the given one. */
    public static List<ReceivedMail> withMessageId(GreenMail smtp, String messageId) {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of)
                .filter(mail -> messageId.equals(mail.messageId()))
                .toList();
    }

    public static ReceivedMail of(MimeMessage message) {
        try {
            String text = null;
            String html = null;
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/plain")) {
                        text = (String) part.getContent();
                    } else if (part.isMimeType("text/html")) {
                        html = (String) part.getContent();
                    }
                }
            } else {
                text = String.valueOf(content);
            }
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString).toList();
            return new ReceivedMail(message.getMessageID(), to, message.getSubject(), text, html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable test mail", e);
        }
    }
}
