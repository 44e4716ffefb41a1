package io.jenkins.plugins.planb.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailAddressesTest {

    @Test
    void splitsOnCommasAndSpaces() {
        assertThat(MailAddresses.split(" ops@example.com, backup-team@mail.example.org\nroot@localhost "))
                .containsExactly("ops@example.com", "backup-team@mail.example.org", "root@localhost");
        assertThat(MailAddresses.split(null)).isEmpty();
        assertThat(MailAddresses.split("  ")).isEmpty();
    }

    @Test
    void acceptsPlainAddresses() {
        assertThat(MailAddresses.check("ops@example.com, a.b+planb@x-y.example")).isEmpty();
        assertThat(MailAddresses.check("")).isEmpty();
    }

    @Test
    void namesTheBadAddressAndTheRule() {
        assertThat(MailAddresses.check("ops@example.com; dev@example.com")).contains(
                "'ops@example.com;' is not a mail address: " + MailAddresses.RULE);
        assertThat(MailAddresses.check("ops")).contains("'ops' is not a mail address: " + MailAddresses.RULE);
        assertThat(MailAddresses.check("ops@-bad-.com")).isPresent();
        assertThat(MailAddresses.check("Ops <ops@example.com>")).isPresent();
        assertThat(MailAddresses.check("a@b@c")).isPresent();
    }
}
