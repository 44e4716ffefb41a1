package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
import io.jenkins.plugins.planb.core.exec.OutputHandler;
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import io.jenkins.plugins.planb.core.retention.RetentionPlanner;
import io.jenkins.plugins.planb.core.storage.BackupTarget;
import io.jenkins.plugins.planb.core.storage.Capabilities;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.storage.SnapshotName;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import io.jenkins.plugins.planb.core.transport.DoNotRunProbe;
import io.jenkins.plugins.planb.core.transport.RsyncCommand;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import io.jenkins.plugins.planb.core.transport.TransferResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs one backup of one host, from taking its lock to the run record (DESIGN.md, "One backup,
 * as data flowing through").
 *
 * <p>The rules it keeps:
 * <ul>
 *   <li>a host already being backed up is SKIPPED at once, and this run touches nothing of the
 *   other run's (not even the run records);
 *   <li>a disabled host, or one whose do-not-run marker is set, is SKIPPED;
 *   <li>a snapshot is taken only after SUCCESS or PARTIAL, and retention runs only after a
 *   snapshot was taken;
 *   <li>FAILED (including an interrupted run) takes no snapshot, runs no retention, and hands the
 *   target to {@link Storage#abandon} so the next run resumes from it;
 *   <li>once a snapshot exists, nothing after it (retention, accounting) can make the run lose
 *   it: failures there become warnings.
 * </ul>
 *
 * <p>An interrupt (Ctrl-C, a Jenkins abort) reaches rsync through the {@link CommandRunner},
 * which kills it; the run ends FAILED with no snapshot and the thread's interrupt flag is set
 * again before {@link #run} returns.
 */
public final class BackupRunner {

    static final String ALREADY_RUNNING = "already being backed up";
    static final String DISABLED = "host is disabled";
    static final String INTERRUPTED = "interrupted: the run was stopped and its processes killed";

    private final Storage storage;
    private final CommandRunner runner;
    private final TransferSteps transfer;
    private final HostLock.Factory locks;
    private final RunRecorder recorder;
    private final RunLog log;
    private final Clock clock;

    public BackupRunner(Storage storage, CommandRunner runner, TransferSteps transfer, HostLock.Factory locks,
            RunRecorder recorder, RunLog log, Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.transfer = Objects.requireNonNull(transfer, "transfer");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Backs up {@code host} once; never throws for anything the host or storage does. */
    public RunRecord run(HostSpec host) {
        Instant startedAt = clock.instant();
        Optional<HostLock> lock;
        try {
            lock = locks.tryLock(host.id());
        } catch (IOException e) {
            log.warn(host.id() + ": cannot take the host lock: " + e.getMessage());
            return RunRecord.withoutTransfer(host.id(), Outcome.FAILED, null, startedAt, clock.instant(),
                    "cannot take the host lock: " + e.getMessage(), List.of(), PhaseTimes.NONE);
        }
        if (lock.isEmpty()) {
            log.warn(host.id() + ": skipped, " + ALREADY_RUNNING);
            return RunRecord.withoutTransfer(host.id(), Outcome.SKIPPED, datasetNameOrNull(host), startedAt,
                    clock.instant(), ALREADY_RUNNING, List.of(), PhaseTimes.NONE);
        }
        try {
            RunRecord record = new Attempt(host, startedAt).run();
            try {
                recorder.record(record);
            } catch (IOException | RuntimeException e) {
                log.warn(host.id() + ": cannot store the run record: " + describe(e));
            }
            return record;
        } finally {
            release(lock.get());
        }
    }

    /** The dataset's name is pure computation, so even a skipped run can say which one it is. */
    private String datasetNameOrNull(HostSpec host) {
        try {
            return storage.datasetName(host.id());
        } catch (RuntimeException e) {
            return null; // an unsafe name: the run itself will fail and say why
        }
    }

    private void release(HostLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            // The OS drops the lock with the process anyway; the run itself is done.
            log.warn("cannot release " + lock.file() + ": " + e.getMessage());
        }
    }

    /** The state of one run while it goes through its phases. */
    private final class Attempt {
        private final HostSpec host;
        private final Instant startedAt;
        private final List<String> warnings = new ArrayList<>();
        private String dataset;
        private long transferMillis;
        private long snapshotMillis;
        private long retentionMillis;
        private long accountingMillis;
        /** An interrupt after the transfer ends the run early but never takes a snapshot back. */
        private boolean interruptedAfterSnapshot;

        Attempt(HostSpec host, Instant startedAt) {
            this.host = host;
            this.startedAt = startedAt;
        }

        RunRecord run() {
            long phaseStart = System.nanoTime();
            dataset = datasetNameOrNull(host);
            if (!host.enabled()) {
                log.info(host.id() + ": skipped, " + DISABLED);
                return notTransferred(Outcome.SKIPPED, DISABLED, phaseStart);
            }
            BackupTarget target = null;
            boolean interrupted = false;
            try {
                dataset = storage.datasetName(host.id());
                DoNotRunProbe.Verdict probe = transfer.doNotRunProbe(host, runner);
                switch (probe.kind()) {
                    case SKIP -> {
                        log.info(host.id() + ": skipped, " + probe.message());
                        return notTransferred(Outcome.SKIPPED, probe.message(), phaseStart);
                    }
                    case FAIL -> {
                        return failed(null, null, RsyncStats.NONE, probe.message(), phaseStart);
                    }
                    case RUN -> {
                        if (probe.message() != null) {
                            warn(probe.message());
                        }
                    }
                }
                target = storage.prepare(host.id());
                dataset = target.dataset();
                Capabilities capabilities = storage.capabilities(target);
                RsyncCommand rsync = transfer.rsyncCommand(host, target, capabilities);
                for (String lost : rsync.notPreserved()) {
                    warn(lost + " not kept: the storage of " + dataset + " cannot hold them");
                }
                log.info(host.id() + ": transferring into " + target.destination());
                log.command(rsync.command().argv());
                ExecResult result = runner.run(rsync.command(), streamTo(log));
                TransferResult verdict = transfer.classify(host, result);
                transferMillis = millisSince(phaseStart);
                if (!verdict.outcome().snapshotTaken()) {
                    return failed(target, verdict.exitCode(), verdict.stats(), verdict.error());
                }
                if (verdict.outcome() == Outcome.PARTIAL) {
                    log.warn(host.id() + ": rsync exit " + verdict.exitCode() + ", partial transfer: " + verdict.error());
                    warnings.addAll(verdict.warnings());
                }
                return snapshotAndRotate(target, verdict);
            } catch (InterruptedException e) {
                interrupted = true;
                return failed(target, null, RsyncStats.NONE, INTERRUPTED, phaseStart);
            } catch (StorageException | IOException | RuntimeException e) {
                return failed(target, null, RsyncStats.NONE, describe(e), phaseStart);
            } finally {
                if (interrupted || interruptedAfterSnapshot) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private RunRecord snapshotAndRotate(BackupTarget target, TransferResult verdict) {
            int rsyncExit = verdict.exitCode();
            long phaseStart = System.nanoTime();
            String snapshot;
            List<String> after = new ArrayList<>();
            try {
                after.addAll(storage.listSnapshots(host.id()));
                snapshot = SnapshotName.next(clock, after);
                storage.snapshot(target, snapshot);
                after.add(snapshot);
            } catch (StorageException | IOException | RuntimeException e) {
                snapshotMillis = millisSince(phaseStart);
                return failed(target, rsyncExit, verdict.stats(), "snapshot failed: " + describe(e));
            } catch (InterruptedException e) {
                interruptedAfterSnapshot = true; // maybe taken; the next run's listing will tell
                snapshotMillis = millisSince(phaseStart);
                return failed(target, rsyncExit, verdict.stats(), "interrupted while taking the snapshot");
            }
            snapshotMillis = millisSince(phaseStart);
            log.info(host.id() + ": snapshot " + snapshot);

            List<String> destroyed = rotate(snapshot, after);
            DatasetSizes sizes = interruptedAfterSnapshot ? DatasetSizes.UNKNOWN : account();
            return new RunRecord(host.id(), verdict.outcome(), snapshot, dataset, startedAt, clock.instant(),
                    rsyncExit, verdict.stats(), destroyed, verdict.outcome() == Outcome.SUCCESS ? null : verdict.error(),
                    warnings, phases(), sizes);
        }

        /**
         * Retention after a snapshot; any failure is a warning, the snapshot stays. It plans over
         * the listing taken for the snapshot's name plus the new snapshot, not a fresh listing:
         * the host's lock keeps other runs out meanwhile, and on ZFS every listing costs a
         * command. A snapshot someone made by hand meanwhile is simply not considered.
         */
        private List<String> rotate(String newSnapshot, List<String> names) {
            long phaseStart = System.nanoTime();
            try {
                RetentionPlan plan = RetentionPlanner.plan(names, host.retention());
                List<String> destroy = new ArrayList<>(plan.destroy());
                if (destroy.remove(newSnapshot)) {
                    // The planner always keeps the newest; a name sorting older means a clock problem.
                    warn("retention wanted to destroy the snapshot just taken; kept it");
                }
                if (!destroy.isEmpty()) {
                    log.info(host.id() + ": retention (" + host.retention() + ") destroys " + String.join(", ", destroy));
                    storage.destroySnapshots(host.id(), destroy);
                }
                return destroy;
            } catch (StorageException | IOException | RuntimeException e) {
                warn("retention failed, nothing destroyed for sure: " + describe(e));
                return List.of();
            } catch (InterruptedException e) {
                interruptedAfterSnapshot = true;
                warn("retention interrupted, nothing destroyed for sure");
                return List.of();
            } finally {
                retentionMillis = millisSince(phaseStart);
            }
        }

        private DatasetSizes account() {
            long phaseStart = System.nanoTime();
            try {
                return storage.sizes(host.id());
            } catch (IOException | RuntimeException e) {
                warn("cannot read the dataset sizes: " + describe(e));
                return DatasetSizes.UNKNOWN;
            } catch (InterruptedException e) {
                interruptedAfterSnapshot = true;
                warn("reading the dataset sizes was interrupted");
                return DatasetSizes.UNKNOWN;
            } finally {
                accountingMillis = millisSince(phaseStart);
            }
        }

        private RunRecord failed(BackupTarget target, Integer rsyncExit, RsyncStats stats, String error,
                long phaseStart) {
            transferMillis = millisSince(phaseStart);
            return failed(target, rsyncExit, stats, error);
        }

        private RunRecord failed(BackupTarget target, Integer rsyncExit, RsyncStats stats, String error) {
            log.warn(host.id() + ": FAILED: " + error);
            if (target != null) {
                try {
                    storage.abandon(target);
                } catch (IOException | RuntimeException e) {
                    warn("cleaning up after the failure failed: " + describe(e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    warn("cleaning up after the failure was interrupted");
                }
            }
            return new RunRecord(host.id(), Outcome.FAILED, null, dataset, startedAt, clock.instant(), rsyncExit,
                    stats, List.of(), error, warnings, phases(), DatasetSizes.UNKNOWN);
        }

        private RunRecord notTransferred(Outcome outcome, String reason, long phaseStart) {
            transferMillis = millisSince(phaseStart);
            return RunRecord.withoutTransfer(host.id(), outcome, dataset, startedAt, clock.instant(), reason,
                    warnings, phases());
        }

        private void warn(String message) {
            warnings.add(message);
            log.warn(host.id() + ": " + message);
        }

        private PhaseTimes phases() {
            return new PhaseTimes(transferMillis, snapshotMillis, retentionMillis, accountingMillis);
        }
    }

    private static OutputHandler streamTo(RunLog log) {
        return new OutputHandler() {
            @Override
            public void stdout(String line) {
                log.output(line);
            }

            @Override
            public void stderr(String line) {
                log.output(line);
            }
        };
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    /** The first meaningful line of an exception, for the record's {@code error}. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        for (String line : message.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return e.getClass().getSimpleName();
    }
}
