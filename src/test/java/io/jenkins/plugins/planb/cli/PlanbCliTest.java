package io.jenkins.plugins.planb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.run.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's contract without running a backup: exit codes, usage and configuration errors, retention. */
class PlanbCliTest {

    @TempDir
    Path dir;

    private Path config(String yaml) throws IOException {
        Path file = dir.resolve("planb.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private String validConfig() {
        return """
                storage:
                  directory: { path: %s }
                stateDir: %s
                groups:
                  - name: acme
                    hosts:
                      - name: web01
                        transport: local
                        root: /srv
                """.formatted(dir.resolve("store"), dir.resolve("state"));
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        CliRun run = CliRun.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate", "backup", "status", "stale", "report", "snapshots", "prune",
                "restore", "history", "retention", "hostkey", "first-run", "import", "export", "metrics", "zabbix");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a command is required");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertThat(CliRun.run("bogus").exitCode()).isEqualTo(2);
        CliRun run = CliRun.run("backup", "--no-such-option", "acme/web01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
        assertThat(CliRun.run("backup").exitCode()).as("backup needs a host").isEqualTo(2);
    }

    @Test
    void aConfigurationErrorExitsTwoAndNamesTheField() throws IOException {
        Path file = config(validConfig().replace("root: /srv", "root: relative/path"));

        CliRun run = CliRun.run("-c", file.toString(), "validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("configuration error in " + file).contains("groups[0].hosts[0].root");
    }

    @Test
    void validateJsonListsEveryErrorWithItsPath() throws IOException {
        Path file = config(validConfig().replace("root: /srv", "root: relative/path"));

        CliRun run = CliRun.run("-c", file.toString(), "validate", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        Map<String, Object> json = JsonTree.object(run.out());
        assertThat(json).containsEntry("valid", false);
        assertThat(list(json.get("errors"))).anySatisfy(error ->
                assertThat(((Map<?, ?>) error).get("path")).isEqualTo("groups[0].hosts[0].root"));
    }

    @Test
    void aValidConfigurationValidates() throws IOException {
        CliRun run = CliRun.run("-c", config(validConfig()).toString(), "validate");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("OK").contains("1 hosts");
    }

    @Test
    void theConfigurationComesFromTheEnvironmentWhenNotGiven() throws IOException {
        Path file = config(validConfig());

        CliRun run = CliRun.run(Map.of("PLANB_CONFIG", file.toString()), "", "validate");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(file.toString());
    }

    @Test
    void aMissingConfigurationIsAUsageErrorWithAHint() {
        CliRun run = CliRun.run(Map.of("PLANB_CONFIG", dir.resolve("none.yaml").toString()), "", "status");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.yaml").contains("first-run");
    }

    @Test
    void anUnknownHostIsAUsageError() throws IOException {
        CliRun run = CliRun.run("-c", config(validConfig()).toString(), "backup", "acme/nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown host 'acme/nope'").contains("acme/web01");
    }

    @Test
    void retentionJsonKeepsManualNamesWithTheReasonManual() {
        String names = "planb-20260101T000000Z\nplanb-20260102T000000Z\nplanb-20260102T120000Z\nbefore-upgrade\n";

        CliRun run = CliRun.run(Map.of(), names, "retention", "--policy", "1d", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(1);
        Map<String, Object> json = JsonTree.object(run.out());
        assertThat(json).containsOnlyKeys("keep", "destroy");
        assertThat(list(json.get("keep"))).contains(Map.of("name", "before-upgrade", "reasons", List.of("manual")));
        assertThat(list(json.get("keep"))).contains(
                Map.of("name", "planb-20260102T120000Z", "reasons", List.of("newest")));
        List<Object> all = new java.util.ArrayList<>();
        ((List<?>) json.get("keep")).forEach(k -> all.add(((Map<?, ?>) k).get("name")));
        all.addAll((List<?>) json.get("destroy"));
        assertThat(all).as("every name is kept or destroyed, once").containsExactlyInAnyOrder(
                "planb-20260101T000000Z", "planb-20260102T000000Z", "planb-20260102T120000Z", "before-upgrade");
    }

    @Test
    void retentionAsOfNowSetsLaterSnapshotsAside() {
        String names = "planb-20260101T000000Z\nplanb-20260301T000000Z\n";

        CliRun run = CliRun.run(Map.of(), names, "retention", "--policy", "", "--now", "2026-02-01T00:00:00Z", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = JsonTree.object(run.out());
        assertThat(list(json.get("keep"))).containsExactly(
                Map.of("name", "planb-20260101T000000Z", "reasons", List.of("newest")),
                Map.of("name", "planb-20260301T000000Z", "reasons", List.of("after-now")));
        assertThat(list(json.get("destroy"))).isEmpty();
    }

    @Test
    void retentionRefusesABadPolicyOrTimeAsUsageErrors() {
        CliRun badPolicy = CliRun.run(Map.of(), "", "retention", "--policy", "3x");
        assertThat(badPolicy.exitCode()).isEqualTo(2);
        assertThat(badPolicy.err()).contains("--policy");

        CliRun badNow = CliRun.run(Map.of(), "", "retention", "--policy", "1d", "--now", "yesterday");
        assertThat(badNow.exitCode()).isEqualTo(2);
        assertThat(badNow.err()).contains("--now");

        assertThat(CliRun.run(Map.of(), "", "retention").exitCode()).as("--policy is required").isEqualTo(2);
    }

    @Test
    void retentionRefusesANameGivenTwice() {
        CliRun run = CliRun.run(Map.of(), "planb-20260101T000000Z\nplanb-20260101T000000Z\n", "retention", "--policy", "1d");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("twice");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
