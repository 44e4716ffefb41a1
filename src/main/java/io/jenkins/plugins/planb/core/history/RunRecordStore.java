package io.jenkins.plugins.planb.core.history;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.files.AtomicFiles;
import io.jenkins.plugins.planb.core.run.Timestamps;
import io.jenkins.plugins.planb.core.run.RunRecordJson;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The run records the standalone command keeps: {@code <stateDir>/runs/<group>/<host>/<startedAt>.json}
 * for every run, plus {@code last.json} (the newest run) and {@code last-success.json} (the newest
 * run that took a snapshot), so {@code planb status} reads two small files per host instead of
 * the whole history, and {@code summary.json}, the host's {@link HostSummary} kept run by run, so
 * monitoring reads one file per host.
 *
 * <p>{@code last*.json} are replaced by an atomic rename, so a reader never sees half a record.
 */
public final class RunRecordStore {

    private static final String SUMMARY = "summary.json";

    private final Path runs;

    public RunRecordStore(Path stateDir) {
        this.runs = stateDir.resolve("runs");
    }

    /** The directory of one host's records. */
    public Path hostDirectory(HostId host) {
        return runs.resolve(host.group()).resolve(host.host());
    }

    /**
     * Stores a finished run.
     *
     * @return the file of this run's own record
     */
    public Path save(RunRecord record) throws IOException {
        Path directory = hostDirectory(record.host());
        Files.createDirectories(directory);
        String json = RunRecordJson.toJson(record) + "\n";
        Path own = createUnique(directory, Timestamps.compact(record.startedAt()), json);
        replace(directory.resolve("last.json"), json);
        if (record.outcome().snapshotTaken()) {
            replace(directory.resolve("last-success.json"), json);
        }
        if (record.outcome() != Outcome.SKIPPED) {
            HostSummary before = readSummary(directory.resolve(SUMMARY)).orElseGet(() -> foldHistory(record.host(), own));
            replace(directory.resolve(SUMMARY), HostSummaryJson.toJson(before.after(record)) + "\n");
        }
        return own;
    }

    /**
     * The host's summary: {@code summary.json}, or, where it is missing or damaged (records
     * written before it existed), the whole history folded.
     */
    public HostSummary summary(HostId host) throws IOException {
        Optional<HostSummary> kept = readSummary(hostDirectory(host).resolve(SUMMARY));
        return kept.isPresent() ? kept.get() : foldHistory(host, null);
    }

    private static Optional<HostSummary> readSummary(Path file) {
        try {
            return Optional.of(HostSummaryJson.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException missingOrDamaged) {
            return Optional.empty();
        }
    }

    /** Every run but {@code leaveOut} (the run being saved, which the caller adds), folded. */
    private HostSummary foldHistory(HostId host, Path leaveOut) {
        List<RunRecord> runs;
        try {
            runs = new ArrayList<>(history(host, null, new ArrayList<>()));
        } catch (IOException e) {
            return HostSummary.NEVER_RUN;
        }
        if (leaveOut != null) {
            try {
                RunRecord saved = RunRecordJson.parse(Files.readString(leaveOut, StandardCharsets.UTF_8));
                runs.remove(saved);
            } catch (IOException e) {
                // it was just written; if it cannot be read, the history did not contain it either
            }
        }
        return RunHistory.of(host, runs).summary();
    }

    /** The newest run of the host, if any was recorded. */
    public Optional<RunRecord> last(HostId host) throws IOException {
        return read(hostDirectory(host).resolve("last.json"));
    }

    /** The newest run of the host that took a snapshot. */
    public Optional<RunRecord> lastSuccess(HostId host) throws IOException {
        return read(hostDirectory(host).resolve("last-success.json"));
    }

    /**
     * Every recorded run of the host that started at or after {@code since}, oldest first. The
     * file names carry the start time, so older records are skipped without being read; a record
     * that cannot be parsed is skipped and named in {@code unreadable}, so one damaged file does
     * not hide a host's whole history.
     */
    public List<RunRecord> history(HostId host, Instant since, List<String> unreadable) throws IOException {
        Path directory = hostDirectory(host);
        List<Path> files = new ArrayList<>();
        String first = since == null ? "" : Timestamps.compact(since);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "2*.json")) {
            for (Path file : entries) {
                if (name(file).compareTo(first) >= 0) {
                    files.add(file);
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        files.sort(Comparator.comparing(RunRecordStore::name));
        List<RunRecord> records = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                records.add(RunRecordJson.parse(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException | IOException e) {
                unreadable.add(file + ": " + e.getMessage());
            }
        }
        records.sort(Comparator.comparing(RunRecord::startedAt));
        return records;
    }

    /** A directory entry's own name; entries always have one. */
    private static String name(Path entry) {
        return String.valueOf(entry.getFileName());
    }

    /** The hosts that have run records, whether configured or not. */
    public List<HostId> hostsWithRecords() throws IOException {
        List<HostId> hosts = new ArrayList<>();
        if (!Files.isDirectory(runs)) {
            return hosts;
        }
        try (DirectoryStream<Path> groups = Files.newDirectoryStream(runs, Files::isDirectory)) {
            for (Path group : groups) {
                try (DirectoryStream<Path> members = Files.newDirectoryStream(group, Files::isDirectory)) {
                    for (Path member : members) {
                        try {
                            hosts.add(new HostId(name(group), name(member)));
                        } catch (IllegalArgumentException notAHost) {
                            // a directory someone put there by hand: no host of ours can have that name
                        }
                    }
                }
            }
        }
        hosts.sort(Comparator.comparing(HostId::toString));
        return hosts;
    }

    private static Optional<RunRecord> read(Path file) throws IOException {
        try {
            return Optional.of(RunRecordJson.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    // Two runs may start in the same millisecond (one of them skipped): never overwrite a record.
    private static Path createUnique(Path directory, String stem, String json) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path file = directory.resolve(attempt == 0 ? stem + ".json" : stem + "-" + attempt + ".json");
            try {
                Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return file;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void replace(Path file, String json) throws IOException {
        // Not Files.createTempFile: its SecureRandom costs start-up time, and a fixed name per
        // process is unique enough, since the host's lock keeps other runs of the host out.
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        AtomicFiles.replace(file, temporary, json, null);
    }
}
