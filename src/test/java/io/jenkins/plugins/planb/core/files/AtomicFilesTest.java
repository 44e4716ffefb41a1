package io.jenkins.plugins.planb.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheContentWithTheGivenPermissionsAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("known_hosts"), "old\n");
        AtomicFiles.replace(target, dir.resolve(".known_hosts.tmp"), "new\n", PosixFilePermissions.fromString("rw-------"));

        assertThat(target).hasContent("new");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(target);
        }
    }

    @Test
    void aFailedRenameKeepsTheOldFileAndRemovesTheTemporary() throws IOException {
        Path target = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(target.resolve("inside"), "x");
        Path temporary = dir.resolve(".busy.tmp");

        assertThatThrownBy(() -> AtomicFiles.replace(target, temporary, "new", null)).isInstanceOf(IOException.class);

        assertThat(target.resolve("inside")).hasContent("x");
        assertThat(temporary).doesNotExist();
    }
}
