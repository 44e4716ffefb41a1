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

/** {@code planb report} and {@code planb stale} as commands: their arguments and usage errors, on an empty storage. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private String config() throws IOException {
        Path file = dir.resolve("planb.yaml");
        Files.writeString(file, """
                storage:
                  directory: { path: %s }
                stateDir: %s
                groups:
                  - name: acme
                    hosts:
                      - { name: web01, transport: local, root: /srv }
                  - name: beta
                    hosts:
                      - { name: db01, transport: local, root: /srv }
                """.formatted(dir.resolve("store"), dir.resolve("state")));
        return file.toString();
    }

    @Test
    void unknownGroupsAreAUsageErrorNamingTheKnownOnesWithNothingOnStdout() throws IOException {
        CliRun run = CliRun.run("-c", config(), "report", "acme", "nope", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown group 'nope'").contains("known groups: acme, beta");
    }

    @Test
    void aBadPeriodOrFormatIsAUsageError() throws IOException {
        for (String[] arguments : List.of(new String[] {"--since", "a month"}, new String[] {"--since", "0"},
                new String[] {"--format", "pdf"})) {
            String[] argv = new String[] {"-c", config(), "report", arguments[0], arguments[1]};
            CliRun run = CliRun.run(argv);
            assertThat(run.exitCode()).as("%s %s", arguments[0], arguments[1]).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains(arguments[0]).contains("'" + arguments[1] + "'");
        }
    }

    @Test
    void jsonIsAlsoAskedForWithJsonAsByEveryCommand() throws IOException {
        CliRun json = CliRun.run("-c", config(), "report", "--json");
        CliRun both = CliRun.run("-c", config(), "report", "--json", "--format", "json");
        CliRun conflict = CliRun.run("-c", config(), "report", "--json", "--format", "html");

        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(JsonTree.object(json.out())).containsKey("groups");
        assertThat(both.exitCode()).isZero();
        assertThat(conflict.exitCode()).isEqualTo(2);
        assertThat(conflict.out()).isEmpty();
        assertThat(conflict.err()).contains("--json").contains("--format html");
    }

    @Test
    void theGroupsNamedAreReportedInTheOrderGivenOverTheChosenPeriod() throws IOException {
        CliRun run = CliRun.run("-c", config(), "report", "beta", "acme", "beta", "--since", "1d12h", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = JsonTree.object(run.out());
        assertThat(json).containsEntry("period", "1d12h").containsEntry("periodSeconds", 129_600L);
        List<Object> names = ((List<?>) json.get("groups")).stream().map(group -> ((Map<?, ?>) group).get("name"))
                .map(Object.class::cast).toList();
        assertThat(names).containsExactly("beta", "acme");
    }

    @Test
    void everyFormatWorksOnAStorageThatHoldsNothingYet() throws IOException {
        String config = config();
        CliRun text = CliRun.run("-c", config, "report");
        CliRun html = CliRun.run("-c", config, "report", "--format", "html");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("acme: 1 host, 1 without a backup").contains("never run");
        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }

    @Test
    void staleOnAStorageThatDoesNotExistYetFindsNothing() throws IOException {
        CliRun text = CliRun.run("-c", config(), "stale");
        CliRun json = CliRun.run("-c", config(), "stale", "--json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Nothing stale under " + dir.resolve("store"));
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).isEmpty();
    }
}
