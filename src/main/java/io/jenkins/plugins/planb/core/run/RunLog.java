package io.jenkins.plugins.planb.core.run;

import java.util.List;

/** Where a run tells what it does, as it happens: a terminal, or a Jenkins build log. */
public interface RunLog {

    void info(String message);

    void warn(String message);

    /** A command about to run, shown the way an admin could paste it. */
    void command(List<String> argv);

    /** A line of the command's own output. */
    void output(String line);
}
