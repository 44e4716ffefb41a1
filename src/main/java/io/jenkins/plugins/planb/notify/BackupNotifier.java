package io.jenkins.plugins.planb.notify;

import hudson.Extension;
import hudson.model.ItemGroup;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.config.PlanbGlobalConfiguration;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.notify.BackupMails;
import io.jenkins.plugins.planb.core.notify.MailAddresses;
import io.jenkins.plugins.planb.core.notify.StateChange;
import io.jenkins.plugins.planb.core.notify.WebhookPayload;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.HostGroup;
import io.jenkins.plugins.planb.listener.PlanbBackupListener;
import java.time.Instant;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * After each backup: the group's mail when a host fails or recovers, and the group's and the
 * site's webhooks. Everything that talks to the network is queued on its own threads
 * ({@link MailDelivery}, {@link WebhookSender}), so this listener only decides and returns; the
 * build's result never depends on a receiver.
 *
 * <p>Host state (and so failure and recovery) is kept for PlanB host items only: a freestyle or
 * Pipeline backup reaches the site's webhook with {@code change} and {@code state} null, and no
 * group mail.
 */
@Extension
public final class BackupNotifier extends PlanbBackupListener {

    @Override
    public void onBackupCompleted(Run<?, ?> run, RunRecord record, TaskListener listener) {
        BackupHost host = run.getParent() instanceof BackupHost own && own.hostId().equals(record.host()) ? own : null;
        String buildUrl = absoluteUrl(run);
        HostGroup group = host == null ? null : host.getGroup();
        StateChange change = null;
        HostSummary.State state = null;
        if (host != null) {
            HostSummary before = host.summaryBefore(record);
            change = StateChange.of(before, record);
            state = before.after(record).state();
            if (group != null) {
                mail(group, change, before, record, buildUrl, listener);
            }
        }
        byte[] payload = WebhookPayload.toJson(record, change, state, buildUrl, Instant.now());
        if (group != null) {
            post(group.getWebhook(), group, "group " + group.getName(), payload, change, record, listener);
        }
        post(PlanbGlobalConfiguration.get().getWebhook(), Jenkins.get(), "the site", payload, change, record,
                listener);
    }

    private static void mail(HostGroup group, StateChange change, HostSummary before, RunRecord record,
            String buildUrl, TaskListener listener) {
        List<String> to = MailAddresses.split(group.getNotificationAddresses());
        if (change == StateChange.NONE || !group.isMailStateChanges() || to.isEmpty()) {
            return;
        }
        String what = (change == StateChange.FAILED ? "the failure of " : "the recovery of ") + record.host();
        if (MailDelivery.queue(to, BackupMails.stateChange(change, before, record, buildUrl), what)) {
            listener.getLogger().println("[planb] mail about " + what + " queued for " + String.join(", ", to));
        } else {
            listener.getLogger().println("[planb] no mail about " + what
                    + ": the Mailer plugin is not installed (or is disabled)");
        }
    }

    private static void post(WebhookSettings settings, ItemGroup<?> context, String contextName,
            byte[] payload, StateChange change, RunRecord record, TaskListener listener) {
        if (!settings.isConfigured()) {
            return;
        }
        boolean stateChange = change != null && change != StateChange.NONE;
        if (settings.getEvents() == WebhookEvents.STATE_CHANGES && !stateChange) {
            return;
        }
        WebhookSender.send(settings, context, contextName, payload, WebhookPayload.EVENT, record.host(), listener);
    }

    /** The build's page, or {@code null} when Jenkins does not know its own URL. */
    static String absoluteUrl(Run<?, ?> run) {
        String root = Jenkins.get().getRootUrl();
        return root == null ? null : root + run.getUrl();
    }
}
