package io.jenkins.plugins.planb.page;

import hudson.model.Action;
import hudson.model.Computer;
import hudson.model.Item;
import hudson.model.Node;
import hudson.model.TaskListener;
import io.jenkins.plugins.planb.backup.StorageTasks;
import io.jenkins.plugins.planb.config.ResolvedSettings;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import io.jenkins.plugins.planb.core.run.RunLog;
import io.jenkins.plugins.planb.core.storage.SnapshotSpace;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.exec.StorageAgents;
import io.jenkins.plugins.planb.item.BackupHost;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * {@code /job/<group>/job/<host>/planb-snapshots/}: the host's snapshots as the storage agent
 * lists them, each with its age, its own space and why retention keeps it, and what the next
 * prune would destroy and why ({@code index.jelly}); {@code review} shows that prune once more
 * with the form that starts it ({@link #doPrune}).
 *
 * <p>The listing runs a command on the storage agent, so it is made only when this page is
 * opened, never for the host page or a list view, and given {@link #LIST_TIMEOUT_SECONDS}.
 * Readers of the host see the page; pruning needs Item/Configure, the permission that can set
 * the retention policy anyway (a shorter policy destroys the same snapshots at the next backup).
 */
public final class SnapshotsAction implements Action {

    static final String URL_NAME = "planb-snapshots";

    /** How long the page waits for the agent's listing. */
    static final int LIST_TIMEOUT_SECONDS = 60;

    private final BackupHost host;

    SnapshotsAction(BackupHost host) {
        this.host = host;
    }

    public BackupHost getHost() {
        return host;
    }

    /** The snapshots, listed on the storage agent now; or why they cannot be. */
    public SnapshotListing load() {
        host.checkPermission(Item.READ);
        ResolvedSettings settings = host.resolvedSettings();
        if (settings.storage() == null) {
            return SnapshotListing.failed(Messages.SnapshotsAction_NoStorage());
        }
        RetentionPolicy policy;
        try {
            policy = RetentionPolicy.parse(settings.retention());
        } catch (IllegalArgumentException e) {
            return SnapshotListing.failed(Messages.SnapshotsAction_BadPolicy(e.getMessage()));
        }
        String label = host.storageLabel();
        Node node = StorageAgents.online(label);
        if (node == null) {
            return SnapshotListing.failed(Messages.SnapshotsAction_AgentOffline(label));
        }
        HostId id = host.hostId();
        String agent = StorageAgents.name(node);
        Future<SnapshotListing> listing = Computer.threadPoolForRemoting.submit(() -> {
            StorageTasks tasks = StorageTasks.onAgent(settings.storage(), node, TaskListener.NULL, QUIET);
            List<SnapshotSpace> snapshots = tasks.listSpace(id);
            return SnapshotListing.of(agent, tasks.dataset(id), policy, snapshots, System.currentTimeMillis());
        });
        try {
            return listing.get(LIST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            listing.cancel(true); // kills the listing command on the agent
            return SnapshotListing.failed(Messages.SnapshotsAction_TimedOut(agent, LIST_TIMEOUT_SECONDS));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = cause instanceof StorageException ? cause.getMessage() : cause.toString();
            return SnapshotListing.failed(Messages.SnapshotsAction_ListingFailed(agent, message));
        } catch (InterruptedException e) {
            listing.cancel(true);
            Thread.currentThread().interrupt();
            return SnapshotListing.failed(Messages.SnapshotsAction_Interrupted());
        } catch (RuntimeException e) {
            return SnapshotListing.failed(Messages.SnapshotsAction_ListingFailed(agent, e.toString()));
        }
    }

    /** The prune of this host under way, or {@code null}. */
    public HostPrunes.Running getRunningPrune() {
        return HostPrunes.running(host);
    }

    /** The end of the host's prune log: what earlier prunes did. */
    public String getPruneLog() {
        host.checkPermission(Item.READ);
        return HostPrunes.logTail(host);
    }

    /** Whether the current user may prune (and so sees the button). */
    public boolean isMayPrune() {
        return host.hasPermission(Item.CONFIGURE);
    }

    /**
     * Starts the prune that was reviewed: the form posts every name it showed as {@code destroy},
     * and only those may be destroyed (see {@link StorageTasks#pruneReviewed}). Refused while a
     * backup of the host runs or a prune of it is under way.
     */
    @RequirePOST
    public HttpResponse doPrune(StaplerRequest2 req) {
        host.checkPermission(Item.CONFIGURE);
        if (host.isBuilding()) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_CONFLICT,
                    Messages.SnapshotsAction_BackupRunning(host.hostId().toString()));
        }
        String[] names = req.getParameterValues("destroy");
        List<String> reviewed = names == null ? List.of() : Arrays.stream(names).filter(n -> !n.isBlank()).toList();
        if (reviewed.isEmpty()) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_BAD_REQUEST, Messages.SnapshotsAction_NothingReviewed());
        }
        if (!HostPrunes.start(host, reviewed, Jenkins.getAuthentication2().getName())) {
            return HttpResponses.errorWithoutStack(HttpServletResponse.SC_CONFLICT,
                    Messages.SnapshotsAction_PruneRunning(host.hostId().toString()));
        }
        return HttpResponses.redirectToDot();
    }

    @Override
    public String getIconFileName() {
        return "symbol-albums-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return Messages.SnapshotsAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** The listing's own messages are not shown; its result is. */
    private static final RunLog QUIET = new RunLog() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void command(List<String> argv) {}

        @Override
        public void output(String line) {}
    };
}
