package io.jenkins.plugins.planb.core.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RestorePathTest {

    @Test
    void aRelativePathIsTakenBelowTheRootWithoutEmptyOrDotComponents() {
        assertThat(RestorePath.parse("--path", "etc/nginx", "/").relative()).isEqualTo("etc/nginx");
        assertThat(RestorePath.parse("--path", "./etc//nginx/", "/srv").relative()).isEqualTo("etc/nginx");
        assertThat(RestorePath.parse("--path", "-rf", "/").relative()).isEqualTo("-rf");
    }

    @Test
    void anAbsolutePathMustLieBelowTheHostsRoot() {
        assertThat(RestorePath.parse("--path", "/etc/nginx", "/").relative()).isEqualTo("etc/nginx");
        assertThat(RestorePath.parse("--path", "/srv/www/index.html", "/srv").relative()).isEqualTo("www/index.html");
        assertThat(RestorePath.parse("--path", "/srv/www", "/srv/").relative()).isEqualTo("www");
        assertThatThrownBy(() -> RestorePath.parse("--path", "/etc/passwd", "/srv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--path: '/etc/passwd' is not below the host's root /srv; give the path relative to the "
                        + "root, or absolute below it");
        assertThatThrownBy(() -> RestorePath.parse("--path", "/srvx/a", "/srv")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noneOrTheRootItselfIsTheWholeSnapshot() {
        assertThat(RestorePath.parse("--path", null, "/")).isEqualTo(RestorePath.WHOLE);
        assertThat(RestorePath.parse("--path", "", "/")).isEqualTo(RestorePath.WHOLE);
        assertThat(RestorePath.parse("--path", ".", "/")).isEqualTo(RestorePath.WHOLE);
        assertThat(RestorePath.parse("--path", "/", "/")).isEqualTo(RestorePath.WHOLE);
        assertThat(RestorePath.parse("--path", "/srv", "/srv")).isEqualTo(RestorePath.WHOLE);
        assertThat(RestorePath.parse("--path", "/srv/", "/srv")).isEqualTo(RestorePath.WHOLE);
    }

    @Test
    void dotDotAndNulAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> RestorePath.parse("--path", "etc/../../root", "/"))
                .hasMessage("--path: 'etc/../../root' contains '..'; the path must stay inside the snapshot");
        assertThatThrownBy(() -> RestorePath.parse("PATH", "..", "/")).hasMessageStartingWith("PATH: '..'");
        assertThatThrownBy(() -> RestorePath.parse("--path", "a\0b", "/")).hasMessageContaining("NUL");
        assertThat(RestorePath.parse("--path", "a..b/..c", "/").relative()).as("only a whole '..' component").isEqualTo("a..b/..c");
    }

    @Test
    void nameParentAndPlaceUnderADirectory() {
        RestorePath path = new RestorePath("etc/nginx/nginx.conf");
        assertThat(path.name()).isEqualTo("nginx.conf");
        assertThat(path.parent()).isEqualTo(new RestorePath("etc/nginx"));
        assertThat(new RestorePath("etc").parent()).isEqualTo(RestorePath.WHOLE);
        assertThat(path.under("/")).isEqualTo("/etc/nginx/nginx.conf");
        assertThat(path.under("/srv/")).isEqualTo("/srv/etc/nginx/nginx.conf");
        assertThat(RestorePath.WHOLE.under("/srv/")).isEqualTo("/srv");
        assertThat(RestorePath.WHOLE.under("/")).isEqualTo("/");
    }
}
