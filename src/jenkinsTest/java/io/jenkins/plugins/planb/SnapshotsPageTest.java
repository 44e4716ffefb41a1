package io.jenkins.plugins.planb;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.BuildListener;
import hudson.model.Result;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.tasks.Recorder;
import io.jenkins.plugins.planb.backup.EngineWiring;
import io.jenkins.plugins.planb.config.BackupSettings;
import io.jenkins.plugins.planb.core.run.HostLock;
import io.jenkins.plugins.planb.item.BackupHost;
import io.jenkins.plugins.planb.item.BackupHostBuild;
import io.jenkins.plugins.planb.item.HostGroup;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTable;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The snapshot page lists on the storage agent (here the built-in node, labelled {@code planb})
 * with each snapshot's reasons, previews the next prune, and the reviewed prune destroys exactly
 * that, under the host's lock, never beside a running backup. Snapshots are made as directories
 * with PlanB's names, so the retention decisions are known: with {@code 1d} the newest and one
 * pick for each of the two newest days stay, the rest go; the manual one always stays.
 */
@WithJenkins
class SnapshotsPageTest {

    private static final List<String> NAMES = List.of("planb-20260101T030000Z", "planb-20260102T030000Z",
            "planb-20260102T150000Z", "planb-20260103T030000Z", "planb-20260103T150000Z", "manual-keep");

    private JenkinsRule r;
    private BackupHost host;
    private Path snapshots;

    @BeforeEach
    void setUp(JenkinsRule rule, @TempDir Path temp) throws Exception {
        r = rule;
        r.jenkins.setLabelString("planb");
        HostGroup group = Fixtures.group(r, "acme", Files.createDirectories(temp.resolve("storage")));
        BackupSettings settings = new BackupSettings();
        settings.setRetention("1d");
        group.setSettings(settings);
        group.save();
        host = Fixtures.localHost(group, "web01", Fixtures.sourceTree(temp));
        snapshots = temp.resolve("storage/acme/web01/.snapshots");
        for (String name : NAMES) {
            Files.createDirectories(snapshots.resolve(name));
        }
    }

    @Test
    void listsEverySnapshotWithWhyItIsKeptAndPreviewsTheNextPrune() throws Exception {
        HtmlPage page = r.createWebClient().goTo(host.getUrl() + "planb-snapshots/");

        assertThat(HostPagesTest.text(page, "planb-listing-where")).contains("on the storage agent built-in")
                .contains("retention policy 1d").contains("6 snapshots");
        HtmlTable all = (HtmlTable) page.getElementById("planb-snapshots");
        assertThat(rowOf(all, "planb-20260103T150000Z").getCell(4).asNormalizedText()).isEqualTo("newest");
        assertThat(rowOf(all, "planb-20260103T030000Z").getCell(4).asNormalizedText()).isEqualTo("daily 2026-01-03");
        assertThat(rowOf(all, "planb-20260102T030000Z").getCell(4).asNormalizedText()).isEqualTo("daily 2026-01-02");
        assertThat(rowOf(all, "manual-keep").getCell(4).asNormalizedText()).isEqualTo("manual");
        assertThat(rowOf(all, "planb-20260101T030000Z").getCell(4).asNormalizedText())
                .isEqualTo("destroyed by the next prune");
        assertThat(rowOf(all, "planb-20260101T030000Z").getCell(3).asNormalizedText()).isEqualTo("?");

        HtmlTable next = (HtmlTable) page.getElementById("planb-destroyed");
        assertThat(next.getBodies().get(0).getRows()).extracting(row -> row.getAttribute("data-snapshot"))
                .containsExactly("planb-20260101T030000Z", "planb-20260102T150000Z");
        assertThat(rowOf(next, "planb-20260101T030000Z").getCell(3).asNormalizedText()).isEqualTo(
                "older than anything the policy 1d keeps; its oldest pick is planb-20260102T030000Z (daily 2026-01-02)");
        assertThat(rowOf(next, "planb-20260102T150000Z").getCell(3).asNormalizedText())
                .startsWith("no slot of the policy 1d picks it; the nearest kept snapshot is ");
        assertThat(page.getElementById("planb-review-prune")).as("an admin may prune").isNotNull();
        HostPagesTest.assertNoInlineScript(page);
    }

