package io.jenkins.plugins.planb.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RsyncFiltersTest {

    /** PlanB's default includes (research/planb.md §2.5) and the list PlanB made of them, anchored. */
    @Test
    void expandsPlanbsDefaultIncludesAsPlanbDidButAnchored() {
        List<String> defaults = List.of("data", "etc", "home", "root", "srv", "usr/local/bin", "var/backups",
                "var/lib/dpkg/status*", "var/lib/psdiff.db*", "var/log/auth*", "var/spool/cron", "var/www");

        assertThat(RsyncFilters.expandedIncludes(defaults)).containsExactly(
                "/data/***", "/etc/***", "/home/***", "/root/***", "/srv/***", "/usr/", "/usr/local/",
                "/usr/local/bin/***", "/var/", "/var/backups/***", "/var/lib/", "/var/lib/dpkg/",
                "/var/lib/dpkg/status*", "/var/lib/psdiff.db*", "/var/log/", "/var/log/auth*", "/var/spool/",
                "/var/spool/cron/***", "/var/www/***");
    }

    @Test
    void normalisesSlashesAndDeduplicates() {
        assertThat(RsyncFilters.expandedIncludes(List.of("/etc/", "etc", "./etc//ssh", "a b/c d")))
                .containsExactly("/a b/", "/a b/c d/***", "/etc/", "/etc/***", "/etc/ssh/***");
    }

    @Test
    void excludesWithASlashAreAnchoredBareNamesMatchAnywhere() {
        assertThat(RsyncFilters.anchoredExclude("e", "var/www/cache")).isEqualTo("/var/www/cache");
        assertThat(RsyncFilters.anchoredExclude("e", "/tmp")).isEqualTo("/tmp");
        assertThat(RsyncFilters.anchoredExclude("e", "*.tmp")).isEqualTo("*.tmp");
        assertThat(RsyncFilters.anchoredExclude("e", ".cache/")).isEqualTo(".cache/");
        assertThat(RsyncFilters.anchoredExclude("e", "var/tmp/")).isEqualTo("/var/tmp/");
    }

    @Test
    void excludesComeFirstAndEverythingElseIsDroppedLast() {
        assertThat(RsyncFilters.arguments("/srv", List.of("www"), List.of("www/cache", "*.swp"))).containsExactly(
                "--exclude=/www/cache", "--exclude=*.swp", "--include=/www/***", "--exclude=*");
    }

    @Test
    void withoutIncludesEverythingGoesAndOnlyAWholeSystemRootSkipsPseudoFilesystems() {
        assertThat(RsyncFilters.arguments("/srv", List.of(), List.of())).isEmpty();
        assertThat(RsyncFilters.arguments("/", List.of(), List.of()))
                .containsExactly("--exclude=/dev/*", "--exclude=/proc/*", "--exclude=/run/*", "--exclude=/sys/*");
        assertThat(RsyncFilters.arguments("/", List.of("etc"), List.of())).containsExactly("--include=/etc/***", "--exclude=*");
    }

    @Test
    void refusesPathsOutsideTheRootNamingTheField() {
        assertThatThrownBy(() -> RsyncFilters.arguments("/", List.of("etc", "../x"), List.of()))
                .hasMessageStartingWith("include[1]:");
        assertThatThrownBy(() -> RsyncFilters.arguments("/", List.of(), List.of("/")))
                .hasMessageStartingWith("exclude[0]:");
    }
}
