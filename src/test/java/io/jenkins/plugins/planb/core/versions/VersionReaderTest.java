package io.jenkins.plugins.planb.core.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.restore.RestorePath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one path's version out of snapshot trees with java.nio. */
class VersionReaderTest {

    @TempDir
    Path dir;

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileIsItsSizeTimeAndChecksumAndAHardLinkedCopyIsReadOnce() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first/etc"));
        Files.writeString(first.resolve("hosts"), "127.0.0.1 localhost\n");
        Files.setLastModifiedTime(first.resolve("hosts"), FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));
        Path second = Files.createDirectories(dir.resolve("second/etc"));
        Files.createLink(second.resolve("hosts"), first.resolve("hosts"));
        VersionReader reader = new VersionReader();

        PathVersion one = reader.read(dir.resolve("first"), new RestorePath("etc/hosts")).orElseThrow();
        PathVersion two = reader.read(dir.resolve("second"), new RestorePath("etc/hosts")).orElseThrow();

        assertThat(one).isEqualTo(PathVersion.file(20, Instant.parse("2026-01-02T03:04:05Z"),
                sha256("127.0.0.1 localhost\n"), null));
        assertThat(two).isEqualTo(one);
        assertThat(reader.filesRead()).as("the second snapshot shares the inode").isEqualTo(1);

        Files.delete(second.resolve("hosts"));
        Files.writeString(second.resolve("hosts"), "127.0.0.1 localhost\n"); // same contents, a new inode
        Files.setLastModifiedTime(second.resolve("hosts"), FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));
        assertThat(reader.read(dir.resolve("second"), new RestorePath("etc/hosts"))).contains(one);
        assertThat(reader.filesRead()).isEqualTo(2);
    }

    @Test
    void aDirectoryIsItsEntriesTotalSizeAndADigestThatSeesARename() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("snap/srv/sub"));
        Files.writeString(tree.resolve("a"), "aa");
        Files.writeString(tree.getParent().resolve("b"), "bbb");
        Files.createSymbolicLink(tree.resolve("link"), Path.of("a"));
        VersionReader reader = new VersionReader();

        PathVersion before = reader.read(dir.resolve("snap"), new RestorePath("srv")).orElseThrow();
        assertThat(before.type()).isEqualTo(PathVersion.Type.DIRECTORY);
        assertThat(before.entries()).as("sub, sub/a, sub/link, b").isEqualTo(4);
        assertThat(before.size()).as("regular files only").isEqualTo(5);
        assertThat(reader.filesRead()).as("no contents read for a directory").isZero();

        FileTime time = Files.getLastModifiedTime(tree);
        FileTime parentTime = Files.getLastModifiedTime(tree.getParent());
        Files.move(tree.resolve("a"), tree.resolve("c"));
        Files.setLastModifiedTime(tree, time);
        Files.setLastModifiedTime(tree.getParent(), parentTime);
        PathVersion after = reader.read(dir.resolve("snap"), new RestorePath("srv")).orElseThrow();
        assertThat(after.entries()).isEqualTo(4);
        assertThat(after.size()).isEqualTo(5);
        assertThat(after).as("a rename is a new version").isNotEqualTo(before);
    }

    @Test
    void aSymlinkIsItsTargetAndNothingBehindASymlinkIsRead() throws Exception {
        Path snapshot = Files.createDirectories(dir.resolve("snap"));
        Files.createSymbolicLink(snapshot.resolve("etc"), dir.resolve("outside"));
        Files.createDirectories(dir.resolve("outside"));
        Files.writeString(dir.resolve("outside/passwd"), "not the snapshot's");
        VersionReader reader = new VersionReader();

        assertThat(reader.read(snapshot, new RestorePath("etc/passwd"))).isEmpty();
        assertThat(reader.read(snapshot, new RestorePath("etc")).orElseThrow().linkTarget())
                .isEqualTo(dir.resolve("outside").toString());
        assertThat(reader.read(snapshot, new RestorePath("missing"))).isEmpty();
    }
}
