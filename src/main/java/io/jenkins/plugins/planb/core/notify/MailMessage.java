package io.jenkins.plugins.planb.core.notify;

import java.util.Objects;

/** A plain-text mail: what PlanB says, not how it is sent. */
public record MailMessage(String subject, String body) {

    public MailMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
