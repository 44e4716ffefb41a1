package io.jenkins.plugins.planb.core.restore;

import io.jenkins.plugins.planb.core.config.HostSpec;
import java.util.Objects;

/**
 * One restore: snapshot {@code snapshot} of {@code host}, or only {@code path} inside it, to
 * {@code target}.
 *
 * @param overwrite replace files that exist on the host (only with {@link RestoreTarget.OnHost});
 *                  nothing is ever deleted
 * @param dryRun    list what would be written, write nothing
 */
public record RestoreRequest(HostSpec host, String snapshot, RestorePath path, RestoreTarget target, boolean overwrite,
        boolean dryRun) {

    public RestoreRequest {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(target, "target");
        if (overwrite && !(target instanceof RestoreTarget.OnHost)) {
            throw new IllegalArgumentException("--overwrite: only with --to-host; --to needs an empty directory, so "
                    + "there is nothing to overwrite");
        }
    }
}
