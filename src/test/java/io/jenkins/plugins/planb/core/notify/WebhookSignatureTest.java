package io.jenkins.plugins.planb.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "hello".getBytes(StandardCharsets.UTF_8);

    /** The value {@code printf hello | openssl dgst -sha256 -hmac secret} prints, as docs/jenkins.md verifies it. */
    @Test
    void isTheHmacSha256ThatOpensslComputes() {
        assertThat(WebhookSignature.sign("secret", BODY))
                .isEqualTo("sha256=88aab3ede8d3adf94d26ab90d3bafd4a2083070c3bcce9c014ee04a443847c0b");
    }

    @Test
    void verifiesOnlyTheSameBodyUnderTheSameSecret() {
        String header = WebhookSignature.sign("secret", BODY);
        assertThat(WebhookSignature.verify("secret", BODY, header)).isTrue();
        assertThat(WebhookSignature.verify("secret", BODY, " " + header + "\r")).isTrue();
        assertThat(WebhookSignature.verify("other", BODY, header)).isFalse();
        assertThat(WebhookSignature.verify("secret", "hellO".getBytes(StandardCharsets.UTF_8), header)).isFalse();
        assertThat(WebhookSignature.verify("secret", BODY, null)).isFalse();
        assertThat(WebhookSignature.verify("secret", BODY, header.substring(7))).isFalse();
    }

    @Test
    void anEmptySecretIsRefused() {
        assertThatThrownBy(() -> WebhookSignature.sign("", BODY)).isInstanceOf(IllegalArgumentException.class);
    }
}
