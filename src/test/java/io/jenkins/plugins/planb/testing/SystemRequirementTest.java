package io.jenkins.plugins.planb.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class SystemRequirementTest {

    @Test
    void findsProgramsOnThePathAndInSbin() {
        assertThat(SystemRequirement.locate("sh")).isNotNull();
        assertThat(SystemRequirement.locate("planb-no-such-program-4711")).isNull();
    }

    @Test
    void aMissingProgramSkipsUnlessStrict() {
        assumeFalse(SystemRequirement.strict(), "strict mode turns this skip into a failure");
        assertThatThrownBy(() -> SystemRequirement.require("planb-no-such-program-4711", "testing"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("planb-no-such-program-4711")
                .hasMessageContaining("testing");
        assertThatThrownBy(() -> SystemRequirement.requireCommandWorks(List.of("false"), "testing"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("exit 1");
    }

    @Test
    void aWorkingCommandPasses() {
        SystemRequirement.requireCommandWorks(List.of("true"), "testing");
        assertThat(SystemRequirement.require("sh", "testing")).isAbsolute();
    }
}
