package io.jenkins.plugins.planb.summary;

import hudson.model.Run;
import io.jenkins.plugins.planb.action.PlanbRunAction;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.files.AtomicFiles;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.history.HostSummaryJson;
import io.jenkins.plugins.planb.core.history.RunHistory;
import io.jenkins.plugins.planb.core.run.RunRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A host item's {@link HostSummary} on disk: {@code planb-summary.json} in the item's directory,
 * beside its builds. It is a cache of what the builds say, so a missing or damaged file is
 * rebuilt from the builds' run actions, and one that cannot be written costs only speed.
 */
public final class HostSummaryFile {

    static final String NAME = "planb-summary.json";

    private static final Logger LOGGER = Logger.getLogger(HostSummaryFile.class.getName());

    private HostSummaryFile() {}

    /**
     * The saved summary, else the one the host's builds give (and then saved).
     *
     * @param itemDirectory the host item's directory
     * @param builds        its builds, in any order
     * @param leaveOut      a run the caller adds itself (its build may already carry it), or null
     */
    public static HostSummary load(Path itemDirectory, HostId host, Iterable<? extends Run<?, ?>> builds,
            RunRecord leaveOut) {
        Path file = itemDirectory.resolve(NAME);
        try {
            return HostSummaryJson.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            // first use, or a host from before summaries: the builds know
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "PlanB: " + file + " is damaged; rebuilding it from the builds", e);
        }
        HostSummary rebuilt = fromBuilds(host, builds, leaveOut);
        save(itemDirectory, rebuilt);
        return rebuilt;
    }

    /** Writes the summary atomically; a failure is logged, the summary stays in memory. */
    public static void save(Path itemDirectory, HostSummary summary) {
        Path file = itemDirectory.resolve(NAME);
        try {
            Files.createDirectories(itemDirectory);
            AtomicFiles.replace(file, file.resolveSibling("." + NAME + ".tmp"), HostSummaryJson.toJson(summary) + "\n",
                    null);
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "PlanB: cannot write " + file, e);
        }
    }

    /** Every run of this host its builds recorded, oldest first, folded. */
    static HostSummary fromBuilds(HostId id, Iterable<? extends Run<?, ?>> builds, RunRecord leaveOut) {
        long leaveOutStart = leaveOut == null ? Long.MIN_VALUE : leaveOut.startedAt().toEpochMilli();
        List<RunRecord> runs = new ArrayList<>();
        for (Run<?, ?> build : builds) {
            for (PlanbRunAction action : build.getActions(PlanbRunAction.class)) {
                if (action.getHost().equals(id.toString()) && action.getStartedAt() != leaveOutStart) {
                    try {
                        runs.add(action.toRecord());
                    } catch (RuntimeException e) {
                        LOGGER.log(Level.WARNING, "PlanB: unreadable run action in " + build, e);
                    }
                }
            }
        }
        return RunHistory.of(id, runs).summary();
    }
}
