package io.jenkins.plugins.planb.core.stale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.run.Timestamps;
import io.jenkins.plugins.planb.core.storage.StoredDataset;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code planb stale --json}: one object per finding and line, grouped by group name, stale
 * datasets before gone hosts within a group.
 *
 * <pre>
 * {"kind":"stale","level":"host","group":"acme","host":"old01","groupConfigured":true,
 *  "dataset":"tank/BACKUP/acme/old01","hosts":[],"usedBytes":1234,"snapshots":3,
 *  "newestSnapshot":"planb-20261126T060651Z","newestSnapshotAt":"2026-11-26T06:06:51.000Z",
 *  "removeCommand":["zfs","destroy","-r","tank/BACKUP/acme/old01"]}
 * {"kind":"gone","level":"host","group":"acme","host":"web02","groupConfigured":true,
 *  "dataset":"tank/BACKUP/acme/web02","lastSuccessAt":"2026-11-20T03:00:00.000Z"}
 * </pre>
 *
 * A group-level stale dataset has {@code "level":"group"}, {@code "host":null} and its host
 * datasets in {@code hosts}. Unknown sizes and counts are {@code null}.
 */
public final class StaleJson {

    private static final JsonFactory JSON = new JsonFactory();

    private StaleJson() {}

    public static List<String> lines(StaleFindings findings) {
        List<String> lines = new ArrayList<>();
        for (String group : findings.groups()) {
            for (StoredDataset dataset : findings.staleIn(group)) {
                lines.add(write(json -> stale(json, dataset, findings.isConfigured(group))));
            }
            for (GoneHost host : findings.goneIn(group)) {
                lines.add(write(json -> gone(json, host)));
            }
        }
        return lines;
    }

    private static void stale(JsonGenerator json, StoredDataset dataset, boolean groupConfigured) throws IOException {
        json.writeStringField("kind", "stale");
        json.writeStringField("level", dataset.isGroup() ? "group" : "host");
        json.writeStringField("group", dataset.group());
        nullable(json, "host", dataset.host());
        json.writeBooleanField("groupConfigured", groupConfigured);
        json.writeStringField("dataset", dataset.location());
        json.writeArrayFieldStart("hosts");
        for (String host : dataset.hosts()) {
            json.writeString(host);
        }
        json.writeEndArray();
        StoredDataset.Usage usage = dataset.usage() == null ? StoredDataset.Usage.UNKNOWN : dataset.usage();
        number(json, "usedBytes", usage.usedBytes());
        number(json, "snapshots", usage.snapshotCount());
        nullable(json, "newestSnapshot", usage.newestSnapshot());
        nullable(json, "newestSnapshotAt", usage.newestSnapshotAt() == null ? null : Timestamps.iso(usage.newestSnapshotAt()));
        json.writeArrayFieldStart("removeCommand");
        for (String arg : dataset.removeArgv()) {
            json.writeString(arg);
        }
        json.writeEndArray();
    }

    private static void gone(JsonGenerator json, GoneHost host) throws IOException {
        json.writeStringField("kind", "gone");
        json.writeStringField("level", "host");
        json.writeStringField("group", host.host().group());
        json.writeStringField("host", host.host().host());
        json.writeBooleanField("groupConfigured", true);
        json.writeStringField("dataset", host.dataset());
        json.writeStringField("lastSuccessAt", Timestamps.iso(host.lastSuccessAt()));
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void number(JsonGenerator json, String field, long value) throws IOException {
        if (value < 0) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private static void nullable(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
