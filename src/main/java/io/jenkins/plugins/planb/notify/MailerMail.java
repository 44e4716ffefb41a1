package io.jenkins.plugins.planb.notify;

import io.jenkins.plugins.planb.core.notify.MailMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import jenkins.plugins.mailer.tasks.MimeMessageBuilder;

/**
 * The only PlanB class that uses Mailer and Jakarta Mail (ArchitectureTest holds it to that):
 * loaded only through {@link MailDelivery} once it has found Mailer. Mailer's
 * {@link MimeMessageBuilder} gives the message the site's SMTP session, sender (the Jenkins
 * admin address), reply-to and default address suffix, as Mailer's own mails have.
 */
final class MailerMail {

    private MailerMail() {}

    static void send(List<String> to, MailMessage message) throws MessagingException, UnsupportedEncodingException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // Jakarta Mail finds its SMTP provider through the context class loader: Mailer's sees it.
        thread.setContextClassLoader(MimeMessageBuilder.class.getClassLoader());
        try {
            MimeMessage mime = new MimeMessageBuilder()
                    .addRecipients(String.join(", ", to))
                    .setSubject(message.subject())
                    .setBody(message.body())
                    .buildMimeMessage();
            Transport.send(mime);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
