package io.jenkins.plugins.planb.core.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replacing a file so that readers see either the old or the new content, never half of it:
 * write a temporary file next to it, then rename it over the target. Used for the run records
 * and the known_hosts file, which other processes read while PlanB writes.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * Writes {@code content} (UTF-8) into {@code temporary}, gives it {@code permissions} when not
     * {@code null}, and renames it onto {@code target}. The caller picks {@code temporary}; it
     * must be in the target's directory (a rename across filesystems is not atomic), and it is
     * gone afterwards whatever happens.
     */
    public static void replace(Path target, Path temporary, String content, Set<PosixFilePermission> permissions)
            throws IOException {
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            if (permissions != null) {
                Files.setPosixFilePermissions(temporary, permissions);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some filesystems cannot rename atomically; a plain replace is the best left.
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
