package io.jenkins.plugins.planb.core.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link RunRecord} as one JSON object, written and read with jackson-core's streaming API.
 *
 * <p>The first fields are the contract of {@code planb backup --json} (DESIGN.md), in its order;
 * {@code warnings}, {@code phases}, {@code snapshotCount}, {@code sizes} and {@code stats} follow. Sizes the storage
 * cannot tell, and stats rsync did not print, are {@code null}. The reader ignores fields it does not know, so records written
 * by a newer PlanB still load.
 */
public final class RunRecordJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private RunRecordJson() {}

    /** The record on one line, no trailing newline. */
    public static String toJson(RunRecord record) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(record, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the record as one object; the generator is neither flushed nor closed. */
    public static void write(RunRecord r, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("host", r.host().toString());
        json.writeStringField("outcome", r.outcome().name());
        writeNullableString(json, "snapshot", r.snapshot());
        writeNullableString(json, "dataset", r.dataset());
        json.writeStringField("startedAt", Timestamps.iso(r.startedAt()));
        json.writeStringField("finishedAt", Timestamps.iso(r.finishedAt()));
        json.writeNumberField("durationMillis", r.durationMillis());
        if (r.rsyncExitCode() == null) {
            json.writeNullField("rsyncExitCode");
        } else {
            json.writeNumberField("rsyncExitCode", r.rsyncExitCode());
        }
        json.writeNumberField("filesTotal", r.filesTotal());
        json.writeNumberField("filesTransferred", r.filesTransferred());
        json.writeNumberField("bytesTransferred", r.bytesTransferred());
        writeStrings(json, "destroyedSnapshots", r.destroyedSnapshots());
        writeNullableString(json, "error", r.error());
        writeStrings(json, "warnings", r.warnings());

        json.writeObjectFieldStart("phases");
        json.writeNumberField("transferMillis", r.phases().transferMillis());
        json.writeNumberField("snapshotMillis", r.phases().snapshotMillis());
        json.writeNumberField("retentionMillis", r.phases().retentionMillis());
        json.writeNumberField("accountingMillis", r.phases().accountingMillis());
        json.writeEndObject();

        writeSize(json, "snapshotCount", r.snapshotCount());
        json.writeObjectFieldStart("sizes");
        writeSize(json, "used", r.sizes().used());
        writeSize(json, "referenced", r.sizes().referenced());
        writeSize(json, "written", r.sizes().written());
        writeSize(json, "usedBySnapshots", r.sizes().usedBySnapshots());
        json.writeEndObject();

        RsyncStats stats = r.stats();
        json.writeObjectFieldStart("stats");
        writeCount(json, "filesTotal", stats.filesTotal());
        writeCount(json, "filesCreated", stats.filesCreated());
        writeCount(json, "filesDeleted", stats.filesDeleted());
        writeCount(json, "filesTransferred", stats.filesTransferred());
        writeCount(json, "totalFileSize", stats.totalFileSize());
        writeCount(json, "bytesTransferred", stats.bytesTransferred());
        writeCount(json, "literalData", stats.literalData());
        writeCount(json, "matchedData", stats.matchedData());
        writeCount(json, "bytesSent", stats.bytesSent());
        writeCount(json, "bytesReceived", stats.bytesReceived());
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * Reads one record.
     *
     * @throws IOException when the text is not JSON or lacks {@code host}, {@code outcome},
     *     {@code startedAt} or {@code finishedAt}
     */
    public static RunRecord parse(String text) throws IOException {
        try (JsonParser p = FACTORY.createParser(text)) {
            return read(p);
        }
    }

    private static RunRecord read(JsonParser p) throws IOException {
        expect(p, p.nextToken(), JsonToken.START_OBJECT);
        HostId host = null;
        Outcome outcome = null;
        String snapshot = null;
        String dataset = null;
        Instant startedAt = null;
        Instant finishedAt = null;
        Integer rsyncExitCode = null;
        List<String> destroyed = List.of();
        String error = null;
        List<String> warnings = List.of();
        PhaseTimes phases = PhaseTimes.NONE;
        DatasetSizes sizes = DatasetSizes.UNKNOWN;
        RsyncStats stats = RsyncStats.NONE;
        int snapshotCount = -1;
        try {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "host" -> host = HostId.parse(p.getText());
                    case "outcome" -> outcome = Outcome.valueOf(p.getText());
                    case "snapshot" -> snapshot = nullableString(p, value);
                    case "dataset" -> dataset = nullableString(p, value);
                    case "startedAt" -> startedAt = Timestamps.parse(p.getText());
                    case "finishedAt" -> finishedAt = Timestamps.parse(p.getText());
                    case "rsyncExitCode" -> rsyncExitCode = value == JsonToken.VALUE_NULL ? null : p.getIntValue();
                    case "destroyedSnapshots" -> destroyed = strings(p, value);
                    case "error" -> error = nullableString(p, value);
                    case "warnings" -> warnings = strings(p, value);
                    case "phases" -> phases = phases(p, value);
                    case "sizes" -> sizes = sizes(p, value);
                    case "snapshotCount" -> snapshotCount = value == JsonToken.VALUE_NULL ? -1 : p.getIntValue();
                    case "stats" -> stats = stats(p, value);
                    default -> p.skipChildren();
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("run record: " + e.getMessage(), e);
        }
        if (host == null || outcome == null || startedAt == null || finishedAt == null) {
            throw new IOException("run record lacks one of host, outcome, startedAt, finishedAt");
        }
        return new RunRecord(host, outcome, snapshot, dataset, startedAt, finishedAt, rsyncExitCode, stats,
                destroyed, error, warnings, phases, sizes, snapshotCount);
    }

    private static PhaseTimes phases(JsonParser p, JsonToken value) throws IOException {
        expect(p, value, JsonToken.START_OBJECT);
        long transfer = 0, snapshot = 0, retention = 0, accounting = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "transferMillis" -> transfer = p.getLongValue();
                case "snapshotMillis" -> snapshot = p.getLongValue();
                case "retentionMillis" -> retention = p.getLongValue();
                case "accountingMillis" -> accounting = p.getLongValue();
                default -> p.skipChildren();
            }
        }
        return new PhaseTimes(transfer, snapshot, retention, accounting);
    }

    private static DatasetSizes sizes(JsonParser p, JsonToken value) throws IOException {
        expect(p, value, JsonToken.START_OBJECT);
        long used = -1, referenced = -1, written = -1, bySnapshots = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken token = p.nextToken();
            long size = token == JsonToken.VALUE_NULL ? -1 : p.getLongValue();
            switch (field) {
                case "used" -> used = size;
                case "referenced" -> referenced = size;
                case "written" -> written = size;
                case "usedBySnapshots" -> bySnapshots = size;
                default -> p.skipChildren();
            }
        }
        return new DatasetSizes(used, referenced, written, bySnapshots);
    }

    private static RsyncStats stats(JsonParser p, JsonToken value) throws IOException {
        expect(p, value, JsonToken.START_OBJECT);
        Map<String, Long> counts = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken token = p.nextToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                counts.put(field, p.getLongValue());
            } else {
                p.skipChildren();
            }
        }
        return new RsyncStats(
                counts.getOrDefault("filesTotal", -1L),
                counts.getOrDefault("filesCreated", -1L),
                counts.getOrDefault("filesDeleted", -1L),
                counts.getOrDefault("filesTransferred", -1L),
                counts.getOrDefault("totalFileSize", -1L),
                counts.getOrDefault("bytesTransferred", -1L),
                counts.getOrDefault("literalData", -1L),
                counts.getOrDefault("matchedData", -1L),
                counts.getOrDefault("bytesSent", -1L),
                counts.getOrDefault("bytesReceived", -1L));
    }

    private static String nullableString(JsonParser p, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static List<String> strings(JsonParser p, JsonToken value) throws IOException {
        expect(p, value, JsonToken.START_ARRAY);
        List<String> strings = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            strings.add(p.getText());
        }
        return strings;
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("run record: expected " + expected + " but found " + actual
                    + " at " + p.currentLocation());
        }
    }

    private static void writeNullableString(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** A count rsync may not have printed: {@code -1} becomes null. */
    private static void writeCount(JsonGenerator json, String field, long count) throws IOException {
        writeSize(json, field, count);
    }

    private static void writeSize(JsonGenerator json, String field, long size) throws IOException {
        if (size < 0) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, size);
        }
    }
}
