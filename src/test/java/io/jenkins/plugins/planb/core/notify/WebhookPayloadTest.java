package io.jenkins.plugins.planb.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.run.RunRecordJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

    @Test
    void carriesTheRunRecordWithGroupHostStateAndBuild() {
        RunRecord run = NotifyFixtures.run(3, Outcome.FAILED);
        String json = new String(WebhookPayload.toJson(run, StateChange.FAILED, HostSummary.State.FAILING,
                "https://jenkins.example.com/job/acme/job/web01/4/", Instant.parse("2026-03-01T06:00:00Z")),
                StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"event\":\"backup.completed\",\"change\":\"FAILED\",\"group\":\"acme\","
                + "\"host\":\"acme/web01\",\"state\":\"FAILING\","
                + "\"buildUrl\":\"https://jenkins.example.com/job/acme/job/web01/4/\","
                + "\"sentAt\":\"2026-03-01T06:00:00.000Z\",\"run\":" + RunRecordJson.toJson(run) + "}");
        assertThat(RunRecordJson.toJson(run)).contains("\"outcome\":\"FAILED\"");
    }

    @Test
    void noChangeAndNoUrlAreNull() {
        String json = new String(WebhookPayload.toJson(NotifyFixtures.run(0, Outcome.SUCCESS), StateChange.NONE,
                HostSummary.State.OK, null, Instant.EPOCH), StandardCharsets.UTF_8);
        assertThat(json).contains("\"change\":null").contains("\"buildUrl\":null").contains("\"state\":\"OK\"");
    }
}
