package io.jenkins.plugins.planb.notify;

/** Which backups a webhook is told about. */
public enum WebhookEvents {
    /** Every completed backup, whatever its outcome. */
    EVERY_BACKUP,
    /** Only a host's first failure and its first success after failures. */
    STATE_CHANGES;

    public String getDisplayName() {
        return this == EVERY_BACKUP ? Messages.WebhookEvents_EVERY_BACKUP() : Messages.WebhookEvents_STATE_CHANGES();
    }
}
