package io.jenkins.plugins.planb.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.report.PrometheusText.Family;
import io.jenkins.plugins.planb.core.report.PrometheusText.Type;
import io.jenkins.plugins.planb.testing.PrometheusTextParser;
import java.math.BigDecimal;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void writesHelpTypeAndSamplesOfEachFamilyTogether() {
        PrometheusText text = new PrometheusText();
        text.family("planb_a_bytes", Type.GAUGE, "A's size.")
                .sample(5L, "group", "acme", "host", "web01")
                .sample(6, "group", "acme", "host", "web02");
        text.family("planb_total", Type.COUNTER, "All.").sample(PrometheusText.seconds(1_767_237_345_123L));

        assertThat(text.text()).isEqualTo("""
                # HELP planb_a_bytes A's size.
                # TYPE planb_a_bytes gauge
                planb_a_bytes{group="acme",host="web01"} 5
                planb_a_bytes{group="acme",host="web02"} 6
                # HELP planb_total All.
                # TYPE planb_total counter
                planb_total 1767237345.123
                """);
        Map<String, PrometheusTextParser.Family> parsed = PrometheusTextParser.parse(text.text());
        assertThat(parsed.keySet()).containsExactly("planb_a_bytes", "planb_total");
        assertThat(parsed.get("planb_total").samples().get(0).value()).isEqualTo(1_767_237_345.123);
    }

    @Test
    void escapesLabelValuesAndHelp() {
        PrometheusText text = new PrometheusText();
        text.family("m", Type.GAUGE, "back\\slash and\nnew line").sample(1, "l", "a\"b\\c\nd");
        assertThat(text.text()).isEqualTo("""
                # HELP m back\\\\slash and\\nnew line
                # TYPE m gauge
                m{l="a\\"b\\\\c\\nd"} 1
                """);
        PrometheusTextParser.Family family = PrometheusTextParser.parse(text.text()).get("m");
        assertThat(family.help()).isEqualTo("back\\slash and\nnew line");
        assertThat(family.samples().get(0).labels()).containsEntry("l", "a\"b\\c\nd");
    }

    /** Whatever a label value holds (host names come from users), it reads back the same. */
    @Property
    void anyLabelValueReadsBackTheSame(@ForAll String value, @ForAll String help) {
        PrometheusText text = new PrometheusText();
        text.family("planb_x", Type.GAUGE, help).sample(1, "group", value, "host", "h");
        PrometheusTextParser.Family family = PrometheusTextParser.parse(text.text()).get("planb_x");
        assertThat(family.samples().get(0).labels()).containsEntry("group", value);
        assertThat(family.help()).isEqualTo(help);
    }

    @Test
    void formatsNumbers() {
        assertThat(PrometheusText.format(PrometheusText.seconds(5000))).isEqualTo("5");
        assertThat(PrometheusText.format(PrometheusText.seconds(1))).isEqualTo("0.001");
        assertThat(PrometheusText.format(PrometheusText.seconds(1_767_237_345_120L))).isEqualTo("1767237345.12");
        assertThat(PrometheusText.format(-3L)).isEqualTo("-3");
        assertThat(PrometheusText.format(0.25)).isEqualTo("0.25");
        assertThat(PrometheusText.format(1e20)).isEqualTo("100000000000000000000");
        assertThat(PrometheusText.format(Double.NaN)).isEqualTo("NaN");
        assertThat(PrometheusText.format(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(PrometheusText.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
        assertThat(PrometheusText.format(new BigDecimal("12.50"))).isEqualTo("12.50");
    }

    @Test
    void refusesWhatPrometheusWouldRefuse() {
        PrometheusText text = new PrometheusText();
        assertThatThrownBy(() -> text.family("planb-x", Type.GAUGE, "h")).hasMessageContaining("not a metric name");
        assertThatThrownBy(() -> text.family("9x", Type.GAUGE, "h")).hasMessageContaining("not a metric name");
        Family first = text.family("planb_a", Type.GAUGE, "h");
        assertThatThrownBy(() -> first.sample(1, "host-name", "x")).hasMessageContaining("not a label name");
        assertThatThrownBy(() -> first.sample(1, "__name__", "x")).hasMessageContaining("not a label name");
        assertThatThrownBy(() -> first.sample(1, "host")).hasMessageContaining("pairs");
        assertThatThrownBy(() -> first.sample(1, "a", "1", "a", "2")).hasMessageContaining("twice");
        first.sample(1, "host", "x");
        assertThatThrownBy(() -> first.sample(2, "host", "x")).hasMessageContaining("sample written twice");
        text.family("planb_b", Type.GAUGE, "h");
        assertThatThrownBy(() -> first.sample(1, "host", "y")).hasMessageContaining("must follow its TYPE line");
        assertThatThrownBy(() -> text.family("planb_a", Type.GAUGE, "h")).hasMessageContaining("written twice");
        assertThatThrownBy(() -> PrometheusText.format(new java.util.concurrent.atomic.AtomicLong(1)))
                .hasMessageContaining("not a sample value");
        // nothing refused reached the text
        assertThat(PrometheusTextParser.parse(text.text()).get("planb_a").samples()).hasSize(1);
    }
}
