package io.jenkins.plugins.planb.core.run;

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
}
