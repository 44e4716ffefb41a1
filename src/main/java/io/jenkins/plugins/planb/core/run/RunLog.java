package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.transport.TransferProgress;
import java.util.List;

/** Where a run tells what it does, as it happens: a terminal, or a Jenkins build log. */
public interface RunLog {

    void info(String message);

    void warn(String message);

    /** A command about to run, shown the way an admin could paste it. */
    void command(List<String> argv);

    /** A line of the command's own output (rsync's progress lines come to {@link #progress} instead). */
    void output(String line);

    /**
     * The transfer's progress, each time rsync reports it (about once a second while data moves,
     * and when a file is done). A log that draws it live says so in {@link #showsProgressLive};
     * every other log gets a line through {@link #info} every {@code progressInterval} instead,
     * and may ignore this.
     */
    default void progress(HostId host, TransferProgress progress) {}

    /** The transfer of {@code host} has ended: a live progress line goes away. */
    default void progressDone(HostId host) {}

    /**
     * Whether {@link #progress} is shown live (a terminal line redrawn in place); then the run
     * writes no periodic progress lines.
     */
    default boolean showsProgressLive() {
        return false;
    }
}
