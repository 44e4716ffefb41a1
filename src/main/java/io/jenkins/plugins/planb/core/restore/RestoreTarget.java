package io.jenkins.plugins.planb.core.restore;

import java.nio.file.Path;

/** Where a restore writes. */
public sealed interface RestoreTarget {

    /**
     * A directory on this (the storage) machine that is empty or does not exist yet: a restore
     * never mixes with other files there.
     */
    record LocalDirectory(Path directory) implements RestoreTarget {}

    /**
     * Back onto the host, reached as a backup reaches it.
     *
     * @param directory an absolute directory on the host; {@code null} for the original place
     *                  (the host's root joined with the restored path)
     */
    record OnHost(String directory) implements RestoreTarget {

        public OnHost {
            if (directory != null && !directory.startsWith("/")) {
                throw new IllegalArgumentException("--to-host-path: '" + directory + "' must be an absolute path");
            }
            if (directory != null && directory.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("--to-host-path: must not contain a NUL character");
            }
        }

        public boolean originalPlace() {
            return directory == null;
        }
    }
}
