package io.jenkins.plugins.planb.freestyle;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AbstractBuild;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import hudson.tasks.Publisher;
import io.jenkins.plugins.planb.action.BuildReporting;
import io.jenkins.plugins.planb.backup.JobSettings;
import io.jenkins.plugins.planb.backup.PendingBackup;
import io.jenkins.plugins.planb.core.config.HostId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Transfers a {@link PlanbBackupBuilder} left for the {@link PlanbSnapshotRecorder} of the same
 * build, by build and host.
 *
 * <p>They are kept here, in memory, rather than in an action on the build: every action is
 * written to build.xml whenever the build is saved (a description change is enough), and a
 * transfer holds a host lock and processes that mean nothing after a restart. A build that
 * ends with a transfer still here (the recorder failed or was never reached) gets it abandoned
 * by {@link Cleanup}: no snapshot, the live copy kept for the next run, the lock released.
 */
public final class PendingTransfers {

    private static final Logger LOGGER = Logger.getLogger(PendingTransfers.class.getName());

    private static final Map<String, Map<HostId, PendingBackup>> BY_BUILD = new ConcurrentHashMap<>();

    private PendingTransfers() {}

    /**
     * Whether {@code run} is a freestyle-like build whose project has a PlanB snapshot-and-rotate
     * recorder for {@code host}: only then does the builder leave the snapshot to it.
     */
    static boolean recorderFollows(Run<?, ?> run, HostId host) {
        if (!(run instanceof AbstractBuild<?, ?> build)) {
            return false; // a Pipeline run: no post-build recorder to hand over to
        }
        for (Publisher publisher : build.getProject().getPublishersList()) {
            if (publisher instanceof PlanbSnapshotRecorder recorder && sameHost(recorder.getHost(), host)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameHost(String text, HostId host) {
        try {
            return JobSettings.hostId(text).equals(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Leaves {@code transfer} for the recorder; a transfer of the same host left earlier in the build is abandoned. */
    static void put(Run<?, ?> run, PendingBackup transfer) {
        PendingBackup previous = BY_BUILD.computeIfAbsent(run.getExternalizableId(), id -> new LinkedHashMap<>())
                .put(transfer.host(), transfer);
        if (previous != null) {
            previous.abandon("a later transfer of the same host in this build replaced it: no snapshot taken");
        }
    }

    /** The transfer of {@code host} the builder left in {@code run}, handed over once. */
    static Optional<PendingBackup> take(Run<?, ?> run, HostId host) {
        String id = run.getExternalizableId();
        Map<HostId, PendingBackup> left = BY_BUILD.get(id);
        if (left == null) {
            return Optional.empty();
        }
        PendingBackup transfer = left.remove(host);
        if (left.isEmpty()) {
            BY_BUILD.remove(id);
        }
        return Optional.ofNullable(transfer);
    }

    private static List<PendingBackup> takeAll(Run<?, ?> run) {
        Map<HostId, PendingBackup> left = BY_BUILD.remove(run.getExternalizableId());
        return left == null ? List.of() : new ArrayList<>(left.values());
    }

    /** Abandons what a finished build left behind, so that no host stays locked. */
    @Extension
    public static final class Cleanup extends RunListener<Run<?, ?>> {

        @Override
        public void onCompleted(Run<?, ?> run, @NonNull TaskListener listener) {
            for (PendingBackup transfer : takeAll(run)) {
                try {
                    BuildReporting.report(run, transfer.abandon(
                            "the build ended before PlanB: snapshot and rotate ran for this host: no snapshot taken"),
                            listener, false);
                } catch (RuntimeException e) {
                    LOGGER.log(Level.WARNING, "PlanB: cannot record the abandoned transfer of " + transfer.host(), e);
                } finally {
                    transfer.close();
                }
            }
        }
    }
}
