package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.core.transport.DoNotRunProbe;
import io.jenkins.plugins.planb.core.transport.RsyncCommand;
import io.jenkins.plugins.planb.core.transport.TransferClassifier;
import io.jenkins.plugins.planb.core.transport.TransferResult;
import java.io.IOException;

/**
 * The transport's part of a run, as {@link BackupRunner} needs it: ask the host whether it may
 * be backed up now, build the rsync command, and say what its exit means. {@link #RSYNC} is the
 * real one; tests may give their own.
 */
public interface TransferSteps {

    /** rsync (over ssh, or local) with the do-not-run probe, as {@code core.transport} builds them. */
    TransferSteps RSYNC = new TransferSteps() {
        @Override
        public DoNotRunProbe.Verdict doNotRunProbe(HostSpec host, CommandRunner runner)
                throws IOException, InterruptedException {
            return DoNotRunProbe.interpret(host, runner.run(DoNotRunProbe.command(host)));
        }

        @Override
        public RsyncCommand rsyncCommand(HostSpec host, BackupTarget target, Capabilities capabilities) {
            return RsyncCommand.forHost(host, target, capabilities);
        }

        @Override
        public TransferResult classify(HostSpec host, ExecResult result) {
            return TransferClassifier.classify(result, false, host.knownHostsFile());
        }
    };

    /** Asks the host whether it wants to be skipped now (its do-not-run marker). */
    DoNotRunProbe.Verdict doNotRunProbe(HostSpec host, CommandRunner runner) throws IOException, InterruptedException;

    /** The rsync command that copies the host into {@code target}, asking no more than {@code capabilities}. */
    RsyncCommand rsyncCommand(HostSpec host, BackupTarget target, Capabilities capabilities);

    /** Classifies a finished rsync. */
    TransferResult classify(HostSpec host, ExecResult result);
}
