package io.jenkins.plugins.planb.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherCommandRunnerTest {

    @Test
    void aBareProgramIsLookedUpInTheBuildsPathThroughEnv() {
        assertThat(LauncherCommandRunner.argv(List.of("zfs", "list"), Map.of("PATH", "/usr/sbin:/usr/bin")))
                .containsExactly("/usr/bin/env", "zfs", "list");
    }

    @Test
    void withoutAPathOrWithAPathNameTheCommandIsRunAsItIs() {
        assertThat(LauncherCommandRunner.argv(List.of("zfs", "list"), null)).containsExactly("zfs", "list");
        assertThat(LauncherCommandRunner.argv(List.of("zfs", "list"), Map.of("LANG", "C"))).containsExactly("zfs", "list");
        assertThat(LauncherCommandRunner.argv(List.of("/sbin/zfs", "list"), Map.of("PATH", "/usr/sbin")))
                .containsExactly("/sbin/zfs", "list");
    }
}
