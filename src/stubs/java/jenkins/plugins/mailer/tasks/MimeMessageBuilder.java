// Compile-only stand-in; signatures from jenkinsci+mailer-plugin @ 534.v1b_36f5864073 : src/main/java/jenkins/plugins/mailer/tasks/MimeMessageBuilder.java.
package jenkins.plugins.mailer.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Set;

public class MimeMessageBuilder {
    public MimeMessageBuilder() { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder setCharset(@NonNull String charset) { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder setMimeType(@NonNull String mimeType) { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder setListener(TaskListener listener) { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder setDefaultSuffix(@NonNull String defaultSuffix) { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder setFrom(@NonNull String from) { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder setReplyTo(@NonNull String replyTo) { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder addReplyTo(@NonNull String replyTo) { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder setSubject(@NonNull String subject) { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder setBody(@NonNull String body) { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder setRecipientFilter(AddressFilter recipientFilter) { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder addRecipients(@NonNull String recipients) throws UnsupportedEncodingException { throw new UnsupportedOperationException(); }
    public MimeMessageBuilder addRecipients(@NonNull String recipients, @NonNull Message.RecipientType recipientType) throws UnsupportedEncodingException { throw new UnsupportedOperationException(); }
    public MimeMessage buildMimeMessage() throws MessagingException, UnsupportedEncodingException { throw new UnsupportedOperationException(); }
    public static void setInReplyTo(@NonNull MimeMessage msg, @NonNull String inReplyTo) throws MessagingException { throw new UnsupportedOperationException(); }
    public static interface AddressFilter {
        Set<InternetAddress> apply(Set<InternetAddress> recipients);
    }
}
