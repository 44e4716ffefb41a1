package io.jenkins.plugins.planb.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Replays results of the original PlanB on random histories.
 *
 * <p>How {@code planb-differential-cases.json} was produced: {@code planb/storage/base.py} was
 * taken from the ossobv/planb repository (HEAD of the mirror, 2026), its {@code django.conf}
 * import satisfied by a one-line stub ({@code PLANB_PREFIX = 'planb'}), and run with
 * /usr/bin/python3 and Debian's python3-dateutil 2.8.2. A throwaway script made 400 random
 * histories (seed 20261120; 1–80 snapshots spaced hourly, daily, exponentially, in bursts within
 * one second or minute, months apart, some exactly on period boundaries; names in the minute and
 * the second form, some minutes in both; manual names; policies of 1–6 items with repeated letters,
 * counts 0–60, the empty policy and a trailing comma). Names were classified as
 * {@code SnapshotName} does, the own ones given as (datetime, name) tuples to PlanB's
 * {@code SnapshotRetentionManager}, and its {@code get_snapshots_to_keep()} recorded (then the
 * manual names). Where every own name was in PlanB's minute form, PlanB's own
 * {@code snapshot_rotate} (with its own name parsing) was checked to destroy the same names. The
 * same script agreed with this planner on 22,000 further cases that are not committed. PlanB's
 * code is not part of this repository.
 */
class PlanbDifferentialCasesTest {

    private record Case(String policy, List<String> names, List<String> keep, List<String> destroy) {
    }

    @Test
    void agreesWithTheOriginalPlanB() throws IOException {
        List<Case> cases = readCases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(400);
        SoftAssertions softly = new SoftAssertions();
        for (Case c : cases) {
            RetentionPlan plan = RetentionPlanner.plan(c.names(), RetentionPolicy.parse(c.policy()));
            softly.assertThat(plan.keptNames()).as("kept for policy '%s' over %s", c.policy(), c.names())
                    .isEqualTo(c.keep());
            softly.assertThat(plan.destroy()).as("destroyed for policy '%s' over %s", c.policy(), c.names())
                    .isEqualTo(c.destroy());
        }
        softly.assertAll();
    }

    private static List<Case> readCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = PlanbDifferentialCasesTest.class.getResourceAsStream("planb-differential-cases.json");
                JsonParser json = new JsonFactory().createParser(in)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("cases")) {
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        cases.add(readCase(json));
                    }
                } else {
                    json.skipChildren();
                }
            }
        }
        return cases;
    }

    private static Case readCase(JsonParser json) throws IOException {
        String policy = null;
        List<String> names = null;
        List<String> keep = null;
        List<String> destroy = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "policy" -> policy = json.getText();
                case "names" -> names = readStrings(json);
                case "keep" -> keep = readStrings(json);
                case "destroy" -> destroy = readStrings(json);
                default -> throw new IOException("unexpected field " + field);
            }
        }
        return new Case(policy, names, keep, destroy);
    }

    private static List<String> readStrings(JsonParser json) throws IOException {
        expect(json.currentToken(), JsonToken.START_ARRAY);
        List<String> values = new ArrayList<>();
        while (json.nextToken() == JsonToken.VALUE_STRING) {
            values.add(json.getText());
        }
        return values;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }
}
