package io.jenkins.plugins.planb.notify;

import io.jenkins.plugins.planb.core.notify.MailMessage;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends PlanB's mails through the Mailer plugin, an optional dependency. This class never names
 * a class of Mailer or Jakarta Mail: it first asks whether the plugin's class loader can see them
 * (with Mailer missing or disabled, Jenkins leaves it out of PlanB's class loader), and only then
 * calls {@link MailerMail}, the one class that uses them, which the JVM loads on that first call.
 * Mail goes out on its own thread, so a slow SMTP server never holds a build.
 */
public final class MailDelivery {

    private static final Logger LOGGER = Logger.getLogger(MailDelivery.class.getName());

    private MailDelivery() {}

    /** Whether Mailer (and the Jakarta Mail it brings) is installed and enabled. */
    public static boolean available() {
        ClassLoader loader = MailDelivery.class.getClassLoader();
        try {
            Class.forName("jenkins.plugins.mailer.tasks.MimeMessageBuilder", false, loader);
            Class.forName("jakarta.mail.Transport", false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Queues {@code message} for {@code to}; a failure to send is logged with {@code what}.
     *
     * @return false, sending nothing, when Mailer is not installed
     */
    public static boolean queue(List<String> to, MailMessage message, String what) {
        if (to.isEmpty() || !available()) {
            return false;
        }
        NotificationThreads.mail().execute(() -> {
            try {
                MailerMail.send(to, message);
                LOGGER.fine(() -> "PlanB: mailed " + what + " to " + to);
            } catch (Exception | LinkageError e) {
                LOGGER.log(Level.WARNING, "PlanB: could not mail " + what + " to " + to
                        + " (check Manage Jenkins » System » E-mail Notification)", e);
            }
        });
        return true;
    }
}
