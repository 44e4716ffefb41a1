package io.jenkins.plugins.planb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.restore.RestoreTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planb restore} and {@code planb history}: arguments checked before anything is read or written. */
class RestoreArgumentsTest {

    @TempDir
    Path dir;

    private Path config() throws IOException {
        Path file = dir.resolve("planb.yaml");
        Files.writeString(file, """
                storage:
                  directory: { path: %s }
                stateDir: %s
                groups:
                  - name: acme
                    hosts:
                      - name: web01
                        transport: local
                        root: /srv
                """.formatted(dir.resolve("store"), dir.resolve("state")));
        return file;
    }

    @Test
    void exactlyOneTargetIsNeeded() {
        assertThatThrownBy(() -> RestoreCommand.target(null, false, null, false)).isInstanceOf(UsageException.class)
                .hasMessage("give --to DIR (an empty or new directory here) or --to-host (back onto the host)");
        assertThatThrownBy(() -> RestoreCommand.target(dir, true, null, false))
                .hasMessage("--to and --to-host exclude each other: restore here or onto the host");
    }

    @Test
    void hostOptionsNeedToHost() {
        assertThatThrownBy(() -> RestoreCommand.target(dir, false, "/srv", false))
                .hasMessage("--to-host-path: only with --to-host");
        assertThatThrownBy(() -> RestoreCommand.target(dir, false, null, true))
                .hasMessageStartingWith("--overwrite: only with --to-host");
        assertThatThrownBy(() -> RestoreCommand.target(null, true, "relative/dir", false))
                .hasMessage("--to-host-path: 'relative/dir' must be an absolute path");
    }

    @Test
    void targetsAreMadeAbsolute() throws UsageException {
        assertThat(RestoreCommand.target(Path.of("restored"), false, null, false))
                .isEqualTo(new RestoreTarget.LocalDirectory(Path.of("restored").toAbsolutePath()));
        assertThat(RestoreCommand.target(null, true, null, true)).isEqualTo(new RestoreTarget.OnHost(null));
        assertThat(((RestoreTarget.OnHost) RestoreCommand.target(null, true, null, false)).originalPlace()).isTrue();
    }

    @Test
    void wrongArgumentsExitTwoAndWriteNothing() throws IOException {
        Path config = config();
        Path target = dir.resolve("target");

        CliRun neither = CliRun.run("-c", config.toString(), "restore", "acme/web01", "--snapshot", "x");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("give --to DIR");

        CliRun noSnapshot = CliRun.run("-c", config.toString(), "restore", "acme/web01", "--to", target.toString());
        assertThat(noSnapshot.exitCode()).isEqualTo(2);
        assertThat(noSnapshot.err()).contains("--snapshot");

        CliRun unknownHost = CliRun.run("-c", config.toString(), "restore", "acme/web02", "--snapshot", "x", "--to",
                target.toString());
        assertThat(unknownHost.exitCode()).isEqualTo(2);
        assertThat(unknownHost.err()).contains("unknown host 'acme/web02'").contains("acme/web01");

        CliRun escaping = CliRun.run("-c", config.toString(), "restore", "acme/web01", "--snapshot", "x", "--path",
                "../etc", "--to", target.toString());
        assertThat(escaping.exitCode()).isEqualTo(2);
        assertThat(escaping.err()).contains("--path: '../etc' contains '..'");

        CliRun noSnapshots = CliRun.run("-c", config.toString(), "restore", "acme/web01", "--snapshot", "x", "--to",
                target.toString());
        assertThat(noSnapshots.exitCode()).isEqualTo(2);
        assertThat(noSnapshots.err()).contains("acme/web01 has no snapshots, so there is no 'x'");

        assertThat(target).doesNotExist();
    }

    @Test
    void aTargetThatIsNotEmptyIsRefusedNamingTheRule() throws IOException {
        Path target = Files.createDirectories(dir.resolve("full"));
        Files.writeString(target.resolve("keep-me"), "mine");

        CliRun run = CliRun.run("-c", config().toString(), "restore", "acme/web01", "--snapshot", "x", "--to",
                target.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--to: " + target + " is not empty; the target must be an empty directory or "
                + "not exist yet");
        assertThat(target.resolve("keep-me")).hasContent("mine");
    }

    @Test
    void historyNeedsAPathInsideTheRootAndAKnownHost() throws IOException {
        Path config = config();
        CliRun outside = CliRun.run("-c", config.toString(), "history", "acme/web01", "/etc/passwd");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("PATH: '/etc/passwd' is not below the host's root /srv");

        CliRun unknownGroup = CliRun.run("-c", config.toString(), "history", "nope/web01", "x");
        assertThat(unknownGroup.exitCode()).isEqualTo(2);
        assertThat(unknownGroup.err()).contains("unknown host 'nope/web01'");

        CliRun noSnapshots = CliRun.run("-c", config.toString(), "history", "acme/web01", "x");
        assertThat(noSnapshots.exitCode()).isEqualTo(2);
        assertThat(noSnapshots.err()).contains("acme/web01 has no snapshots");

        assertThat(CliRun.run("-c", config.toString(), "history", "acme/web01").exitCode()).as("PATH is required")
                .isEqualTo(2);
    }

    @Test
    void whileTheHostIsBeingBackedUpRestoreAndHistoryExitFour() throws IOException {
        Path config = config();
        var lock = io.jenkins.plugins.planb.core.run.HostLock.inStateDir(dir.resolve("state"))
                .tryLock(new io.jenkins.plugins.planb.core.config.HostId("acme", "web01"));
        assertThat(lock).isPresent();
        try (var held = lock.get()) {
            CliRun restore = CliRun.run("-c", config.toString(), "restore", "acme/web01", "--snapshot", "x", "--to",
                    dir.resolve("target").toString());
            assertThat(restore.exitCode()).isEqualTo(4);
            assertThat(restore.err()).contains("acme/web01 is being backed up; restore it later");
            CliRun history = CliRun.run("-c", config.toString(), "history", "acme/web01", "x");
            assertThat(history.exitCode()).isEqualTo(4);
            assertThat(history.err()).contains("acme/web01 is being backed up");
        }
        assertThat(dir.resolve("target")).doesNotExist();
    }
}
