package io.jenkins.plugins.planb.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.RunHistory;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.run.PhaseTimes;
import io.jenkins.plugins.planb.core.run.RunRecord;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import io.jenkins.plugins.planb.core.transport.RsyncStats;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HistoryChartTest {

    private static final HostId HOST = new HostId("acme", "web01");
    private static final Instant T0 = Instant.parse("2026-03-01T03:00:00Z");

    private static RunRecord run(int day, Outcome outcome, long seconds, long used) {
        Instant start = T0.plusSeconds(day * 86_400L);
        return new RunRecord(HOST, outcome, outcome.snapshotTaken() ? "planb-" + day : null, "d", start,
                start.plusSeconds(seconds), 0, RsyncStats.NONE, List.of(), null, List.of(), PhaseTimes.NONE,
                used < 0 ? DatasetSizes.UNKNOWN : new DatasetSizes(used, used / 2, -1, used / 4), -1);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void drawsSpaceAsALineAndEveryRunAsABarColouredByOutcome() throws Exception {
        List<RunRecord> runs = new ArrayList<>(List.of(run(0, Outcome.SUCCESS, 60, 1_000_000),
                run(1, Outcome.PARTIAL, 90, 1_500_000), run(2, Outcome.FAILED, 30, -1),
                run(3, Outcome.SKIPPED, 0, -1), run(4, Outcome.SUCCESS, 120, 2_000_000)));

        Document svg = parse(HistoryChart.svg(RunHistory.of(HOST, runs), "Space & <time>"));

        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Space & <time>");
        NodeList lines = root.getElementsByTagName("polyline");
        assertThat(lines.getLength()).as("used and live copy").isEqualTo(2);
        String used = ((Element) lines.item(1)).getAttribute("points");
        assertThat(used.split(" ")).as("one point per measured run").hasSize(3);
        NodeList bars = root.getElementsByTagName("rect");
        assertThat(bars.getLength()).as("skipped runs are not drawn").isEqualTo(4);
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < bars.getLength(); i++) {
            colours.add(((Element) bars.item(i)).getAttribute("fill"));
        }
        assertThat(colours).containsExactly("#1ea64b", "#e0a000", "#e6001f", "#1ea64b");
        // the longest run reaches the top of its panel, the space line rises with the space
        double first = Double.parseDouble(used.split(" ")[0].split(",")[1]);
        double last = Double.parseDouble(used.split(" ")[2].split(",")[1]);
        assertThat(last).isLessThan(first);
        assertThat(root.getTextContent()).contains("2026-03-01").contains("2026-03-05").contains("1.9 MiB")
                .contains("2m00s");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void aHostWithoutRunsGetsANote() throws Exception {
        Document svg = parse(HistoryChart.svg(RunHistory.of(HOST, List.of()), "none"));
        assertThat(svg.getDocumentElement().getTextContent()).contains("No backup runs yet");
        assertThat(svg.getElementsByTagName("rect").getLength()).isZero();
    }

    @Test
    void runsThatNeverMeasuredTheSpaceStillShowTheirTimes() throws Exception {
        Document svg = parse(HistoryChart.svg(RunHistory.of(HOST, List.of(run(0, Outcome.FAILED, 5, -1))), "t"));
        assertThat(svg.getDocumentElement().getTextContent()).contains("No run measured the space yet");
        assertThat(svg.getElementsByTagName("polyline").getLength()).isZero();
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(1);
    }

    @Test
    void escapesEveryText() {
        assertThat(HistoryChart.escape("a<b>&\"c'\u0001")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
    }
}
