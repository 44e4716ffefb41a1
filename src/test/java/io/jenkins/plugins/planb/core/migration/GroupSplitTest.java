package io.jenkins.plugins.planb.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupSplitTest {

    @Test
    void oneDashIsOneSplit() throws ConfexportException {
        assertThat(GroupSplit.split(List.of("acme-web01", "local-desktop"), Set.of())).isEqualTo(Map.of(
                "acme-web01", new GroupSplit.Split("acme", "web01", null),
                "local-desktop", new GroupSplit.Split("local", "desktop", null)));
    }

    @Test
    void aGroupSeenElsewhereDecidesAndSaysSo() throws ConfexportException {
        GroupSplit.Split split = GroupSplit.split(List.of("acme-web01", "acme-db-01"), Set.of()).get("acme-db-01");
        assertThat(split.group()).isEqualTo("acme");
        assertThat(split.fileset()).isEqualTo("db-01");
        assertThat(split.inferred()).isEqualTo("split as group 'acme', fileset 'db-01', the only group of the file "
                + "that fits; if that is wrong, name the group with --group");
    }

    @Test
    void aGivenGroupDecidesWithoutANote() throws ConfexportException {
        Map<String, GroupSplit.Split> splits = GroupSplit.split(
                List.of("acme-web01", "acme-corp-web-01", "acme-db-01"), Set.of("acme-corp"));
        assertThat(splits.get("acme-corp-web-01")).isEqualTo(new GroupSplit.Split("acme-corp", "web-01", null));
        assertThat(splits.get("acme-web01")).isEqualTo(new GroupSplit.Split("acme", "web01", null));
        assertThat(splits.get("acme-db-01").group()).as("acme is known from acme-web01").isEqualTo("acme");
        assertThat(splits.get("acme-db-01").inferred()).isNotNull();
    }

    @Test
    void aGivenGroupIsAHintNotTheWholeList() throws ConfexportException {
        assertThat(GroupSplit.split(List.of("local-desktop", "ossoweb-prod-www1"), Set.of("ossoweb-prod")))
                .containsEntry("local-desktop", new GroupSplit.Split("local", "desktop", null))
                .containsEntry("ossoweb-prod-www1", new GroupSplit.Split("ossoweb-prod", "www1", null));
    }

    @Test
    void whatCannotBeToldApartIsOneErrorListingEveryWay() {
        assertThatThrownBy(() -> GroupSplit.split(
                List.of("acme-web01", "ossoweb-prod-www1", "nodash", "a-b-c", "a-b-x"), Set.of()))
                .isInstanceOf(ConfexportException.class)
                .hasMessage("""
                        cannot tell the host group from the fileset name in 4 headers (confexport writes \
                        '<group>-<name>' and either may contain '-'):
                          'ossoweb-prod-www1' can be group 'ossoweb' with fileset 'prod-www1' or group 'ossoweb-prod' with fileset 'www1'
                          'nodash' is not '<group>-<name>': it has no '-' between two names
                          'a-b-c' can be group 'a' with fileset 'b-c' or group 'a-b' with fileset 'c'
                          'a-b-x' can be group 'a' with fileset 'b-x' or group 'a-b' with fileset 'x'
                        name the PlanB host groups with --group GROUP (once per group, or comma-separated)""");
    }

    @Test
    void twoGivenGroupsThatBothFitAreNamed() {
        assertThatThrownBy(() -> GroupSplit.split(List.of("a-b-c"), Set.of("a", "a-b")))
                .hasMessageContaining("'a-b-c' can be group 'a' with fileset 'b-c' or group 'a-b' with fileset 'c' "
                        + "(the groups 'a', 'a-b' all fit)");
    }

    @Test
    void dashesAtTheEndsAreNoSplit() {
        assertThat(GroupSplit.candidates("-a-")).isEmpty();
        assertThat(GroupSplit.candidates("acme--x")).containsExactly(
                new GroupSplit.Split("acme", "-x", null), new GroupSplit.Split("acme-", "x", null));
    }
}
