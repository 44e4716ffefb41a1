package io.jenkins.plugins.planb.core.run;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.exec.CommandRunner;
import io.jenkins.plugins.planb.core.exec.ExecResult;
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
import java.util.function.LongSupplier;

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
 *   target to {@link Storage#abandon} (the storage decides what the next run reuses);
 *   <li>once a snapshot exists, nothing after it (retention, accounting) can make the run lose
 *   it: failures there become warnings.
 * </ul>
 *
 * <p>An interrupt (Ctrl-C, a Jenkins abort) reaches rsync through the {@link CommandRunner},
 * which kills it; the run ends FAILED with no snapshot and the thread's interrupt flag is set
 * again before {@link #run} returns.
 *
 * <p>While rsync runs, a {@link TransferMonitor} reads its progress and shows it (live where the
 * log can, else a line every {@code progressInterval}), and ends the transfer FAILED, its
 * processes killed and no snapshot taken, when the host's stall limit ({@code stallTimeout}: no
 * data moved for that long) or maximum run time ({@code maxRunTime}, counted from the start of
 * the run) is passed; the error says which limit and after how long.
 *
 * <p>After a good transfer the storage may ask for a second, replacing pass
 * ({@link Storage#afterTransfer}: in-place writes went through hard links); the run's outcome
 * is then the worse of the two.
 *
 * <p>A run is two phases, which a caller may also call apart: {@link #transfer} (lock, checks,
 * rsync, classification) and {@link #snapshotAndRotate} (snapshot, retention, sizes, record,
 * release the lock). Jenkins runs the second as the first post-build step; the command chains
 * them in {@link #run}.
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
    private final LongSupplier nanoTime;

    public BackupRunner(Storage storage, CommandRunner runner, TransferSteps transfer, HostLock.Factory locks,
            RunRecorder recorder, RunLog log, Clock clock) {
        this(storage, runner, transfer, locks, recorder, log, clock, System::nanoTime);
    }

    /** @param nanoTime the monotonic clock of the transfer limits and progress lines (tests give their own) */
    BackupRunner(Storage storage, CommandRunner runner, TransferSteps transfer, HostLock.Factory locks,
            RunRecorder recorder, RunLog log, Clock clock, LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.transfer = Objects.requireNonNull(transfer, "transfer");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Backs up {@code host} once; never throws for anything the host or storage does. The same as
     * {@link #transfer} followed by {@link #snapshotAndRotate}.
     */
    public RunRecord run(HostSpec host) {
        try (Transfer transfer = transfer(host)) {
            return snapshotAndRotate(transfer);
        }
    }

    /**
     * Phase one of a run: takes the host's lock, checks that the host is enabled and has no
     * do-not-run marker, prepares the target and runs rsync, then classifies its exit. Never throws
     * for anything the host or storage does.
     *
     * <p>The result keeps the lock (when it got it) until {@link #snapshotAndRotate} or
     * {@link #abandon} ends the run; closing it without either ends the run FAILED, with no
     * snapshot, and releases the lock. A run that already ended here (SKIPPED, FAILED) keeps its
     * outcome: phase two then only records it and releases the lock.
     */
    public Transfer transfer(HostSpec host) {
        Instant startedAt = clock.instant();
        Optional<HostLock> lock;
        try {
            lock = locks.tryLock(host.id());
        } catch (IOException e) {
            log.warn(host.id() + ": cannot take the host lock: " + e.getMessage());
            return new Transfer(host, null, null, RunRecord.withoutTransfer(host.id(), Outcome.FAILED, null,
                    startedAt, clock.instant(), "cannot take the host lock: " + e.getMessage(), List.of(),
                    PhaseTimes.NONE));
        }
        if (lock.isEmpty()) {
            log.warn(host.id() + ": skipped, " + ALREADY_RUNNING);
            return new Transfer(host, null, null, RunRecord.withoutTransfer(host.id(), Outcome.SKIPPED,
                    datasetNameOrNull(host), startedAt, clock.instant(), ALREADY_RUNNING, List.of(), PhaseTimes.NONE));
        }
        try {
            Attempt attempt = new Attempt(host, startedAt);
            RunRecord ended = attempt.transfer();
            return new Transfer(host, lock.get(), attempt, ended);
        } catch (RuntimeException | Error e) {
            // Attempt turns every failure into a record; this is only for a bug, so the lock never leaks.
            release(lock.get());
            throw e;
        }
    }

    /**
     * Phase two of a run: after a SUCCESS or PARTIAL transfer, takes the snapshot, applies
     * retention and reads the sizes; after a FAILED or SKIPPED one, does none of that. Either way
     * it records the run and releases the host's lock. Never throws for anything the storage does.
     *
     * @throws IllegalStateException when {@code transfer} has already ended
     * @throws IllegalArgumentException when {@code transfer} came from another runner
     */
    public RunRecord snapshotAndRotate(Transfer transfer) {
        return transfer.end(this, null);
    }

    /**
     * Ends a run without snapshot or retention: a SUCCESS or PARTIAL transfer ends FAILED with
     * {@code reason} as its error and its target abandoned (the storage decides what the next run reuses); a run
     * that already ended keeps its record. Records the run and releases the lock.
     *
     * @throws IllegalStateException when {@code transfer} has already ended
     * @throws IllegalArgumentException when {@code transfer} came from another runner
     */
    public RunRecord abandon(Transfer transfer, String reason) {
        return transfer.end(this, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * A run between its two phases: {@link BackupRunner#transfer} done, {@link
     * BackupRunner#snapshotAndRotate} not yet. It holds the host's lock and the target rsync wrote
     * into. Closing it before phase two abandons the run (FAILED, no snapshot, the target kept
     * for the next run) and releases the lock; after phase two, closing does nothing.
     *
     * <p>Not thread-safe: one build step hands it to a later one on the same build.
     */
    public final class Transfer implements AutoCloseable {

        static final String CLOSED_BEFORE_SNAPSHOT = "the run ended before its snapshot: transfer abandoned";

        private final HostSpec host;
        private final HostLock lock;
        private final Attempt attempt;
        /** The run's final record when it ended in phase one; {@code null} while a snapshot is due. */
        private final RunRecord endedEarly;
        private RunRecord result;

        private Transfer(HostSpec host, HostLock lock, Attempt attempt, RunRecord endedEarly) {
            this.host = host;
            this.lock = lock;
            this.attempt = attempt;
            this.endedEarly = endedEarly;
        }

        public HostId host() {
            return host.id();
        }

        /**
         * What the transfer came to: SUCCESS or PARTIAL while the snapshot is due, else FAILED or
         * SKIPPED (the run's final outcome).
         */
        public Outcome outcome() {
            return endedEarly == null ? attempt.verdict.outcome() : endedEarly.outcome();
        }

        /** Whether phase two would take a snapshot: the transfer was good and the run has not ended. */
        public boolean awaitsSnapshot() {
            return endedEarly == null && result == null;
        }

        /** Whether phase two (or {@link #close}) has ended the run. */
        public boolean isEnded() {
            return result != null;
        }

        /** The final record once the run has ended. */
        public Optional<RunRecord> record() {
            return Optional.ofNullable(result);
        }

        /** Abandons the run unless it has ended; never throws. */
        @Override
        public void close() {
            if (result == null) {
                end(BackupRunner.this, CLOSED_BEFORE_SNAPSHOT);
            }
        }

        private RunRecord end(BackupRunner caller, String abandonReason) {
            if (caller != BackupRunner.this) {
                throw new IllegalArgumentException("this transfer of " + host.id() + " belongs to another runner");
            }
            if (result != null) {
                throw new IllegalStateException("the run of " + host.id() + " has already ended");
            }
            if (lock == null) {
                // Never had the lock (another run holds it): touch nothing of that run's, not even its records.
                result = endedEarly;
                return result;
            }
            try {
                RunRecord record;
                if (endedEarly != null) {
                    record = endedEarly;
                } else if (abandonReason != null) {
                    record = attempt.abandon(abandonReason);
                } else {
                    record = attempt.snapshotAndRotate();
                }
                try {
                    recorder.record(record);
                } catch (IOException | RuntimeException e) {
                    log.warn(host.id() + ": cannot store the run record: " + describe(e));
                }
                result = record;
                return record;
            } finally {
                if (result == null) {
                    // Only a bug gets here; the run still ends so that close() does not retry it.
                    result = RunRecord.withoutTransfer(host.id(), Outcome.FAILED, attempt.dataset, attempt.startedAt,
                            clock.instant(), "internal error while ending the run", attempt.warnings, attempt.phases());
                }
                release(lock);
            }
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
        private final long runStartNanos = nanoTime.getAsLong();
        private final List<String> warnings = new ArrayList<>();
        private String dataset;
        private BackupTarget target;
        private TransferResult verdict;
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

        /**
         * Phase one. Returns the run's final record when it ends here (SKIPPED, FAILED), or
         * {@code null} after a SUCCESS or PARTIAL transfer, with {@link #target} and {@link #verdict} set.
         */
        RunRecord transfer() {
            long phaseStart = System.nanoTime();
            dataset = datasetNameOrNull(host);
            if (!host.enabled()) {
                log.info(host.id() + ": skipped, " + DISABLED);
                return notTransferred(Outcome.SKIPPED, DISABLED, phaseStart);
            }
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
                target.notes().forEach(this::warn);
                Capabilities capabilities = storage.capabilities(target);
                RsyncCommand rsync = transfer.rsyncCommand(host, target, capabilities);
                for (String lost : rsync.notPreserved()) {
                    warn(lost + " not kept: the storage of " + dataset + " cannot hold them");
                }
                if (!capabilities.owners()) {
                    // rsync as a plain user silently gives every file to itself; say so once per run
                    warn("file owners not kept: the storage-side rsync does not run as root, so every file in "
                            + dataset + " belongs to its user");
                }
                log.info(host.id() + ": transferring into " + target.destination()
                        + (target.writes().inPlace() ? " (changed files updated in place)" : ""));
                Pass pass = runRsync(rsync);
                if (pass.stop() != null) {
                    return failed(target, null, RsyncStats.NONE, pass.stop().error(), phaseStart);
                }
                TransferResult classified = pass.result();
                if (classified.outcome().snapshotTaken()) {
                    Optional<BackupTarget> again = storage.afterTransfer(target);
                    if (again.isPresent()) {
                        log.info(host.id() + ": files with several names changed; a second pass gives each name "
                                + "the file the host has, replacing changed files whole");
                        Pass second = runRsync(transfer.rsyncCommand(host, again.get(), capabilities));
                        if (second.stop() != null) {
                            return failed(target, null, classified.stats(), second.stop().error(), phaseStart);
                        }
                        classified = merge(classified, second.result());
                    }
                }
                transferMillis = millisSince(phaseStart);
                if (!classified.outcome().snapshotTaken()) {
                    return failed(target, classified.exitCode(), classified.stats(), classified.error());
                }
                if (classified.outcome() == Outcome.PARTIAL) {
                    log.warn(host.id() + ": rsync exit " + classified.exitCode() + ", partial transfer: "
                            + classified.error());
                    warnings.addAll(classified.warnings());
                }
                verdict = classified;
                return null;
            } catch (InterruptedException e) {
                interrupted = true;
                return failed(target, null, RsyncStats.NONE, INTERRUPTED, phaseStart);
            } catch (StorageException | IOException | RuntimeException e) {
                return failed(target, null, RsyncStats.NONE, describe(e), phaseStart);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /**
         * Runs one rsync under a {@link TransferMonitor}: its progress shown, its limits kept.
         * A limit that ends it comes back as the pass's {@code stop}; any other interrupt is thrown.
         */
        private Pass runRsync(RsyncCommand rsync) throws IOException, InterruptedException {
            log.command(rsync.command().argv());
            TransferWatch watch = new TransferWatch(host.stallTimeout(), host.maxRunTime(), host.progressInterval(),
                    runStartNanos, nanoTime.getAsLong());
            ExecResult result;
            String otherStdout;
            try (TransferMonitor monitor =
                    new TransferMonitor(host.id(), watch, log, nanoTime, !log.showsProgressLive())) {
                try {
                    result = runner.run(rsync.command(), monitor);
                } catch (InterruptedException e) {
                    monitor.close();
                    if (monitor.stopped().isPresent()) {
                        return new Pass(null, monitor.stopped().get());
                    }
                    throw e;
                }
                monitor.close();
                otherStdout = monitor.otherStdout();
            }
            // The classifier reads --stats from stdout without the progress lines, which could
            // otherwise fill the runner's bounded capture long before the summary at the end.
            ExecResult withoutProgress = new ExecResult(result.exitCode(), result.timedOut(), otherStdout, result.stderr());
            return new Pass(transfer.classify(host, withoutProgress), null);
        }

        /** Phase two after a good transfer. */
        RunRecord snapshotAndRotate() {
            try {
                return snapshotRotateAndAccount();
            } finally {
                if (interruptedAfterSnapshot) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Ends a good transfer without its snapshot. */
        RunRecord abandon(String reason) {
            return failed(target, verdict.exitCode(), verdict.stats(), reason);
        }

        private RunRecord snapshotRotateAndAccount() {
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
            int snapshotCount = interruptedAfterSnapshot ? -1 : after.size() - destroyed.size();
            return new RunRecord(host.id(), verdict.outcome(), snapshot, dataset, startedAt, clock.instant(),
                    rsyncExit, verdict.stats(), destroyed, verdict.outcome() == Outcome.SUCCESS ? null : verdict.error(),
                    warnings, phases(), sizes, snapshotCount);
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

    /** One rsync's end: classified, or stopped by a limit ({@code result} then {@code null}). */
    private record Pass(TransferResult result, TransferWatch.Stop stop) {}

    /**
     * A main pass followed by a second, replacing one: the worse outcome, the first error, both
     * passes' warnings; the statistics of the main pass, which moved the data.
     */
    static TransferResult merge(TransferResult first, TransferResult second) {
        Outcome outcome = first.outcome().worst(second.outcome());
        int exitCode = second.exitCode() != 0 ? second.exitCode() : first.exitCode();
        String error = first.error() != null ? first.error()
                : second.error() == null ? null : "second pass: " + second.error();
        List<String> warnings = new ArrayList<>(first.warnings());
        warnings.addAll(second.warnings());
        return new TransferResult(outcome, exitCode, error, first.stats(), warnings);
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
