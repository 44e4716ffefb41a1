package io.jenkins.plugins.planb.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebhookUrlsTest {

    @Test
    void oneUrlPerLine() {
        assertThat(WebhookUrls.parse(" https://hooks.example.com/planb \n\nhttp://127.0.0.1:8080/x?y=1\n"))
                .containsExactly(URI.create("https://hooks.example.com/planb"), URI.create("http://127.0.0.1:8080/x?y=1"));
        assertThat(WebhookUrls.parse(null)).isEmpty();
        assertThat(WebhookUrls.check("https://a.example\nhttps://b.example")).isEmpty();
    }

    @Test
    void onlyHttpAndHttpsWithAHost() {
        assertThat(WebhookUrls.check("file:///etc/passwd"))
                .contains("'file:///etc/passwd' is not an http or https URL: " + WebhookUrls.RULE);
        assertThat(WebhookUrls.check("ftp://x.example/")).isPresent();
        assertThat(WebhookUrls.check("hooks.example.com/planb")).isPresent();
        assertThat(WebhookUrls.check("https:///path")).isPresent();
        assertThat(WebhookUrls.check("https://exa mple.com/")).get().asString().contains("is not a URL");
        assertThat(WebhookUrls.check("https://user:pw@example.com/")).get().asString().contains("credential");
        assertThatThrownBy(() -> WebhookUrls.parse("https://ok.example\njavascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("javascript:alert(1)");
    }
}
