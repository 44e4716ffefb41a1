package io.jenkins.plugins.planb.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.history.HostSummary;
import io.jenkins.plugins.planb.core.history.RunHistory.SpacePoint;
import io.jenkins.plugins.planb.core.run.JsonTree;
import io.jenkins.plugins.planb.core.run.Outcome;
import io.jenkins.plugins.planb.core.storage.DatasetSizes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The text, HTML and JSON forms of one report, whose names and errors try to break out of their place. */
class ReportFormatsTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final String HOSTILE_ERROR = "rsync: <script>alert('x')</script> & \"quoted\" \u001b[31mred\u001b[0m\nsecond line";

    static BackupReport report() {
        HostReport web = new HostReport(new HostId("acme", "web01"), true, "tank/BACKUP/acme/web01",
                HostSummary.State.OK, NOW.minusSeconds(3 * 3600 + 300), null, null,
                Map.of(Outcome.SUCCESS, 29, Outcome.FAILED, 1), Duration.ofSeconds(245), 31,
                new DatasetSizes(4_724_464_025L, 3_435_973_837L, -1, 1_288_490_188L), 125_829_120L,
                List.of(new SpacePoint(NOW.minus(Duration.ofDays(20)), 4_598_634_905L, 3_400_000_000L),
                        new SpacePoint(NOW.minus(Duration.ofDays(10)), 4_650_000_000L, -1),
                        new SpacePoint(NOW.minusSeconds(3 * 3600), 4_724_464_025L, 3_435_973_837L)),
                null, List.of());
        HostReport hostile = new HostReport(new HostId("acme", "<img src=x onerror=alert(1)>"), false,
                "tank/BACKUP/acme/evil", HostSummary.State.FAILING, null, NOW.minus(Duration.ofDays(2)), HOSTILE_ERROR,
                Map.of(Outcome.FAILED, 4), null, 0, DatasetSizes.UNKNOWN, null, List.of(), "cannot read </pre><b>",
                List.of("/state/runs/x.json: bad & broken"));
        HostReport db = new HostReport(new HostId("beta", "db01"), true, "tank/BACKUP/beta/db01",
                HostSummary.State.PARTIAL, NOW.minus(Duration.ofDays(12)), null, null, Map.of(Outcome.PARTIAL, 1),
                Duration.ofMillis(850), 2, new DatasetSizes(2048, 1024, -1, 1024), null,
                List.of(new SpacePoint(NOW.minus(Duration.ofDays(12)), 2048, 1024)), null, List.of());
        return new BackupReport(NOW, Duration.ofDays(30),
                List.of(new GroupReport("acme", List.of(web, hostile)), new GroupReport("beta", List.of(db))));
    }

    @Test
    void theHtmlIsOneSelfContainedFileWithoutScriptOrExternalReferences() throws Exception {
        String html = ReportHtml.render(report());

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("url(").doesNotContain("@import").doesNotContain("<link").doesNotContain("<img")
                .doesNotContain("<iframe").doesNotContain("src=\"").doesNotContain("href=")
                .doesNotContain("javascript:").doesNotContain("\u001b");
        assertThat(attributeNames(parse(html).getDocumentElement())).as("no event handler attributes")
                .noneMatch(name -> name.toLowerCase().startsWith("on")).contains("class", "viewBox");
        assertThat(html).contains("<style>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("cannot read &lt;/pre&gt;&lt;b&gt;");
    }

    @Test
    void theHtmlAndEachChartAreWellFormedXml() throws Exception {
        String html = ReportHtml.render(report());

        Document document = parse(html);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        List<String> charts = charts(html);
        assertThat(charts).hasSize(3);
        Element web = parse(charts.get(0)).getDocumentElement();
        assertThat(web.getTagName()).isEqualTo("svg");
        assertThat(web.getAttribute("viewBox")).isEqualTo("0 0 360 124");
        Element used = (Element) web.getElementsByTagName("polyline").item(0);
        assertThat(used.getAttribute("points").split(" ")).as("one vertex per measurement").hasSize(3);
        assertThat(web.getElementsByTagName("polyline").item(1)).as("the live line leaves out the unknown value")
                .satisfies(live -> assertThat(((Element) live).getAttribute("points").split(" ")).hasSize(2));
        assertThat(web.getElementsByTagName("circle").getLength()).isEqualTo(3);
        Element hostile = parse(charts.get(1)).getDocumentElement();
        assertThat(hostile.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Space of acme/<img src=x onerror=alert(1)> from 2026-10-31T12:00:00.000Z to 2026-11-30T12:00:00.000Z");
        assertThat(hostile.getElementsByTagName("polyline").getLength()).as("nothing measured").isZero();
        assertThat(hostile.getTextContent()).contains("no space measured in this period");
    }

    @Test
    void theJsonIsOneDocumentOfGroupsAndHostsWithBytesAndUtcTimes() {
        Map<String, Object> json = JsonTree.object(ReportJson.render(report()));

        assertThat(json).containsEntry("generatedAt", "2026-11-30T12:00:00.000Z")
                .containsEntry("since", "2026-10-31T12:00:00.000Z").containsEntry("period", "30d")
                .containsEntry("periodSeconds", 2_592_000L);
        List<?> groups = (List<?>) json.get("groups");
        assertThat(groups).hasSize(2);
        Map<String, Object> acme = map(groups.get(0));
        assertThat(acme.get("name")).isEqualTo("acme");
        Map<String, Object> web = map(((List<?>) acme.get("hosts")).get(0));
        assertThat(web.get("host")).isEqualTo("acme/web01");
        assertThat(web.get("state")).isEqualTo("OK");
        assertThat(web.get("lastSuccessAt")).isEqualTo("2026-11-30T08:55:00.000Z");
        assertThat(web.get("lastSuccessAgeSeconds")).isEqualTo(11_100L);
        assertThat(web.get("sizes")).isEqualTo(Map.of("used", 4_724_464_025L, "usedBySnapshots", 1_288_490_188L,
                "referenced", 3_435_973_837L));
        assertThat(web.get("runs")).isEqualTo(Map.of("SUCCESS", 29L, "PARTIAL", 0L, "FAILED", 1L, "SKIPPED", 0L));
        assertThat(web.get("averageDurationMillis")).isEqualTo(245_000L);
        assertThat(web.get("snapshotCount")).isEqualTo(31L);
        assertThat(web.get("growthBytes")).isEqualTo(125_829_120L);
        assertThat((List<?>) web.get("space")).hasSize(3);
        assertThat(map(((List<?>) web.get("space")).get(1))).hasSize(3)
                .containsEntry("at", "2026-11-20T12:00:00.000Z").containsEntry("used", 4_650_000_000L)
                .containsEntry("referenced", null);
        Map<String, Object> hostile = map(((List<?>) acme.get("hosts")).get(1));
        assertThat(hostile.get("lastError")).isEqualTo(HOSTILE_ERROR);
        assertThat(hostile.get("lastSuccessAt")).isNull();
        assertThat(hostile.get("failingSince")).isEqualTo("2026-11-28T12:00:00.000Z");
        assertThat(hostile.get("sizes")).isEqualTo(nulls("used", "usedBySnapshots", "referenced"));
        assertThat(hostile.get("enabled")).isEqualTo(false);
        Map<String, Object> totals = map(acme.get("totals"));
        assertThat(totals.get("hosts")).isEqualTo(2L);
        assertThat(totals.get("failing")).isEqualTo(1L);
        assertThat(totals.get("sizesUnknown")).isEqualTo(1L);
        assertThat(map(totals.get("sizes")).get("used")).isEqualTo(4_724_464_025L);
        assertThat(map(json.get("totals")).get("hosts")).isEqualTo(3L);
        Map<String, Object> beta = map(groups.get(1));
        assertThat(map(beta.get("totals"))).as("no host of beta measured twice").containsEntry("growthBytes", null);
    }

    @Test
    void theTextIsATablePerGroupWithTotalsAndTheErrorsOfFailingHosts() {
        String text = ReportText.render(report());

        assertThat(text).startsWith("PlanB backup report, 30d from 2026-10-31T12:00:00.000Z to 2026-11-30T12:00:00.000Z\n");
        assertThat(text).contains("\nacme: 2 hosts, 1 failing, 1 without a backup\n")
                .containsPattern("\\n  HOST +DISK USE +BY SNAPSHOTS +LIVE +SNAPSHOTS +GROWTH +LAST BACKUP +STATUS +OK/PART/FAIL/SKIP +AVG RUN\\n")
                .containsPattern("\\n  web01 +4\\.4 GiB +1\\.2 GiB +3\\.2 GiB +31 +\\+120\\.0 MiB +2026-11-30T08:55Z \\(3h05m ago\\) +ok +29/0/1/0 +4m05s\\n")
                .containsPattern("\\n  Total +4\\.4 GiB \\+ 1 unknown .* 1 failing +29/0/5/0 +4m05s\\n")
                .containsPattern("\\n  <img src=x onerror=alert\\(1\\)> +\\? +\\? +\\? +0 +- +never +failing\\* +0/0/4/0 +-\\n")
                .contains("failing since 2026-11-28T12:00:00.000Z: rsync: <script>alert('x')</script> & \"quoted\" ?[31mred?[0m second line\n")
                .contains("\nbeta: 1 host\n")
                .containsPattern("\\n  Total +2\\.0 KiB +1\\.0 KiB +1\\.0 KiB +2 +- +oldest ")
                .contains("All groups: 3 hosts, 1 failing, 1 without a backup, 4.4 GiB + 1 unknown used")
                .endsWith("* disabled\n");
        assertThat(text).doesNotContain("\u001b");
    }

    @Test
    void eachFormatIsChosenByName() {
        BackupReport report = report();
        assertThat(ReportFormat.TEXT.render(report)).isEqualTo(ReportText.render(report));
        assertThat(ReportFormat.HTML.render(report)).isEqualTo(ReportHtml.render(report));
        assertThat(ReportFormat.JSON.render(report)).isEqualTo(ReportJson.render(report));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> nulls(String... keys) {
        Map<String, Object> map = new java.util.HashMap<>();
        for (String key : keys) {
            map.put(key, null);
        }
        return map;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static java.util.Set<String> attributeNames(Element element) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            names.add(element.getAttributes().item(i).getNodeName());
        }
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                names.addAll(attributeNames(inner));
            }
        }
        return names;
    }

    static List<String> charts(String html) {
        List<String> charts = new ArrayList<>();
        Matcher matcher = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(html);
        while (matcher.find()) {
            charts.add(matcher.group());
        }
        return charts;
    }
}
