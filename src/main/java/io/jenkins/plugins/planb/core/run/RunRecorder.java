package io.jenkins.plugins.planb.core.run;

import java.io.IOException;

/**
 * Keeps a finished run's record. Called while the host's lock is still held, so records of one
 * host are written in run order.
 */
@FunctionalInterface
public interface RunRecorder {

    /** For callers that keep records their own way (a Jenkins build keeps its own). */
    RunRecorder NONE = record -> {};

    void record(RunRecord record) throws IOException;
}
