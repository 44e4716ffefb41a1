package io.jenkins.plugins.planb.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.history.RunHistory.SpacePoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SpaceChartTest {

    private static final Instant TO = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant FROM = TO.minus(Duration.ofDays(30));

    @Test
    void pointsSitOnATimeAxisOverThePeriodAndASizeAxisFromZero() throws Exception {
        List<SpacePoint> points = List.of(new SpacePoint(FROM, 0, 0), new SpacePoint(FROM.plus(Duration.ofDays(15)), 500, 250),
                new SpacePoint(TO, 1000, 500), new SpacePoint(TO.plus(Duration.ofDays(1)), 1000, 500));

        Element svg = ReportFormatsTest.parse(SpaceChart.svg(points, FROM, TO, "acme/web01")).getDocumentElement();

        String[] used = ((Element) svg.getElementsByTagName("polyline").item(0)).getAttribute("points").split(" ");
        assertThat(used).containsExactly("64.0,90.0", "207.0,50.0", "350.0,10.0", "350.0,10.0");
        String[] live = ((Element) svg.getElementsByTagName("polyline").item(1)).getAttribute("points").split(" ");
        assertThat(live).containsExactly("64.0,90.0", "207.0,70.0", "350.0,50.0", "350.0,50.0");
        assertThat(svg.getTextContent()).contains("1000 B").contains("2026-10-31").contains("2026-11-30");
    }

    @Test
    void oneMeasurementIsADotWithoutALine() throws Exception {
        Element svg = ReportFormatsTest.parse(SpaceChart.svg(List.of(new SpacePoint(TO, 4096, 1024)), FROM, TO, "h"))
                .getDocumentElement();

        assertThat(svg.getElementsByTagName("polyline").getLength()).isZero();
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(1);
        assertThat(svg.getElementsByTagName("circle").item(0).getTextContent())
                .isEqualTo("2026-11-30T00:00:00.000Z: used 4.0 KiB, live 1.0 KiB");
    }

    @Test
    void markupEscapesEverythingAndDropsWhatXmlCannotCarry() {
        assertThat(Markup.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(Markup.escape("bell\u0007 esc\u001b nul\u0000 c1\u0085 tab\t nl\n")).isEqualTo(
                "bell\uFFFD esc\uFFFD nul\uFFFD c1\uFFFD tab\t nl\n");
        assertThat(Markup.escape("emoji \uD83D\uDCBE lone \uD83D end")).isEqualTo("emoji \uD83D\uDCBE lone \uFFFD end");
        assertThat(Markup.escape(null)).isEmpty();
    }

    @Test
    void unitsReadLikeAPersonWritesThem() {
        assertThat(Units.bytes(-1)).isEqualTo("?");
        assertThat(Units.bytes(1023)).isEqualTo("1023 B");
        assertThat(Units.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(Units.signedBytes(-2048)).isEqualTo("-2.0 KiB");
        assertThat(Units.signedBytes(0)).isEqualTo("0 B");
        assertThat(Units.age(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(Units.age(Duration.ofMinutes(185))).isEqualTo("3h05m");
        assertThat(Units.age(Duration.ofHours(52))).isEqualTo("2d04h");
        assertThat(Units.age(Duration.ofDays(40))).isEqualTo("40d");
        assertThat(Units.duration(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(Units.duration(Duration.ofSeconds(245))).isEqualTo("4m05s");
        assertThat(Units.duration(Duration.ofMinutes(62))).isEqualTo("1h02m");
    }
}
