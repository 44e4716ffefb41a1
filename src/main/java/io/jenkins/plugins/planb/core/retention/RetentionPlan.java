package io.jenkins.plugins.planb.core.retention;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What retention decided for one dataset: the snapshots it keeps (PlanB's own newest first,
 * then the manual ones in the order they were given) and the names to destroy, oldest first.
 */
public record RetentionPlan(List<KeptSnapshot> kept, List<String> destroy) {

    public RetentionPlan {
        kept = List.copyOf(kept);
        destroy = List.copyOf(destroy);
    }

    /** The kept names, in {@link #kept()} order. */
    public List<String> keptNames() {
        return kept.stream().map(KeptSnapshot::name).toList();
    }

    /**
     * Writes {@code {"keep":[{"name":…,"reasons":[…]}],"destroy":["name",…]}}, the shape of
     * {@code planb retention --json}. The generator is neither flushed nor closed.
     */
    public void writeJson(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("keep");
        for (KeptSnapshot snapshot : kept) {
            json.writeStartObject();
            json.writeStringField("name", snapshot.name());
            json.writeArrayFieldStart("reasons");
            for (String reason : snapshot.reasons()) {
                json.writeString(reason);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("destroy");
        for (String name : destroy) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** {@link #writeJson} as one line of text. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            writeJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
