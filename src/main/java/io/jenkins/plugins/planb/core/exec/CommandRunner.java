package io.jenkins.plugins.planb.core.exec;

import java.io.IOException;

/**
 * Runs commands on the storage machine. The CLI runs them with {@link ProcessCommandRunner};
 * the Jenkins glue runs them through the agent's {@code Launcher}. Interrupting the calling
 * thread kills the process tree and ends the call with {@link InterruptedException}.
 */
public interface CommandRunner {

    ExecResult run(Command command, OutputHandler output) throws IOException, InterruptedException;

    default ExecResult run(Command command) throws IOException, InterruptedException {
        return run(command, OutputHandler.discard());
    }
}
