package io.jenkins.plugins.planb.core.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.planb.core.run.Outcome;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link HostSummary} as one JSON object: the file each front end keeps per host next to its
 * history ({@code summary.json} among the command's run records, {@code planb-summary.json} in a
 * Jenkins host's directory). Fields it does not know are skipped and missing ones are unknown,
 * so a summary written by another version still loads.
 */
public final class HostSummaryJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private HostSummaryJson() {}

    public static String toJson(HostSummary s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("lastRunAt", s.lastRunAt());
            if (s.lastOutcome() == null) {
                json.writeNullField("lastOutcome");
            } else {
                json.writeStringField("lastOutcome", s.lastOutcome().name());
            }
            if (s.lastError() == null) {
                json.writeNullField("lastError");
            } else {
                json.writeStringField("lastError", s.lastError());
            }
            json.writeNumberField("lastDurationMillis", s.lastDurationMillis());
            json.writeNumberField("lastBytesTransferred", s.lastBytesTransferred());
            json.writeNumberField("lastSuccessAt", s.lastSuccessAt());
            json.writeNumberField("firstSuccessAt", s.firstSuccessAt());
            json.writeNumberField("failingSince", s.failingSince());
            json.writeNumberField("failuresSinceSuccess", s.failuresSinceSuccess());
            json.writeArrayFieldStart("recentSuccessMillis");
            for (long millis : s.recentSuccessMillis()) {
                json.writeNumber(millis);
            }
            json.writeEndArray();
            json.writeNumberField("usedBytes", s.usedBytes());
            json.writeNumberField("referencedBytes", s.referencedBytes());
            json.writeNumberField("snapshotBytes", s.snapshotBytes());
            json.writeNumberField("snapshotCount", s.snapshotCount());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** @throws IOException when the text is not one JSON object of this shape */
    public static HostSummary parse(String text) throws IOException {
        long lastRunAt = -1, lastDuration = -1, lastBytes = -1, lastSuccessAt = -1, firstSuccessAt = -1, failingSince = -1;
        long used = -1, referenced = -1, bySnapshots = -1;
        int failures = 0, snapshots = -1;
        Outcome lastOutcome = null;
        String lastError = null;
        List<Long> recent = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("host summary: expected a JSON object at " + p.currentLocation());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                boolean isNull = value == JsonToken.VALUE_NULL;
                switch (field) {
                    case "lastRunAt" -> lastRunAt = p.getLongValue();
                    case "lastOutcome" -> lastOutcome = isNull ? null : Outcome.valueOf(p.getText());
                    case "lastError" -> lastError = isNull ? null : p.getText();
                    case "lastDurationMillis" -> lastDuration = p.getLongValue();
                    case "lastBytesTransferred" -> lastBytes = p.getLongValue();
                    case "lastSuccessAt" -> lastSuccessAt = p.getLongValue();
                    case "firstSuccessAt" -> firstSuccessAt = p.getLongValue();
                    case "failingSince" -> failingSince = p.getLongValue();
                    case "failuresSinceSuccess" -> failures = p.getIntValue();
                    case "recentSuccessMillis" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw new IOException("host summary: recentSuccessMillis is not an array");
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            recent.add(p.getLongValue());
                        }
                    }
                    case "usedBytes" -> used = p.getLongValue();
                    case "referencedBytes" -> referenced = p.getLongValue();
                    case "snapshotBytes" -> bySnapshots = p.getLongValue();
                    case "snapshotCount" -> snapshots = p.getIntValue();
                    default -> p.skipChildren();
                }
            }
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("host summary: " + e.getMessage(), e);
        }
        return new HostSummary(lastRunAt, lastOutcome, lastError, lastDuration, lastBytes, lastSuccessAt, firstSuccessAt,
                failingSince, failures, recent, used, referenced, bySnapshots, snapshots);
    }
}