    @Test
    void theReviewedPruneDestroysWhatItShowedAndUpdatesTheSummary() throws Exception {
        HtmlPage review = r.createWebClient().goTo(host.getUrl() + "planb-snapshots/review");
        assertThat(review.getElementById("planb-destroyed").asNormalizedText())
                .contains("planb-20260101T030000Z").contains("planb-20260102T150000Z");

        HtmlPage after = ((HtmlButton) review.getElementById("planb-prune-confirm")).click();

        assertThat(after.getUrl().getPath()).endsWith("/planb-snapshots/");
        String log = awaitPruneEnd();
        assertThat(log).contains("prune of acme/web01 by anonymous").contains("done: destroyed 2 snapshots, 4 left");
        assertThat(names()).containsExactlyInAnyOrder("planb-20260102T030000Z", "planb-20260103T030000Z",
                "planb-20260103T150000Z", "manual-keep");
        assertThat(host.summary().snapshotCount()).isEqualTo(4);
        HtmlPage snapshotsPage = r.createWebClient().goTo(host.getUrl() + "planb-snapshots/");
        assertThat(HostPagesTest.text(snapshotsPage, "planb-next-prune")).contains("destroys nothing");
        assertThat(HostPagesTest.text(snapshotsPage, "planb-prune-log")).contains("done: destroyed 2 snapshots");
    }

    @Test
    void aPlanThatChangedSinceTheReviewDestroysNothing() throws Exception {
        HtmlPage review = r.createWebClient().goTo(host.getUrl() + "planb-snapshots/review");
        // a backup took a snapshot meanwhile: now planb-20260102T030000Z goes too, which nobody reviewed
        Files.createDirectories(snapshots.resolve("planb-20260104T030000Z"));

        ((HtmlButton) review.getElementById("planb-prune-confirm")).click();

        assertThat(awaitPruneEnd()).contains("nothing destroyed: since the review the policy also destroys "
                + "planb-20260102T030000Z; review the prune again");
        assertThat(names()).hasSize(NAMES.size() + 1);
    }

    @Test
    void aPruneNeverRunsBesideABackupOfTheHost() throws Exception {
        // the lock a backup holds while it transfers and snapshots
        try (HostLock lock = EngineWiring.locks(r.jenkins.getRootDir().toPath()).tryLock(host.hostId()).orElseThrow()) {
            HtmlPage review = r.createWebClient().goTo(host.getUrl() + "planb-snapshots/review");
            ((HtmlButton) review.getElementById("planb-prune-confirm")).click();
            assertThat(awaitPruneEnd()).contains("nothing destroyed: a backup of acme/web01 is running");
        }
        assertThat(names()).hasSize(NAMES.size());

        // a build still running its publishers: the page refuses before anything starts
        host.getPublishersList().add(new Gate());
        BackupHostBuild build = host.scheduleBuild2(0).waitForStart();
        assertThat(Gate.reached.await(60, TimeUnit.SECONDS)).isTrue();
        try {
            HtmlPage review = r.createWebClient().goTo(host.getUrl() + "planb-snapshots/review");
            assertThat(review.getElementById("planb-prune-confirm")).isNull();
            assertThat(HostPagesTest.text(review, "planb-backup-running")).contains("A backup of this host is running");
            JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
            WebRequest post = new WebRequest(
                    new URL(r.getURL(), host.getUrl() + "planb-snapshots/prune?destroy=planb-20260101T030000Z"),
                    HttpMethod.POST);
            wc.addCrumb(post);
            assertThat(wc.getPage(post).getWebResponse().getStatusCode()).isEqualTo(409);
        } finally {
            Gate.release.countDown();
        }
        r.assertBuildStatus(Result.SUCCESS, r.waitForCompletion(build));
    }

    @Test
    void withoutAnOnlineStorageAgentThePageSaysSo() throws Exception {
        r.jenkins.setLabelString("");
        HtmlPage page = r.createWebClient().goTo(host.getUrl() + "planb-snapshots/");
        assertThat(HostPagesTest.text(page, "planb-listing-problem"))
                .contains("no online agent has the label 'planb'").contains("Bring the agent online");
    }

    private List<String> names() throws Exception {
        try (Stream<Path> list = Files.list(snapshots)) {
            return list.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith(".")).toList();
        }
    }

    /** The prune log once the prune has written its last line. */
    private String awaitPruneEnd() throws Exception {
        Path log = host.getRootDir().toPath().resolve("planb-prunes.log");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                String text = Files.readString(log);
                if (text.lines().anyMatch(line -> line.matches("\\S+Z (done|nothing destroyed|failed|interrupted).*"))) {
                    return text;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the prune did not end within 60 s");
    }

    private static HtmlTableRow rowOf(HtmlTable table, String snapshot) {
        return table.getRows().stream().filter(row -> snapshot.equals(row.getAttribute("data-snapshot"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + snapshot));
    }

    /** A publisher that keeps the build running until the test lets it go. */
    public static final class Gate extends Recorder {

        static final CountDownLatch reached = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);

        @Override
        public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
                throws InterruptedException {
            reached.countDown();
            return release.await(120, TimeUnit.SECONDS);
        }

        @Override
        public BuildStepMonitor getRequiredMonitorService() {
            return BuildStepMonitor.NONE;
        }

        @TestExtension("aPruneNeverRunsBesideABackupOfTheHost")
        public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {

            @Override
            public boolean isApplicable(Class<? extends AbstractProject> jobType) {
                return true;
            }
        }
    }
}
