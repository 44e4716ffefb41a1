package io.jenkins.plugins.planb.page;

import hudson.model.Run;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.RunHistory;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.item.BackupHost;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The recent runs of one host, read from its newest builds' run actions: what the host page's
 * failures and chart show. Bounded to {@link #MAX_BUILDS} builds, so opening a host page loads
 * at most that many {@code build.xml} files (Jenkins keeps loaded builds in memory), never the
 * whole history; the list columns use the summary instead.
 */
public final class HostHistory {

    /** How many of the newest builds the page reads. */
    public static final int MAX_BUILDS = 100;

    private static final Logger LOGGER = Logger.getLogger(HostHistory.class.getName());

    /** One run and the build that recorded it. */
    public record Entry(RunRecord record, Run<?, ?> build) {}

    private final HostId host;
    private final List<Entry> newestFirst;

    private HostHistory(HostId host, List<Entry> newestFirst) {
        this.host = host;
        this.newestFirst = newestFirst;
    }

    public static HostHistory of(BackupHost item) {
        HostId host = item.hostId();
        List<Entry> entries = new ArrayList<>();
        Iterator<? extends Run<?, ?>> builds = item.getBuilds().iterator();
        for (int read = 0; read < MAX_BUILDS && builds.hasNext(); read++) {
            Run<?, ?> build = builds.next();
            for (PlanbRunAction action : build.getActions(PlanbRunAction.class)) {
                if (!action.getHost().equals(host.toString())) {
                    continue;
                }
                try {
                    entries.add(new Entry(action.toRecord(), build));
                } catch (RuntimeException e) {
                    LOGGER.log(Level.FINE, "PlanB: unreadable run action in " + build, e);
                }
            }
        }
        return new HostHistory(host, entries);
    }

    /** The runs read, as the engine's history (oldest first). */
    public RunHistory history() {
        return RunHistory.of(host, newestFirst.stream().map(Entry::record).toList());
    }

    /** The failed runs among those read, newest first, at most {@code max}. */
    public List<Entry> failures(int max) {
        return newestFirst.stream().filter(entry -> entry.record().outcome() == Outcome.FAILED).limit(max).toList();
    }

    /** The runs read, newest first. */
    public List<Entry> entries() {
        return newestFirst;
    }
}
