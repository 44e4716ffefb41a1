package io.jenkins.plugins.planb.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.history.RunRecordStore;
import io.jenkins.plugins.planb.core.run.Timestamps;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.storage.Storage;
import io.jenkins.plugins.planb.core.storage.StorageException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of every configured host: its newest run and newest success from the run records,
 * and its snapshots and space from the storage. Reading one host's storage failing does not
 * stop the report; the host shows the error instead.
 */
public final class StatusReport {

    private static final JsonFactory JSON = new JsonFactory();

    private StatusReport() {}

    /** One {@link HostStatus} per configured host, in configuration order. */
    public static List<HostStatus> collect(PlanbConfig config, Storage storage, RunRecordStore records)
            throws InterruptedException {
        List<HostStatus> statuses = new ArrayList<>();
        for (HostSpec host : config.hosts()) {
            statuses.add(of(host, storage, records));
        }
        return statuses;
    }

    static HostStatus of(HostSpec host, Storage storage, RunRecordStore records) throws InterruptedException {
        Optional<RunRecord> last = Optional.empty();
        Optional<RunRecord> lastSuccess = Optional.empty();
        String problem = null;
        try {
            last = records.last(host.id());
            lastSuccess = records.lastSuccess(host.id());
        } catch (IOException e) {
            problem = "run records unreadable: " + e.getMessage();
        }
        int count = -1;
        String newest = null;
        long used = -1;
        try {
            List<String> snapshots = storage.listSnapshots(host.id());
            count = snapshots.size();
            newest = snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
            DatasetSizes sizes = storage.sizes(host.id());
            used = sizes.used();
        } catch (StorageException | IOException e) {
            problem = e.getMessage();
        }
        return new HostStatus(
                host.id(),
                host.enabled(),
                last.map(RunRecord::outcome).orElse(null),
                last.map(RunRecord::finishedAt).orElse(null),
                last.map(RunRecord::error).orElse(null),
                lastSuccess.map(RunRecord::finishedAt).orElse(null),
                count,
                newest,
                used,
                problem);
    }

    /**
     * One host as one JSON line: {@code host, enabled, lastOutcome, lastRunAt, lastError,
     * lastSuccessAt, snapshots, newestSnapshot, usedBytes, storageError}; unknown values are null.
     */
    public static String toJson(HostStatus s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("host", s.host().toString());
            json.writeBooleanField("enabled", s.enabled());
            nullable(json, "lastOutcome", s.lastOutcome() == null ? null : s.lastOutcome().name());
            nullable(json, "lastRunAt", time(s.lastRunAt()));
            nullable(json, "lastError", s.lastError());
            nullable(json, "lastSuccessAt", time(s.lastSuccessAt()));
            if (s.snapshots() < 0) {
                json.writeNullField("snapshots");
            } else {
                json.writeNumberField("snapshots", s.snapshots());
            }
            nullable(json, "newestSnapshot", s.newestSnapshot());
            if (s.usedBytes() < 0) {
                json.writeNullField("usedBytes");
            } else {
                json.writeNumberField("usedBytes", s.usedBytes());
            }
            nullable(json, "storageError", s.storageError());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static String time(Instant time) {
        return time == null ? null : Timestamps.iso(time);
    }

    private static void nullable(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
