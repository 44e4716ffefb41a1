package io.jenkins.plugins.planb.core.notify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.run.RunRecordJson;
import io.jenkins.plugins.planb.core.run.Timestamps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The JSON a webhook receives after a backup, as UTF-8 bytes (the signature covers exactly these):
 *
 * <pre>{@code
 * {"event":"backup.completed","change":"FAILED","group":"acme","host":"acme/web01",
 *  "state":"FAILING","buildUrl":"https://jenkins.example.com/job/acme/job/web01/42/",
 *  "sentAt":"2026-01-02T03:16:00.000Z","run":{... the run record, as planb backup --json prints it ...}}
 * }</pre>
 *
 * {@code change} is {@code FAILED}, {@code RECOVERED} or {@code null} ({@link StateChange}),
 * {@code state} the host's {@link HostSummary.State} after the run, {@code buildUrl} {@code null}
 * when Jenkins does not know its own URL. A front end that keeps no state for the host (a Pipeline
 * backup in Jenkins) sends {@code null} for both {@code change} and {@code state}.
 */
public final class WebhookPayload {

    public static final String EVENT = "backup.completed";

    private static final JsonFactory FACTORY = new JsonFactory();

    private WebhookPayload() {}

    public static byte[] toJson(RunRecord run, StateChange change, HostSummary.State state, String buildUrl,
            Instant sentAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("event", EVENT);
            if (change == null || change == StateChange.NONE) {
                json.writeNullField("change");
            } else {
                json.writeStringField("change", change.name());
            }
            json.writeStringField("group", run.host().group());
            json.writeStringField("host", run.host().toString());
            if (state == null) {
                json.writeNullField("state");
            } else {
                json.writeStringField("state", state.name());
            }
            if (buildUrl == null) {
                json.writeNullField("buildUrl");
            } else {
                json.writeStringField("buildUrl", buildUrl);
            }
            json.writeStringField("sentAt", Timestamps.iso(sentAt));
            json.writeFieldName("run");
            RunRecordJson.write(run, json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }
}
