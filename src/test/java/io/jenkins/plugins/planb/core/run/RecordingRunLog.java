package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.transport.TransferProgress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps every log line, in order, with its kind. */
final class RecordingRunLog implements RunLog {

    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(String message) {
        lines.add("info " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("warn " + message);
    }

    @Override
    public void command(List<String> argv) {
        lines.add("command " + String.join(" ", argv));
    }

    @Override
    public void output(String line) {
        lines.add("output " + line);
    }

    @Override
    public void progress(HostId host, TransferProgress progress) {
        lines.add("progress " + host + " " + progress.describe());
    }

    @Override
    public void progressDone(HostId host) {
        lines.add("progressDone " + host);
    }
}
