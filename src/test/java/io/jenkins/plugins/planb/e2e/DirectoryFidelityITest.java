package io.jenkins.plugins.planb.e2e;

import io.jenkins.plugins.planb.testing.SshServerExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link FidelityScenario} into directory storage (hard-linked snapshot directories), ACLs included. */
class DirectoryFidelityITest extends FidelityScenario {

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
    StoredSnapshots snapshots(Path work) {
        return new StoredSnapshots.Directory(work.resolve("store").resolve(E2eConfig.GROUP).resolve("awkward"));
    }

    @Override
    boolean keepsAcls() {
        return true;
    }

    @Override
    TreeComparator comparator() {
        return TreeComparator.everything();
    }
}
