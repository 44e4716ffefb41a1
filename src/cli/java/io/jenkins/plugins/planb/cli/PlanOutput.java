package io.jenkins.plugins.planb.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.planb.core.retention.KeptSnapshot;
import io.jenkins.plugins.planb.core.retention.RetentionPlan;
import java.io.IOException;
import java.io.PrintStream;

/** A retention plan for a person, and its JSON fields for {@code prune}. */
final class PlanOutput {

    private PlanOutput() {}

    /** {@code keep NAME (reasons)} lines, then {@code destroy NAME} lines. */
    static void printHuman(RetentionPlan plan, String destroyVerb, PrintStream out) {
        for (KeptSnapshot kept : plan.kept()) {
            out.println("keep     " + kept.name() + "  (" + String.join(", ", kept.reasons()) + ")");
        }
        for (String name : plan.destroy()) {
            out.println(destroyVerb + " " + name);
        }
    }

    /** The {@code keep} and {@code destroy} fields of an object already started. */
    static void writeFields(RetentionPlan plan, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("keep");
        for (KeptSnapshot kept : plan.kept()) {
            json.writeStartObject();
            json.writeStringField("name", kept.name());
            json.writeArrayFieldStart("reasons");
            for (String reason : kept.reasons()) {
                json.writeString(reason);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("destroy");
        for (String name : plan.destroy()) {
            json.writeString(name);
        }
        json.writeEndArray();
    }
}
