package io.jenkins.plugins.planb.core.versions;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a file or directory as a snapshot holds it. Two snapshots hold the same version
 * when these values are equal ({@link #equals}).
 *
 * @param type      what it is
 * @param size      a file's size; a directory's total size of the regular files below it; a symlink's target length
 * @param modified  its modification time
 * @param sha256    a file's SHA-256 (hex); {@code null} for other types, or when it could not be read
 * @param entries   a directory's number of entries below it, at any depth; {@code -1} for other types
 * @param treeDigest a directory's SHA-256 (hex) over the names, types, sizes and modification times below it
 *                  (metadata only, no contents), so a rename or a touched file is a new version; {@code null}
 *                  for other types
 * @param linkTarget a symlink's target; {@code null} for other types
 * @param unreadable why its contents could not be read (e.g. "permission denied"); {@code null} when read
 */
public record PathVersion(Type type, long size, Instant modified, String sha256, long entries, String treeDigest,
        String linkTarget, String unreadable) {

    /** What a path is in a snapshot. */
    public enum Type {
        FILE("file"), DIRECTORY("dir"), SYMLINK("symlink"), SPECIAL("special");

        private final String word;

        Type(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public PathVersion {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modified, "modified");
    }

    static PathVersion file(long size, Instant modified, String sha256, String unreadable) {
        return new PathVersion(Type.FILE, size, modified, sha256, -1, null, null, unreadable);
    }

    static PathVersion directory(long totalSize, Instant modified, long entries, String treeDigest, String unreadable) {
        return new PathVersion(Type.DIRECTORY, totalSize, modified, null, entries, treeDigest, null, unreadable);
    }

    static PathVersion symlink(String target, Instant modified) {
        return new PathVersion(Type.SYMLINK, target.length(), modified, null, -1, null, target, null);
    }

    static PathVersion special(Instant modified) {
        return new PathVersion(Type.SPECIAL, 0, modified, null, -1, null, null, null);
    }
}
