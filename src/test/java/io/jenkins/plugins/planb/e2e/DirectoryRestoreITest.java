package io.jenkins.plugins.planb.e2e;

import io.jenkins.plugins.planb.testing.SshServerExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RestoreScenario} from directory storage (hard-linked snapshot directories), ACLs included. */
class DirectoryRestoreITest extends RestoreScenario {

    @RegisterExtension
    static final SshServerExtension SSH = new SshServerExtension();

    @Override
    SshServerExtension ssh() {
        return SSH;
    }

    @Override
    E2eConfig storage(Path work) {
        return E2eConfig.directoryStorage(work.resolve("store"), work.resolve("state"));
    }

    @Override
    boolean keepsAcls() {
        return true;
    }

    @Override
    TreeComparator comparator() {
        return TreeComparator.everything();
    }

    @Override
    void renameSnapshot(E2eConfig config, String host, String from, String to) {
        Path snapshots = config.directory().resolve(E2eConfig.GROUP).resolve(host).resolve(".snapshots");
        ExternalProcess.run(List.of("mv", "-T", snapshots.resolve(from).toString(), snapshots.resolve(to).toString()))
                .orThrow();
    }

    /** Directory storage reads snapshots in place: a restore leaves nothing in it. */
    @Override
    List<String> leftovers(E2eConfig config, String host) {
        Path snapshots = config.directory().resolve(E2eConfig.GROUP).resolve(host).resolve(".snapshots");
        return ExternalProcess.run(List.of("find", snapshots.toString(), "-mindepth", "1", "-maxdepth", "1",
                "!", "-name", "planb-*")).orThrow().stdoutText().lines().toList();
    }

    /** There is no live copy: each run writes a new snapshot directory. */
    @Override
    void tamperWithLiveCopy(E2eConfig config, String host, String relative, String content) {}
}
