package io.jenkins.plugins.planb.core.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.HostId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a restore checks before it writes anything. */
class RestorerChecksTest {

    private static final HostId HOST = new HostId("acme", "web01");

    @TempDir
    Path dir;

    @Test
    void anUnknownSnapshotIsRefusedNamingTheSnapshotsThereAre() {
        assertThatThrownBy(() -> Restorer.requireSnapshot(List.of("planb-20260101T000000Z", "before-upgrade"), HOST, "nope"))
                .isInstanceOf(RestoreRefused.class)
                .hasMessage("--snapshot: 'nope' is not a snapshot of acme/web01; its snapshots: planb-20260101T000000Z, "
                        + "before-upgrade");
        assertThatThrownBy(() -> Restorer.requireSnapshot(List.of(), HOST, "nope"))
                .hasMessage("--snapshot: acme/web01 has no snapshots, so there is no 'nope'");
        assertThatCode(() -> Restorer.requireSnapshot(List.of("before-upgrade"), HOST, "before-upgrade"))
                .doesNotThrowAnyException();
    }

    @Test
    void manySnapshotsAreNamedByTheNewest() {
        List<String> names = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            names.add(String.format("planb-202601%02dT000000Z", day));
        }
        assertThatThrownBy(() -> Restorer.requireSnapshot(names, HOST, "nope"))
                .hasMessageContaining("it has 20 snapshots, the newest: planb-20260113T000000Z, ")
                .hasMessageEndingWith("planb-20260120T000000Z ('planb snapshots acme/web01' lists all)")
                .message().doesNotContain("planb-20260112T000000Z");
    }

    @Test
    void theTargetMustBeAnEmptyDirectoryOrNotExist() throws Exception {
        assertThatCode(() -> Restorer.requireEmptyOrMissing(dir.resolve("new/deeper"))).doesNotThrowAnyException();
        assertThatCode(() -> Restorer.requireEmptyOrMissing(dir)).doesNotThrowAnyException();

        Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> Restorer.requireEmptyOrMissing(dir)).isInstanceOf(RestoreRefused.class)
                .hasMessage("--to: " + dir + " is not empty; the target must be an empty directory or not exist yet, "
                        + "so a restore never mixes with or overwrites other files");
        assertThatThrownBy(() -> Restorer.requireEmptyOrMissing(dir.resolve("file")))
                .hasMessage("--to: " + dir.resolve("file") + " exists and is not a directory; the target must be an "
                        + "empty directory or not exist yet");
        Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        assertThatThrownBy(() -> Restorer.requireEmptyOrMissing(dir.resolve("dangling")))
                .hasMessageContaining("exists and is not a directory");
    }

    @Test
    void theTargetMustNotLieInsideTheStorageAlsoThroughASymlink() throws Exception {
        Path storage = Files.createDirectories(dir.resolve("storage/acme/web01/.snapshots/planb-20260101T000000Z"));
        Path way = Files.createSymbolicLink(dir.resolve("way-in"), storage);

        String area = dir.resolve("storage").toString();
        assertThatThrownBy(() -> Restorer.requireOutsideStorage("--to", storage.resolve("new"), area))
                .isInstanceOf(RestoreRefused.class).hasMessage("--to: " + storage.resolve("new") + " is inside the "
                        + "storage (" + area + "); restoring there would change snapshots or a live copy");
        assertThatThrownBy(() -> Restorer.requireOutsideStorage("--to", way.resolve("a/b"), area))
                .hasMessageContaining("is inside the storage");
        assertThatThrownBy(() -> Restorer.requireOutsideStorage("--to-host", dir, area))
                .as("a local host's original place that holds the storage").hasMessageStartingWith("--to-host: " + dir + " holds the storage");
        assertThatCode(() -> Restorer.requireOutsideStorage("--to", dir.resolve("storage2/x"), area))
                .doesNotThrowAnyException();
    }
}
