package io.jenkins.plugins.planb.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.config.Durations;
import io.jenkins.plugins.planb.core.history.RunHistory;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.Timestamps;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The report as one JSON document, for billing and other scripts: groups → hosts, every size in
 * bytes, every time ISO-8601 UTC, unknown values {@code null}.
 *
 * <pre>
 * {"generatedAt", "since", "period" ("30d"), "periodSeconds", "totals": TOTALS,
 *  "groups": [{"name", "totals": TOTALS, "hosts": [
 *     {"host" ("acme/web01"), "name", "enabled", "dataset", "state" (OK, PARTIAL, FAILING,
 *      NEVER_SUCCEEDED, NEVER_RUN), "lastSuccessAt", "lastSuccessAgeSeconds", "failingSince",
 *      "lastError", "runs": {"SUCCESS", "PARTIAL", "FAILED", "SKIPPED"}, "averageDurationMillis",
 *      "snapshotCount", "sizes": {"used", "usedBySnapshots", "referenced"}, "growthBytes",
 *      "space": [{"at", "used", "referenced"}], "storageError", "unreadableRecords": []}]}]}
 * TOTALS: {"hosts", "failing", "neverSucceeded", "newestSuccessAt", "oldestSuccessAt", "runs",
 *          "averageDurationMillis", "snapshotCount", "sizes", "growthBytes", "sizesUnknown"}
 * </pre>
 *
 * {@code sizes} are the storage's now ({@code zfs get used,usedbysnapshots,referenced}; for
 * directory storage {@code du} of the host directory, of what only the snapshots hold, and of the
 * newest snapshot); {@code space} and {@code growthBytes} come from the run records of the period.
 */
public final class ReportJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ReportJson() {}

    /** The document, pretty-printed, ending in a newline. */
    public static String render(BackupReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("generatedAt", Timestamps.iso(report.generatedAt()));
            json.writeStringField("since", Timestamps.iso(report.since()));
            json.writeStringField("period", Durations.format(report.period()));
            json.writeNumberField("periodSeconds", report.period().toSeconds());
            json.writeFieldName("totals");
            totals(json, report.totals());
            json.writeArrayFieldStart("groups");
            for (GroupReport group : report.groups()) {
                json.writeStartObject();
                json.writeStringField("name", group.name());
                json.writeFieldName("totals");
                totals(json, group.totals());
                json.writeArrayFieldStart("hosts");
                for (HostReport host : group.hosts()) {
                    host(json, host, report.generatedAt());
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }

    private static void host(JsonGenerator json, HostReport host, Instant now) throws IOException {
        json.writeStartObject();
        json.writeStringField("host", host.host().toString());
        json.writeStringField("name", host.host().host());
        json.writeBooleanField("enabled", host.enabled());
        json.writeStringField("dataset", host.dataset());
        json.writeStringField("state", host.state().name());
        time(json, "lastSuccessAt", host.lastSuccessAt());
        Duration age = host.lastSuccessAge(now);
        if (age == null) {
            json.writeNullField("lastSuccessAgeSeconds");
        } else {
            json.writeNumberField("lastSuccessAgeSeconds", age.toSeconds());
        }
        time(json, "failingSince", host.failingSince());
        text(json, "lastError", host.lastError());
        runs(json, host.runs());
        millis(json, host.averageDuration());
        size(json, "snapshotCount", host.snapshotCount());
        json.writeObjectFieldStart("sizes");
        size(json, "used", host.sizes().used());
        size(json, "usedBySnapshots", host.sizes().usedBySnapshots());
        size(json, "referenced", host.sizes().referenced());
        json.writeEndObject();
        if (host.growthBytes() == null) {
            json.writeNullField("growthBytes");
        } else {
            json.writeNumberField("growthBytes", host.growthBytes());
        }
        json.writeArrayFieldStart("space");
        for (RunHistory.SpacePoint point : host.space()) {
            json.writeStartObject();
            json.writeStringField("at", Timestamps.iso(point.at()));
            size(json, "used", point.usedBytes());
            size(json, "referenced", point.referencedBytes());
            json.writeEndObject();
        }
        json.writeEndArray();
        text(json, "storageError", host.storageError());
        json.writeArrayFieldStart("unreadableRecords");
        for (String record : host.unreadable()) {
            json.writeString(record);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void totals(JsonGenerator json, ReportTotals totals) throws IOException {
        json.writeStartObject();
        json.writeNumberField("hosts", totals.hosts());
        json.writeNumberField("failing", totals.failing());
        json.writeNumberField("neverSucceeded", totals.neverSucceeded());
        time(json, "newestSuccessAt", totals.newestSuccessAt());
        time(json, "oldestSuccessAt", totals.oldestSuccessAt());
        runs(json, totals.runs());
        millis(json, totals.averageDuration());
        json.writeNumberField("snapshotCount", totals.snapshotCount());
        json.writeObjectFieldStart("sizes");
        json.writeNumberField("used", totals.usedBytes());
        json.writeNumberField("usedBySnapshots", totals.usedBySnapshotsBytes());
        json.writeNumberField("referenced", totals.referencedBytes());
        json.writeEndObject();
        if (totals.growthBytes() == null) {
            json.writeNullField("growthBytes");
        } else {
            json.writeNumberField("growthBytes", totals.growthBytes());
        }
        json.writeNumberField("sizesUnknown", totals.sizesUnknown());
        json.writeEndObject();
    }

    private static void runs(JsonGenerator json, Map<Outcome, Integer> runs) throws IOException {
        json.writeObjectFieldStart("runs");
        for (Outcome outcome : Outcome.values()) {
            json.writeNumberField(outcome.name(), runs.getOrDefault(outcome, 0));
        }
        json.writeEndObject();
    }

    private static void millis(JsonGenerator json, Duration duration) throws IOException {
        if (duration == null) {
            json.writeNullField("averageDurationMillis");
        } else {
            json.writeNumberField("averageDurationMillis", duration.toMillis());
        }
    }

    private static void size(JsonGenerator json, String field, long value) throws IOException {
        if (value < 0) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private static void time(JsonGenerator json, String field, Instant time) throws IOException {
        if (time == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, Timestamps.iso(time));
        }
    }

    private static void text(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
