package io.jenkins.plugins.planb.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tests' reader of the exposition format must refuse broken text, or the metrics tests prove nothing. */
class PrometheusTextParserTest {

    @Test
    void readsValidText() {
        Map<String, PrometheusTextParser.Family> families = PrometheusTextParser.parse("""
                # HELP a_total Things.\\nMore.
                # TYPE a_total counter
                a_total{x="1",y="q\\"\\\\"} 3 1700000000000
                a_total{x="2"} +Inf
                # a comment
                b NaN
                # TYPE h histogram
                h_bucket{le="1"} 0
                h_bucket{le="+Inf"} 1
                h_sum 2.5e-3
                h_count 1
                """);
        assertThat(families.keySet()).containsExactly("a_total", "b", "h");
        assertThat(families.get("a_total").help()).isEqualTo("Things.\nMore.");
        assertThat(families.get("a_total").samples().get(0).labels()).containsEntry("y", "q\"\\");
        assertThat(families.get("b").type()).isEqualTo("untyped");
        assertThat(families.get("h").samples()).hasSize(4);
    }

    @Test
    void refusesBrokenText() {
        refuses("a 1", "end with a line feed");
        refuses("a{x=\"1\"} one\n", "not a value");
        refuses("a 1 12.5\n", "not a timestamp");
        refuses("a-b 1\n", "not a metric name");
        refuses("a{x-y=\"1\"} 1\n", "not a label name");
        refuses("a{x=1} 1\n", "quoted");
        refuses("a{x=\"\\t\"} 1\n", "unknown escape");
        refuses("a{x=\"1\",x=\"2\"} 1\n", "twice");
        refuses("a{x=\"1\"} 1\na{x=\"1\"} 2\n", "series written twice");
        refuses("a 1\nb 1\na{x=\"1\"} 2\n", "not together");
        refuses("# TYPE a gauge\n# TYPE a gauge\n", "second TYPE");
        refuses("a 1\n# TYPE a gauge\n", "after the samples");
        refuses("# TYPE a sometimes\n", "unknown type");
        refuses("# HELP a \\q\n", "unknown escape");
        refuses("a{x=\"1\"1\n", "expected ',' or '}'");
        refuses("a{x=\"1\"}1\n", "no blank");
    }

    private static void refuses(String text, String why) {
        assertThatThrownBy(() -> PrometheusTextParser.parse(text)).as(text)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(why);
    }
}
