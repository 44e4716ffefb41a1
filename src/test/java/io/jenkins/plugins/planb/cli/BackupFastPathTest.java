package io.jenkins.plugins.planb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The picocli-free reading of a plain {@code backup} line agrees with picocli's, or declines. */
class BackupFastPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "backup a/b",
        "-c /etc/planb.yaml backup a/b c/d",
        "--config x.yaml backup --json a/b",
        "backup a/b --json -q c/d",
        "-c f backup --quiet a/b a/b",
    })
    void plainBackupLinesReadAsPicocliReadsThem(String line) {
        String[] args = line.split(" ");

        Optional<BackupFastPath.Parsed> fast = BackupFastPath.parse(args);

        assertThat(fast).isPresent();
        PlanbCli cli = new PlanbCli(new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream()), new ByteArrayInputStream(new byte[0]), Map.of());
        BackupCommand backup = new BackupCommand();
        new CommandLine(cli).addSubcommand("backup", backup).parseArgs(args);
        assertThat(fast.get().config()).isEqualTo(cli.configFile);
        assertThat(fast.get().hosts()).isEqualTo(backup.hosts);
        assertThat(fast.get().json()).isEqualTo(backup.json);
        assertThat(fast.get().quiet()).isEqualTo(backup.quiet);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "backup",
        "backup --help",
        "backup -h a/b",
        "backup --json",
        "backup -qj a/b",
        "--config=f backup a/b",
        "-cf backup a/b",
        "backup --no-such a/b",
        "status",
        "-c f status",
        "backup -- a/b",
    })
    void anythingElseIsLeftToPicocli(String line) {
        assertThat(BackupFastPath.parse(line.split(" "))).isEmpty();
    }

    @Test
    void theConfigurationFileIsAPath() {
        assertThat(BackupFastPath.parse(new String[] {"-c", "a b.yaml", "backup", "g/h"}))
                .get().extracting(BackupFastPath.Parsed::config, BackupFastPath.Parsed::hosts)
                .containsExactly(Path.of("a b.yaml"), List.of("g/h"));
    }
}
