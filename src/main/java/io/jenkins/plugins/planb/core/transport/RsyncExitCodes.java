package io.jenkins.plugins.planb.core.transport;

import java.util.Map;

/** rsync's exit codes and their meaning (rsync(1) "EXIT VALUES"), for messages. */
public final class RsyncExitCodes {

    public static final int PARTIAL_ERROR = 23;
    public static final int PARTIAL_VANISHED = 24;
    /** What ssh returns when the connection itself failed, and rsync passes on. */
    public static final int SSH_FAILURE = 255;

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(0, "success"),
            Map.entry(1, "syntax or usage error"),
            Map.entry(2, "protocol incompatibility"),
            Map.entry(3, "errors selecting input/output files, dirs"),
            Map.entry(4, "requested action not supported"),
            Map.entry(5, "error starting client-server protocol"),
            Map.entry(6, "daemon unable to append to log-file"),
            Map.entry(10, "error in socket I/O"),
            Map.entry(11, "error in file I/O"),
            Map.entry(12, "error in rsync protocol data stream"),
            Map.entry(13, "errors with program diagnostics"),
            Map.entry(14, "error in IPC code"),
            Map.entry(20, "received SIGUSR1 or SIGINT"),
            Map.entry(21, "some error returned by waitpid()"),
            Map.entry(22, "error allocating core memory buffers"),
            Map.entry(23, "partial transfer due to error"),
            Map.entry(24, "partial transfer due to vanished source files"),
            Map.entry(25, "the --max-delete limit stopped deletions"),
            Map.entry(30, "timeout in data send/receive"),
            Map.entry(35, "timeout waiting for daemon connection"),
            Map.entry(127, "rsync not found"),
            Map.entry(255, "ssh connection failed"));

    private RsyncExitCodes() {}

    /** The meaning of {@code code}, or {@code "unknown exit code N"}. */
    public static String meaning(int code) {
        return MEANINGS.getOrDefault(code, "unknown exit code " + code);
    }
}
