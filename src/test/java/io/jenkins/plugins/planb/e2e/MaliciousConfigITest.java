package io.jenkins.plugins.planb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.testing.SshServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Configuration values built to run a command if they ever reached a shell or an option parser:
 * {@code planb validate} and {@code planb backup} must both refuse them with exit 2 and a message
 * naming the field, and the marker file the payload would create must never appear. The host
 * otherwise points at a real, reachable sshd, so a value that slipped through would really run.
 */
class MaliciousConfigITest {

    @RegisterExtension
    static final SshServerExtension SSH = new SshServerExtension();

    /** {@code MARKER} in a value is replaced by the path of the file the payload would create. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            address        | -oProxyCommand=touch MARKER
            address        | 127.0.0.1 -oProxyCommand=touch${IFS}MARKER
            address        | $(touch MARKER)
            user           | -oProxyCommand=touch MARKER
            user           | root$(touch MARKER)
            root           | /$(touch MARKER)
            root           | /tmp/`touch MARKER`
            root           | /tmp\\n$(touch MARKER)
            include        | `touch MARKER`
            include        | etc\\ntouch MARKER
            include        | $(touch MARKER)
            exclude        | $(touch MARKER)
            exclude        | cache`touch MARKER`
            identityFile   | /tmp/key\\nProxyCommand touch MARKER
            knownHostsFile | /tmp/known\\nProxyCommand touch MARKER
            """)
    void rejectedByValidateAndBackupAndNeverExecuted(String field, String template, @TempDir Path work) throws Exception {
        Path marker = work.resolve("pwned");
        String value = template.replace("MARKER", marker.toString()).replace("\\n", "\n");
        Path source = Files.createDirectories(work.resolve("source"));
        E2eConfig config = E2eConfig.directoryStorage(work.resolve("store"), work.resolve("state"))
                .sshHost("target", SSH.port(), SSH.user(), SSH.clientKey(), SSH.knownHosts(), source);
        config.set(field, field.equals("include") || field.equals("exclude") ? List.of(value) : value);
        Path configFile = config.writeTo(work.resolve("planb.yaml"));

        ExternalProcess.Result validate = PlanbCommand.run(configFile, "validate");
        ExternalProcess.Result backup = PlanbCommand.run(configFile, "backup", config.hostId(), "--json");

        for (ExternalProcess.Result result : List.of(validate, backup)) {
            assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
            assertThat(result.stdoutText() + result.stderrText()).as(result.describe()).contains(field);
        }
        assertThat(marker).as("the payload's marker file").doesNotExist();
        assertThat(work.resolve("store").resolve(E2eConfig.GROUP)).as("nothing stored").doesNotExist();
    }
}
