package io.jenkins.plugins.planb.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.planb.acceptance.JenkinsWeb.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The plugin in a real Jenkins, driven through the web as an admin would, like Jenkins'
 * acceptance test harness: starts {@code $JENKINS_WAR} on 127.0.0.1 with a fresh
 * {@code JENKINS_HOME} holding the plugins of {@code $JENKINS_PLUGINS_DIR} and the built
 * {@code planb.hpi}, creates host groups and hosts from New Item and from {@code config.xml},
 * runs backups into directory storage, restarts Jenkins and checks that items and history
 * survived. Any {@code SEVERE} log line, any stack trace naming a plugin class and any warning
 * the plugin logs fails the step that caused it.
 *
 * <p>Without {@code JENKINS_WAR} and {@code JENKINS_PLUGINS_DIR} it is skipped with the reason
 * (CI has no Jenkins war). Run it with {@code bin/acceptance}; see docs/jenkins.md.
 * The steps run in order on one Jenkins; after a failed step that later ones build on, the rest
 * are skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class JenkinsAcceptanceITest {

    private static final String GROUP_CLASS = "io.jenkins.plugins.planb.item.HostGroup";
    private static final String HOST_CLASS = "io.jenkins.plugins.planb.item.BackupHost";
    private static final String ACTION_CLASS = "io.jenkins.plugins.planb.action.PlanbRunAction";
    private static final String GLOBAL_ROW = "io-jenkins-plugins-planb-config-PlanbGlobalConfiguration";
    private static final String DEFAULT_SCHEDULE = "H H(0-5) * * *";
    /** acme's schedule of new hosts: not the default, so a host visibly takes it from its group. */
    private static final String ACME_SCHEDULE = "H H(0-5) * * 1-5";
    private static final String OWN_SCHEDULE = "H 3 * * 0";
    private static final String SITE_RETENTION = "1y,6m,4w,14d";
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("planb-\\d{8}T\\d{6}Z");
    private static final Duration STARTUP = Duration.ofMinutes(4);
    private static final Duration BUILD = Duration.ofMinutes(4);

    private Path war;
    private Path pluginsDir;
    private Path hpi;
    private Path work;
    private Path home;
    private Path sources;
    private Path store;
    private Path xmlStore;
    private Path logDir;
    private int port;
    private int starts;
    private JenkinsServer jenkins;
    private JenkinsWeb web;
    private int logCheckedUpTo;
    private boolean broken;
    private Thread cleaner;
    /** The plugin's classes, to recognise its log records under the formatter's abbreviated names. */
    private Set<String> pluginClasses = Set.of();
    /** Snapshot names of acme/web01's builds, by build number. */
    private final Map<Integer, String> web01Snapshots = new TreeMap<>();
    private final Map<String, String> configsBeforeRestart = new LinkedHashMap<>();
    private final Map<String, String> buildsBeforeRestart = new LinkedHashMap<>();
    private String acmeDirectory;

    // ---- set-up and tear-down ------------------------------------------------------------

    @BeforeAll
    void startJenkins() throws Exception {
        war = requiredPath("JENKINS_WAR", "the path of a jenkins.war, 2.568.1 or newer");
        pluginsDir = requiredPath("JENKINS_PLUGINS_DIR", "a folder with the plugins planb depends on, as .hpi/.jpi files");
        String hpiVariable = System.getenv("PLANB_HPI");
        hpi = hpiVariable == null || hpiVariable.isBlank()
                ? Path.of(System.getProperty("planb.buildDir", "target")).resolve("planb.hpi")
                : Path.of(hpiVariable);
        // From here on every problem is a failure: the caller asked for this test.
        assertThat(war).as("JENKINS_WAR").isRegularFile();
        assertThat(pluginsDir).as("JENKINS_PLUGINS_DIR").isDirectory();
        assertThat(hpi).as("PLANB_HPI (build it with `mvn -B package -DskipTests`)").isRegularFile();
        assertThat(findProgram("rsync")).as("rsync on the PATH (the backups run it)").isNotNull();

        logDir = Path.of(System.getProperty("planb.buildDir", "target")).resolve("acceptance");
        deleteTree(logDir);
        Files.createDirectories(logDir);
        work = Files.createTempDirectory("planb-acceptance-");
        home = Files.createDirectories(work.resolve("jenkins-home"));
        sources = Files.createDirectories(work.resolve("sources"));
        store = Files.createDirectories(work.resolve("store"));
        xmlStore = Files.createDirectories(work.resolve("store-xml"));
        say("work directory " + work + ", Jenkins logs in " + logDir.toAbsolutePath());

        // Also when the test JVM itself is stopped (Maven killed), Jenkins must not outlive it.
        cleaner = new Thread(this::stopAndClean, "stop Jenkins, remove " + work);
        Runtime.getRuntime().addShutdownHook(cleaner);
        installPlugins();
        writeJenkinsConfig();
        port = JenkinsServer.freePort();
        start();
    }

    @AfterAll
    void stopJenkins() {
        if (cleaner != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleaner);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs stopAndClean itself
            }
        }
        List<String> bad = stopAndClean();
        if (!bad.isEmpty()) {
            fail("forbidden log records while Jenkins stopped:\n" + String.join("\n----\n", bad));
        }
    }

    /** Stops Jenkins and removes the temporary directory; returns what its last log lines had that is forbidden. */
    private synchronized List<String> stopAndClean() {
        List<String> bad = List.of();
        try {
            if (jenkins != null) {
                jenkins.close();
                say("Jenkins stopped");
                bad = newForbiddenRecords();
                jenkins = null;
            }
        } finally {
            if (work != null) {
                if ("1".equals(System.getenv("PLANB_ACCEPTANCE_KEEP"))) {
                    say("kept " + work + " (PLANB_ACCEPTANCE_KEEP=1)");
                } else {
                    try {
                        deleteTree(work);
                    } catch (IOException e) {
                        say("could not remove " + work + ": " + e);
                    }
                }
                work = null;
            }
        }
        return bad;
    }

    // ---- the steps -----------------------------------------------------------------------

    @Test
    @Order(1)
    void pluginLoadsAndIsActive() throws Exception {
        step(() -> {
            Page page = web.get("pluginManager/api/json?depth=1&tree=plugins[shortName,version,active,enabled]");
            assertThat(page.status()).as(page.describe()).isEqualTo(200);
            List<Map<String, Object>> plugins = list(page.json().get("plugins"));
            Map<String, Object> planb = plugins.stream()
                    .filter(p -> "planb".equals(p.get("shortName"))).findFirst()
                    .orElseThrow(() -> new AssertionError("planb is not installed: " + page.body()));
            say("planb " + planb.get("version") + " among " + plugins.size() + " plugins");
            assertThat(planb.get("active")).as("planb active").isEqualTo(true);
            assertThat(planb.get("enabled")).as("planb enabled").isEqualTo(true);
            List<Object> inactive = plugins.stream().filter(p -> !Boolean.TRUE.equals(p.get("active")))
                    .map(p -> p.get("shortName")).toList();
            assertThat(inactive).as("plugins that failed to load").isEmpty();
            assertListensOnLoopbackOnly();
        });
    }

    @Test
    @Order(2)
    void systemPageShowsThePlanbSectionAndSaves() throws Exception {
        sideStep(() -> {
            Page page = completePage("manage/configure");
            String text = withoutSvg(page.body());
            assertThat(Pattern.compile("jenkins-section__title\">(<div class=\"jenkins-hidden\">\\s*</div>)?\\s*PlanB\\s*</div>")
                    .matcher(text).find()).withFailMessage("the System page has no section titled PlanB").isTrue();
            HtmlForm form = HtmlForm.parse(page.body(), "config");
            for (String field : List.of("_.retention", "_.label", "_.zfsParent", "_.zfsSudo", "_.directoryPath")) {
                form.control(GLOBAL_ROW, field);
            }
            assertThat(form.controls("Submit")).as("the Save button").isNotEmpty();
            assertThat(jenkins.linesContaining("No page found")).isEmpty();

            form.set(GLOBAL_ROW, "_.retention", SITE_RETENTION).set(GLOBAL_ROW, "_.label", "planb");
            Page saved = web.postForm("manage/configSubmit", form.submission("Submit"));
            assertThat(saved.status()).as(saved.describe()).isIn(302, 303);
            assertThat(saved.location()).as("saved without a form error: " + saved.describe()).doesNotEndWith("configure");

            String reloaded = completePage("manage/configure").body();
            HtmlForm again = HtmlForm.parse(reloaded, "config");
            assertPlanbFormEndpointsAnswer(reloaded, again);
            assertThat(again.value(GLOBAL_ROW, "_.retention")).isEqualTo(SITE_RETENTION);
            assertThat(again.value(GLOBAL_ROW, "_.label")).isEqualTo("planb");
            assertThat(Files.readString(home.resolve("io.jenkins.plugins.planb.config.PlanbGlobalConfiguration.xml")))
                    .contains("<retention>" + SITE_RETENTION + "</retention>");
        });
    }

    @Test
    @Order(3)
    void hostGroupFromNewItemAndItsForm() throws Exception {
        step(() -> {
            assertThat(itemTypes("view/all/")).as("New Item at the top level").contains(GROUP_CLASS);

            Page created = web.postForm("createItem", Map.of("name", "acme", "mode", GROUP_CLASS));
            assertThat(created.status()).as(created.describe()).isIn(302, 303);
            assertThat(created.location()).as("New Item goes on to the configure page").endsWith("job/acme/configure");

            Page configure = completePage("job/acme/configure");
            HtmlForm form = HtmlForm.parse(configure.body(), "config");
            acmeDirectory = store.toString();
            form.set(null, "_.directoryPath", acmeDirectory)
                    .set(null, "_.schedule", ACME_SCHEDULE)
                    .set(null, "_.label", "planb")
                    .set("settings", "_.retention", "3d");
            Map<String, Object> json = form.json();
            assertThat(json).containsKeys("directoryPath", "schedule", "label", "zfsParent", "settings");
            Page saved = web.postForm("job/acme/configSubmit", form.submission("Submit"));
            assertThat(saved.status()).as(saved.describe()).isIn(302, 303);

            String xml = configXml("job/acme/");
            assertThat(xml).startsWith("<?xml").contains("<" + GROUP_CLASS)
                    .contains("<directoryPath>" + acmeDirectory + "</directoryPath>")
                    .contains("<schedule>" + ACME_SCHEDULE + "</schedule>")
                    .contains("<retention>3d</retention>");
            assertThat(itemTypes("job/acme/")).as("New Item inside a group offers hosts only").containsExactly(HOST_CLASS);
            completePage("job/acme/");
            String page = completePage("job/acme/configure").body();
            assertPlanbFormEndpointsAnswer(page, HtmlForm.parse(page, "config"));
        });
    }

    @Test
    @Order(4)
    void hostFromNewItemAndItsForm() throws Exception {
        step(() -> {
            Path root = createSourceTree("web01");
            Page badName = web.postForm("job/acme/createItem", Map.of("name", "Web 01", "mode", HOST_CLASS));
            assertThat(badName.status()).as(badName.describe()).isGreaterThanOrEqualTo(400);
            assertThat(badName.text()).contains("cannot be the name of a PlanB host");
            say("New Item 'Web 01': HTTP " + badName.status() + ": " + sentence(badName.text(), "cannot be the name"));
            assertThat(web.get("job/acme/job/Web%2001/api/json").status()).isEqualTo(404);

            Page created = web.postForm("job/acme/createItem", Map.of("name", "web01", "mode", HOST_CLASS));
            assertThat(created.status()).as(created.describe()).isIn(302, 303);
            assertThat(created.location()).endsWith("job/acme/job/web01/configure");

            assertThat(timerSpec(configXml("job/acme/job/web01/")))
                    .as("a new host takes its group's schedule").isEqualTo(ACME_SCHEDULE);

            HtmlForm form = HtmlForm.parse(completePage("job/acme/job/web01/configure").body(), "config");
            assertThat(form.isChecked(null, "hudson-triggers-TimerTrigger"))
                    .as("the configure page shows the host's timer").isTrue();
            assertThat(form.value("hudson-triggers-TimerTrigger", "_.spec")).isEqualTo(ACME_SCHEDULE);
            assertThat(dropDownChoices(form, "connection", "_.transport")).containsExactly("ssh", "local");
            assertThat(dropDownChoices(form, "settings", "_.sudo")).containsExactly("INHERIT", "ON", "OFF");
            form.set("connection", "_.transport", "local")
                    .set("connection", "_.root", root.toString())
                    .set("settings", "_.excludes", "*.tmp");
            Page saved = web.postForm("job/acme/job/web01/configSubmit", form.submission("Submit"));
            assertThat(saved.status()).as(saved.describe()).isIn(302, 303);

            String xml = configXml("job/acme/job/web01/");
            assertThat(xml).contains("<" + HOST_CLASS)
                    .contains("<transport>local</transport>")
                    .contains("<root>" + root + "</root>")
                    .contains("<excludes>*.tmp</excludes>");
            assertThat(timerSpec(xml)).as("the timer survives a save of the form").isEqualTo(ACME_SCHEDULE);
            String page = completePage("job/acme/job/web01/configure").body();
            assertPlanbFormEndpointsAnswer(page, HtmlForm.parse(page, "config"));
            assertThat(xml).as("a saved form leaves the host enabled").doesNotContain("<disabled>true</disabled>");
        });
    }

    @Test
    @Order(5)
    void hostsFromMinimalConfigXml() throws Exception {
        step(() -> {
            Path root = createSourceTree("db01");
            // enough files that a backup takes a moment (step 7 queues one while another runs)
            Path data = Files.createDirectories(root.resolve("data"));
            for (int i = 0; i < 4000; i++) {
                Files.writeString(data.resolve("row" + i + ".txt"), "row " + i + "\n");
            }
            Page created = web.postXml("job/acme/createItem?name=db01",
                    "<" + HOST_CLASS + "><connection><transport>local</transport><root>" + root
                            + "</root></connection></" + HOST_CLASS + ">");
            assertThat(created.status()).as(created.describe()).isEqualTo(200);
            String xml = configXml("job/acme/job/db01/");
            assertThat(xml).contains("<transport>local</transport>").contains("<root>" + root + "</root>");
            assertThat(timerSpec(xml)).as("a host from XML without a timer takes its group's").isEqualTo(ACME_SCHEDULE);

            // No connection at all: must load, render and never disturb the queue (see step 8).
            Page bare = web.postXml("job/acme/createItem?name=bare", "<" + HOST_CLASS + "/>");
            assertThat(bare.status()).as(bare.describe()).isEqualTo(200);
            assertThat(timerSpec(configXml("job/acme/job/bare/"))).isEqualTo(ACME_SCHEDULE);
            completePage("job/acme/job/bare/");
            completePage("job/acme/job/bare/configure");
            Page api = web.get("job/acme/job/bare/api/json");
            assertThat(api.status()).as(api.describe()).isEqualTo(200);
            completePage("job/acme/");
            completePage("");
        });
    }

    @Test
    @Order(6)
    void groupAndHostFromConfigXml() throws Exception {
        step(() -> {
            Page group = web.postXml("createItem?name=xmlgrp", "<" + GROUP_CLASS + " plugin=\"planb\"><directoryPath>"
                    + xmlStore + "</directoryPath></" + GROUP_CLASS + ">");
            assertThat(group.status()).as(group.describe()).isEqualTo(200);
            completePage("job/xmlgrp/");
            completePage("job/xmlgrp/configure");

            Path root = createSourceTree("files01");
            Page host = web.postXml("job/xmlgrp/createItem?name=files01", "<" + HOST_CLASS + ">"
                    + "<connection><transport>local</transport><root>" + root + "</root></connection>"
                    + "<triggers><hudson.triggers.TimerTrigger><spec>" + OWN_SCHEDULE
                    + "</spec></hudson.triggers.TimerTrigger></triggers></" + HOST_CLASS + ">");
            assertThat(host.status()).as(host.describe()).isEqualTo(200);
            assertThat(timerSpec(configXml("job/xmlgrp/job/files01/")))
                    .as("a host's own timer is kept").isEqualTo(OWN_SCHEDULE);

            // A group without a schedule gives new hosts the default one. This host's XML has the
            // connection's fields straight under the item, as hand-written XML may.
            Page other = web.postXml("job/xmlgrp/createItem?name=files02", "<" + HOST_CLASS + ">"
                    + "<transport>local</transport><root>" + root + "</root></" + HOST_CLASS + ">");
            assertThat(other.status()).as(other.describe()).isEqualTo(200);
            assertThat(configXml("job/xmlgrp/job/files02/")).as("read into the connection")
                    .contains("<connection>").contains("<root>" + root + "</root>");
            assertThat(timerSpec(configXml("job/xmlgrp/job/files02/"))).isEqualTo(DEFAULT_SCHEDULE);

            // Changing a host by POSTing its config.xml: back up etc/ only (checked in step 7).
            String hostXml = configXml("job/xmlgrp/job/files02/");
            assertThat(hostXml).contains("<settings/>");
            Page changedHost = web.postXml("job/xmlgrp/job/files02/config.xml",
                    hostXml.replace("<settings/>", "<settings><includes>etc</includes></settings>"));
            assertThat(changedHost.status()).as(changedHost.describe()).isEqualTo(200);
            assertThat(configXml("job/xmlgrp/job/files02/")).contains("<includes>etc</includes>");
            assertThat(timerSpec(configXml("job/xmlgrp/job/files02/"))).isEqualTo(DEFAULT_SCHEDULE);

            // Changing a group by POSTing its config.xml (as the REST API and the CLI do).
            String current = configXml("job/xmlgrp/");
            assertThat(current).contains("<settings/>");
            String changed = current.replace("<settings/>", "<settings><retention>5d</retention></settings>");
            assertThat(changed).contains("<retention>5d</retention>");
            Page updated = web.postXml("job/xmlgrp/config.xml", changed);
            assertThat(updated.status()).as(updated.describe()).isEqualTo(200);
            assertThat(configXml("job/xmlgrp/")).contains("<retention>5d</retention>")
                    .contains("<directoryPath>" + xmlStore + "</directoryPath>");
            assertThat(web.get("job/xmlgrp/job/files01/api/json").status())
                    .as("the group's hosts are still there after its config.xml was replaced").isEqualTo(200);
        });
    }

    @Test
    @Order(7)
    void everyQueuedBackupRunsAndSucceeds() throws Exception {
        step(() -> {
            List<String> jobs = List.of("job/acme/job/web01/", "job/acme/job/db01/", "job/xmlgrp/job/files01/",
                    "job/xmlgrp/job/files02/");
            List<String> queued = new ArrayList<>();
            for (String job : jobs) {
                queued.add(queueBuild(job));
            }
            for (int i = 0; i < jobs.size(); i++) {
                Map<String, Object> build = awaitBuild(queued.get(i));
                Map<String, Object> action = checkSucceeded(build);
                String job = jobs.get(i);
                String host = job.replace("job/", "").replaceAll("/$", "");
                assertThat(action.get("host")).isEqualTo(host);
                Path storage = host.startsWith("acme/") ? store : xmlStore;
                Path snapshot = storage.resolve(host).resolve(".snapshots").resolve((String) action.get("snapshot"));
                if (host.equals("xmlgrp/files02")) {
                    // includes "etc" of the same tree as files01
                    assertSameTree(sources.resolve("files01/etc"), snapshot.resolve("etc"));
                    try (Stream<Path> top = Files.list(snapshot)) {
                        assertThat(top.map(p -> p.getFileName().toString()).toList()).as("includes: etc").containsExactly("etc");
                    }
                    continue;
                }
                assertSameTree(sources.resolve(host.substring(host.indexOf('/') + 1)), snapshot);
                if (host.equals("acme/web01")) {
                    web01Snapshots.put(number(build), (String) action.get("snapshot"));
                    assertHardLinked(snapshot.resolve("var/www/index.html"), snapshot.resolve("var/www/index-copy.html"));
                }
            }

            // "Build Now" while the host's backup runs: the second waits for the first (never
            // concurrent), then runs and succeeds with a snapshot of its own.
            String first = queueBuild("job/acme/job/db01/");
            Instant deadline = Instant.now().plus(BUILD);
            while (!(web.get(first + "api/json").json().get("executable") instanceof Map)) {
                assertThat(Instant.now()).as("db01 #2 starts").isBefore(deadline);
                Thread.sleep(100);
            }
            String second = queueBuild("job/acme/job/db01/");
            String running = (String) ((Map<?, ?>) web.get(first + "api/json").json().get("executable")).get("url");
            say("db01: a build queued while " + running + " was "
                    + (Boolean.TRUE.equals(web.get(running.substring(running.indexOf("/job/") + 1) + "api/json")
                            .json().get("building")) ? "running" : "already done"));
            Map<String, Object> a = checkSucceeded(awaitBuild(first));
            Map<String, Object> b = checkSucceeded(awaitBuild(second));
            assertThat(b.get("snapshot")).isNotEqualTo(a.get("snapshot"));
            assertThat(((Number) b.get("startedAt")).longValue())
                    .as("the second build started after the first had finished")
                    .isGreaterThanOrEqualTo(((Number) a.get("finishedAt")).longValue());
            assertSameTree(sources.resolve("db01"), store.resolve("acme/db01/.snapshots").resolve((String) b.get("snapshot")));
        });
    }

    @Test
    @Order(8)
    void aHostWithoutConnectionDoesNotStallTheQueue() throws Exception {
        step(() -> {
            // A group whose label no node has: its host's build waits in the queue, and the queue
            // asks the host for its label on every pass (the old NullPointerException stalled it).
            Page group = web.postXml("createItem?name=parked", "<" + GROUP_CLASS + "><label>nowhere</label>"
                    + "<directoryPath>" + xmlStore + "</directoryPath></" + GROUP_CLASS + ">");
            assertThat(group.status()).as(group.describe()).isEqualTo(200);
            Page bare = web.postXml("job/parked/createItem?name=stuck01", "<" + HOST_CLASS + "/>");
            assertThat(bare.status()).as(bare.describe()).isEqualTo(200);
            String parkedItem = queueBuild("job/parked/job/stuck01/");

            Path root = sources.resolve("web01");
            Files.writeString(root.resolve("etc/app.conf"), "listen 8080\n");
            Files.writeString(root.resolve("var/www/new.html"), "<p>new</p>\n");
            Map<String, Object> build = awaitBuild(queueBuild("job/acme/job/web01/"));
            Map<String, Object> action = checkSucceeded(build);
            String snapshot = (String) action.get("snapshot");
            web01Snapshots.put(number(build), snapshot);

            Map<String, Object> waiting = web.get(parkedItem + "api/json").json();
            assertThat(Boolean.TRUE.equals(waiting.get("blocked")) || Boolean.TRUE.equals(waiting.get("buildable")))
                    .as("stuck01 still waits: " + waiting).isTrue();
            assertThat(String.valueOf(waiting.get("why"))).as("why stuck01 waits").contains("nowhere");
            completePage("");
            completePage("job/parked/");
            Page cancelled = web.postForm("queue/cancelItem", Map.of("id", String.valueOf(waiting.get("id"))));
            assertThat(cancelled.status()).as(cancelled.describe()).isIn(200, 204, 302, 303);

            // the second snapshot: the change is in, the first snapshot is untouched, unchanged files are shared
            Path snapshots = store.resolve("acme/web01/.snapshots");
            assertSameTree(root, snapshots.resolve(snapshot));
            assertThat(web01Snapshots).hasSize(2);
            String first = web01Snapshots.values().iterator().next();
            assertThat(Files.readString(snapshots.resolve(first).resolve("etc/app.conf"))).isEqualTo("listen 80\n");
            assertThat(snapshots.resolve(first).resolve("var/www/new.html")).doesNotExist();
            assertHardLinked(snapshots.resolve(first).resolve("etc/hostname"), snapshots.resolve(snapshot).resolve("etc/hostname"));
            List<Map<String, Object>> builds = list(web.get("job/acme/job/web01/api/json?tree=builds[number,result]").json().get("builds"));
            assertThat(builds).hasSize(2).allSatisfy(b -> assertThat(b.get("result")).isEqualTo("SUCCESS"));
        });
    }

    @Test
    @Order(9)
    void renameAndMoveAreRefused() throws Exception {
        sideStep(() -> {
            Page host = web.postForm("job/acme/job/web01/confirmRename", Map.of("newName", "web02"));
            assertThat(host.status()).as(host.describe()).isGreaterThanOrEqualTo(400);
            assertThat(host.text()).contains("cannot be renamed");
            say("rename of a host: HTTP " + host.status() + ": " + sentence(host.text(), "cannot be renamed"));
            assertThat(web.get("job/acme/job/web02/api/json").status()).isEqualTo(404);
            assertThat(web.get("job/acme/job/web01/api/json").status()).isEqualTo(200);

            Page group = web.postForm("job/acme/confirmRename", Map.of("newName", "acme2"));
            assertThat(group.status()).as(group.describe()).isGreaterThanOrEqualTo(400);
            assertThat(group.text()).contains("cannot be renamed");
            assertThat(web.get("job/acme/api/json").status()).isEqualTo(200);

            Page move = web.postForm("job/acme/job/web01/move/move", Map.of("destination", "/xmlgrp"));
            assertThat(move.text()).as(move.describe()).contains("cannot be moved");
            say("move of a host: HTTP " + move.status() + ": " + sentence(move.text(), "cannot be moved"));
            assertThat(web.get("job/xmlgrp/job/web01/api/json").status()).isEqualTo(404);
            assertThat(web.get("job/acme/job/web01/api/json").status()).isEqualTo(200);
        });
    }

    @Test
    @Order(10)
    void aRestartKeepsItemsSettingsAndHistory() throws Exception {
        step(() -> {
            List<String> items = List.of("job/acme/", "job/acme/job/web01/", "job/acme/job/db01/", "job/acme/job/bare/",
                    "job/xmlgrp/", "job/xmlgrp/job/files01/", "job/xmlgrp/job/files02/", "job/parked/",
                    "job/parked/job/stuck01/");
            for (String item : items) {
                configsBeforeRestart.put(item, configXml(item));
            }
            for (String host : List.of("job/acme/job/web01/", "job/acme/job/db01/", "job/xmlgrp/job/files01/",
                    "job/xmlgrp/job/files02/")) {
                for (Map<String, Object> b : list(web.get(host + "api/json?tree=builds[number]").json().get("builds"))) {
                    String build = host + number(b) + "/";
                    buildsBeforeRestart.put(build, Json.write(planbAction(web.get(build + "api/json").json())));
                }
            }
            restart();
            assertListensOnLoopbackOnly();

            for (String item : items) {
                assertThat(comparable(configXml(item))).as(item + "config.xml after the restart")
                        .isEqualTo(comparable(configsBeforeRestart.get(item)));
            }
            assertThat(timerSpec(configXml("job/acme/job/web01/"))).isEqualTo(ACME_SCHEDULE);
            assertThat(timerSpec(configXml("job/xmlgrp/job/files01/"))).isEqualTo(OWN_SCHEDULE);
            for (Map.Entry<String, String> build : buildsBeforeRestart.entrySet()) {
                Page page = web.get(build.getKey() + "api/json");
                assertThat(page.status()).as(page.describe()).isEqualTo(200);
                assertThat(Json.write(planbAction(page.json()))).as(build.getKey() + " after the restart")
                        .isEqualTo(build.getValue());
            }
            HtmlForm system = HtmlForm.parse(completePage("manage/configure").body(), "config");
            assertThat(system.value(GLOBAL_ROW, "_.retention")).isEqualTo(SITE_RETENTION);
            HtmlForm acme = HtmlForm.parse(completePage("job/acme/configure").body(), "config");
            assertThat(acme.value(null, "_.directoryPath")).isEqualTo(acmeDirectory);
            assertThat(acme.value(null, "_.schedule")).isEqualTo(ACME_SCHEDULE);
            HtmlForm web01 = HtmlForm.parse(completePage("job/acme/job/web01/configure").body(), "config");
            assertThat(web01.value("connection", "_.root")).isEqualTo(sources.resolve("web01").toString());
            assertThat(web01.value("connection", "_.transport")).isEqualTo("local");
            completePage("job/acme/");
            completePage("job/acme/job/web01/");
            completePage("job/acme/job/web01/lastBuild/");

            // and backups go on after the restart, linked to the history before it, with retention:
            // acme keeps "3d", so of three snapshots in one day the middle one goes
            Map<String, Object> build = awaitBuild(queueBuild("job/acme/job/web01/"));
            Map<String, Object> action = checkSucceeded(build);
            String snapshot = (String) action.get("snapshot");
            Path snapshots = store.resolve("acme/web01/.snapshots");
            assertSameTree(sources.resolve("web01"), snapshots.resolve(snapshot));
            String first = web01Snapshots.values().iterator().next();
            assertHardLinked(snapshots.resolve(first).resolve("etc/hostname"), snapshots.resolve(snapshot).resolve("etc/hostname"));
            List<?> destroyed = (List<?>) action.get("destroyedSnapshots");
            assertThat(web01Snapshots.values()).containsAll(destroyed.stream().map(String.class::cast).toList());
            for (String earlier : web01Snapshots.values()) {
                assertThat(Files.exists(snapshots.resolve(earlier))).as(earlier + " exists unless retention destroyed it")
                        .isEqualTo(!destroyed.contains(earlier));
            }
            say("retention of acme/web01 destroyed " + destroyed);
            web01Snapshots.put(number(build), snapshot);
        });
    }

    @Test
    @Order(11)
    void pipelineStepsBackUpToo() throws Exception {
        sideStep(() -> {
            List<Map<String, Object>> plugins = list(web.get("pluginManager/api/json?depth=1&tree=plugins[shortName,active]")
                    .json().get("plugins"));
            List<Object> active = plugins.stream().filter(p -> Boolean.TRUE.equals(p.get("active")))
                    .map(p -> p.get("shortName")).toList();
            assumeTrue(active.containsAll(List.of("workflow-job", "workflow-cps", "workflow-durable-task-step")),
                    "skipped: the Pipeline plugins (workflow-job, workflow-cps, workflow-durable-task-step) are not in JENKINS_PLUGINS_DIR");
            Path root = createSourceTree("pipe01");
            Path pipelineStore = Files.createDirectories(work.resolve("store-pipeline"));
            String script = """
                    node('planb') {
                        def r = planbBackup host: 'pipeline/pipe01', connection: [transport: 'local', root: '%s'],
                            directoryPath: '%s'
                        echo "planbBackup: ${r.outcome} ${r.snapshot}"
                        def s = planbSnapshots host: 'pipeline/pipe01', directoryPath: '%s'
                        echo "planbSnapshots: ${s.snapshots.size()}"
                    }
                    """.formatted(root, pipelineStore, pipelineStore);
            String xml = "<flow-definition plugin=\"workflow-job\"><definition class=\"org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition\""
                    + " plugin=\"workflow-cps\"><script>" + script.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    + "</script><sandbox>true</sandbox></definition></flow-definition>";
            Page created = web.postXml("createItem?name=pipe", xml);
            assertThat(created.status()).as(created.describe()).isEqualTo(200);
            Map<String, Object> build = awaitBuild(queueBuild("job/pipe/"));
            String console = web.get(build.get("path") + "consoleText").body();
            assertThat(build.get("result")).as("Pipeline result; console:\n" + tail(console, 40)).isEqualTo("SUCCESS");
            assertThat(console).contains("planbBackup: SUCCESS planb-").contains("planbSnapshots: 1");
            Map<String, Object> action = planbAction(build);
            assertThat(action.get("host")).isEqualTo("pipeline/pipe01");
            assertSameTree(root, pipelineStore.resolve("pipeline/pipe01/.snapshots").resolve((String) action.get("snapshot")));
        });
    }

    // ---- steps' plumbing -----------------------------------------------------------------

    private interface Body {
        void run() throws Exception;
    }

    /** Runs one step the later ones build on: after its failure they are skipped. */
    private void step(Body body) throws Exception {
        run(body, true);
    }

    /** Runs one step nothing later depends on: its failure does not skip the rest. */
    private void sideStep(Body body) throws Exception {
        run(body, false);
    }

    /** Skipped after an earlier failure; fails on new forbidden log records too. */
    private void run(Body body, boolean prerequisite) throws Exception {
        assumeFalse(broken, "an earlier step failed");
        try {
            body.run();
            assertLogClean();
        } catch (Throwable t) {
            broken |= prerequisite;
            List<String> bad = newForbiddenRecords();
            logCheckedUpTo = jenkins.logText().length();
            if (!bad.isEmpty() && !(t.getMessage() != null && t.getMessage().contains("forbidden log"))) {
                t.addSuppressed(new AssertionError("forbidden log records:\n" + String.join("\n----\n", bad)));
            }
            throw t;
        }
    }

    private void assertLogClean() {
        List<String> bad = newForbiddenRecords();
        logCheckedUpTo = jenkins.logText().length();
        if (!bad.isEmpty()) {
            fail("forbidden log records in " + jenkins.log() + ":\n" + String.join("\n----\n", bad));
        }
    }

    private List<String> newForbiddenRecords() {
        String log = jenkins.logText();
        return JenkinsServer.forbiddenRecords(log.substring(Math.min(logCheckedUpTo, log.length())), pluginClasses);
    }

    private void start() throws Exception {
        starts++;
        Path log = logDir.resolve("jenkins-" + starts + ".log");
        jenkins = new JenkinsServer(war, home, log, port);
        logCheckedUpTo = 0;
        say("starting Jenkins #" + starts + " on " + jenkins.url() + " (log " + log + ")");
        jenkins.start();
        web = new JenkinsWeb(jenkins.url(), Files.createDirectories(logDir.resolve("pages")));
        Instant deadline = Instant.now().plus(STARTUP);
        while (true) {
            if (!jenkins.isAlive()) {
                fail("Jenkins ended while starting:\n" + tail(jenkins.logText(), 60));
            }
            try {
                Page page = web.get("api/json?tree=mode");
                if (page.status() == 200 && jenkins.logText().contains("Jenkins is fully up and running")) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                fail("Jenkins did not come up within " + STARTUP + ":\n" + tail(jenkins.logText(), 60));
            }
            Thread.sleep(1000);
        }
        say("Jenkins #" + starts + " is up");
        assertLogClean();
    }

    private void restart() throws Exception {
        Page exit = web.post("safeExit");
        assertThat(exit.status()).as(exit.describe()).isIn(200, 302, 303);
        if (!jenkins.awaitExit(Duration.ofMinutes(2))) {
            fail("Jenkins did not exit within 2 minutes after /safeExit");
        }
        assertLogClean();
        say("Jenkins #" + starts + " exited");
        start();
    }

    /** Queues a build now; returns the queue item's path. */
    private String queueBuild(String job) throws Exception {
        Page page = web.post(job + "build?delay=0sec");
        assertThat(page.status()).as(page.describe()).isEqualTo(201);
        assertThat(page.location()).as("queue item of " + job).contains("/queue/item/");
        return page.location().substring(page.location().indexOf("queue/item/"));
    }

    /** Waits until the queued build has run; returns its {@code api/json}. */
    private Map<String, Object> awaitBuild(String queueItem) throws Exception {
        Instant deadline = Instant.now().plus(BUILD);
        String buildUrl = null;
        while (buildUrl == null) {
            Map<String, Object> item = web.get(queueItem + "api/json").json();
            if (Boolean.TRUE.equals(item.get("cancelled"))) {
                fail(queueItem + " was cancelled: " + item);
            }
            if (item.get("executable") instanceof Map<?, ?> executable) {
                buildUrl = (String) executable.get("url");
            } else if (Instant.now().isAfter(deadline)) {
                fail(queueItem + " did not leave the queue within " + BUILD + ": " + item
                        + "\nqueue: " + web.get("queue/api/json").body());
            } else {
                Thread.sleep(500);
            }
        }
        String path = buildUrl.substring(buildUrl.indexOf("/job/") + 1);
        while (true) {
            Map<String, Object> build = web.get(path + "api/json").json();
            if (!Boolean.TRUE.equals(build.get("building")) && build.get("result") != null) {
                say(build.get("fullDisplayName") + ": " + build.get("result") + " in " + build.get("duration") + " ms");
                build.put("path", path);
                return build;
            }
            if (Instant.now().isAfter(deadline)) {
                fail(path + " did not finish within " + BUILD + ":\n" + tail(web.get(path + "consoleText").body(), 40));
            }
            Thread.sleep(500);
        }
    }

    /** Checks a finished backup build: SUCCESS, a PlanB run action with a snapshot, a clean console. */
    private Map<String, Object> checkSucceeded(Map<String, Object> build) throws Exception {
        String path = (String) build.get("path");
        String console = web.get(path + "consoleText").body();
        assertThat(build.get("result")).as(path + " result; console:\n" + tail(console, 40)).isEqualTo("SUCCESS");
        assertThat(console).as(path + " console").doesNotContainPattern("(?m)^\\s+at \\S").doesNotContain("Exception");
        Map<String, Object> action = planbAction(build);
        assertThat(action).as(path + " has a PlanbRunAction").isNotNull();
        assertThat(action.get("outcome")).as(path + " outcome").isEqualTo("SUCCESS");
        assertThat(action.get("error")).isNull();
        assertThat((String) action.get("snapshot")).as(path + " snapshot").matches(SNAPSHOT_NAME);
        assertThat(String.valueOf(build.get("description"))).startsWith((String) action.get("snapshot"));
        return action;
    }

    private static Map<String, Object> planbAction(Map<String, Object> build) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Object action : (List<?>) build.get("actions")) {
            if (action instanceof Map<?, ?> map && ACTION_CLASS.equals(map.get("_class"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                found.add(typed);
            }
        }
        assertThat(found).as("PlanbRunActions of " + build.get("url")).hasSize(1);
        return found.get(0);
    }

    private static int number(Map<String, Object> build) {
        return ((Number) build.get("number")).intValue();
    }

    /** A page that rendered completely: 200 and the closing {@code </html>}. */
    private Page completePage(String path) throws Exception {
        Page page = web.get(path);
        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        String body = page.body().strip();
        if (!body.endsWith("</html>")) {
            fail("the page /" + path + " stops part-way (" + body.length() + " characters, no </html>); it ends with: "
                    + body.substring(Math.max(0, body.length() - 300)));
        }
        return page;
    }

    private String configXml(String item) throws Exception {
        Page page = web.get(item + "config.xml");
        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        return page.body();
    }

    /** A config.xml without the empty {@code <actions/>} Jenkins writes only until the item is reloaded. */
    private static String comparable(String configXml) {
        return configXml.replaceAll("(?m)^\\s*<actions/>\\R", "");
    }

    /** The spec of the item's {@code TimerTrigger}, or null. */
    private static String timerSpec(String configXml) {
        Matcher m = Pattern.compile("<hudson\\.triggers\\.TimerTrigger>\\s*<spec>([^<]*)</spec>").matcher(configXml);
        return m.find() ? HtmlForm.decode(m.group(1)) : null;
    }

    /** The item types New Item offers in the given item group ({@code view/all/} or {@code job/x/}). */
    private List<String> itemTypes(String where) throws Exception {
        Page page = web.get(where + "itemCategories?depth=3&iconStyle=icon-xlg");
        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        List<String> classes = new ArrayList<>();
        for (Map<String, Object> category : list(page.json().get("categories"))) {
            for (Map<String, Object> item : list(category.get("items"))) {
                classes.add((String) item.get("class"));
            }
        }
        return classes;
    }

    /** The options a drop-down of the form loads, fetched as the page's script does (its fillUrl, POST). */
    private List<String> dropDownChoices(HtmlForm form, String group, String name) throws Exception {
        String fillUrl = form.control(group, name).attr("fillUrl");
        assertThat(fillUrl).as("fillUrl of " + name).isNotBlank();
        Page page = web.postForm(fillUrl, Map.of());
        assertThat(page.status()).as(page.describe()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        for (Map<String, Object> option : list(page.json().get("values"))) {
            values.add((String) option.get("value"));
        }
        return values;
    }

    /**
     * What the page's script asks of PlanB's descriptors answers: every help link, every field
     * check (with the field's value and those it depends on, as the page sends them; a saved form
     * shows no error) and every drop-down fill.
     */
    private void assertPlanbFormEndpointsAnswer(String html, HtmlForm form) throws Exception {
        Matcher help = Pattern.compile("helpURL=\"([^\"]*planb[^\"]*)\"").matcher(html);
        int helps = 0;
        while (help.find()) {
            Page page = web.get(HtmlForm.decode(help.group(1)));
            assertThat(page.status()).as(page.describe()).isEqualTo(200);
            assertThat(page.body()).as("help " + help.group(1)).isNotBlank();
            helps++;
        }
        int checks = 0;
        int fills = 0;
        List<String> errors = new ArrayList<>();
        for (HtmlForm.Element e : form.controls()) {
            String checkUrl = e.attr("checkUrl");
            if (checkUrl != null && checkUrl.contains("planb")) {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("value", form.scriptValue(e));
                for (String dep : e.attributes.getOrDefault("checkDependsOn", "").trim().split("\\s+")) {
                    if (!dep.isEmpty()) {
                        HtmlForm.Element other = form.neighbour(e, dep);
                        assertThat(other).as(e.name() + " depends on " + dep + ", which the form lacks").isNotNull();
                        params.put(dep, form.scriptValue(other));
                    }
                }
                Page page = web.postForm(checkUrl, params);
                assertThat(page.status()).as(page.describe()).isEqualTo(200);
                if (page.body().contains("class=\"error\"")) {
                    errors.add(e.name() + " = '" + params.get("value") + "': " + page.text());
                }
                checks++;
            }
            String fillUrl = e.attr("fillUrl");
            if (fillUrl != null && fillUrl.contains("planb")) {
                Map<String, String> params = new LinkedHashMap<>();
                for (String dep : e.attributes.getOrDefault("fillDependsOn", "").trim().split("\\s+")) {
                    if (!dep.isEmpty()) {
                        HtmlForm.Element other = dep.equals("value") ? e : form.neighbour(e, dep);
                        params.put(dep, other == null ? "" : form.scriptValue(other));
                    }
                }
                Page page = web.postForm(fillUrl, params);
                assertThat(page.status()).as(page.describe()).isEqualTo(200);
                assertThat(page.json()).as(fillUrl).containsKey("values");
                fills++;
            }
        }
        say(helps + " help links, " + checks + " checks, " + fills + " drop-downs of PlanB answer");
        assertThat(errors).as("field checks that show an error on the saved form").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        assertThat(value).as("a JSON array").isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }

    private void assertListensOnLoopbackOnly() throws Exception {
        Path ss = findProgram("ss");
        if (ss == null) {
            say("ss not found: listening sockets not checked");
            return;
        }
        Process process = new ProcessBuilder(ss.toString(), "-ltnpH").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        List<String> ours = out.lines().filter(line -> line.contains("pid=" + jenkins.pid() + ",")).toList();
        assertThat(ours).as("Jenkins listens").isNotEmpty();
        for (String line : ours) {
            String local = line.trim().split("\\s+")[3];
            assertThat(local).as("Jenkins listens on 127.0.0.1 only: " + line)
                    .matches("(127\\.0\\.0\\.1|\\[::ffff:127\\.0\\.0\\.1\\]):\\d+");
        }
    }

    // ---- files -----------------------------------------------------------------------------

    /** A small tree to back up: files with modes, a hard link pair, symlinks, an empty directory. */
    private Path createSourceTree(String host) throws IOException {
        Path root = sources.resolve(host);
        Files.createDirectories(root.resolve("etc"));
        Files.createDirectories(root.resolve("var/www"));
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(root.resolve("etc/hostname"), host + "\n");
        Files.writeString(root.resolve("etc/app.conf"), "listen 80\n");
        Files.setPosixFilePermissions(root.resolve("etc/app.conf"), PosixFilePermissions.fromString("rw-r-----"));
        Files.writeString(root.resolve("var/www/index.html"), "<h1>" + host + "</h1>\n");
        Files.createLink(root.resolve("var/www/index-copy.html"), root.resolve("var/www/index.html"));
        Files.createSymbolicLink(root.resolve("current"), Path.of("var/www"));
        Files.createSymbolicLink(root.resolve("etc/link.conf"), Path.of("app.conf"));
        Path tool = Files.writeString(root.resolve("tool.sh"), "#!/bin/sh\necho " + host + "\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        return root;
    }

    /** The snapshot holds the source: same entries, types, contents, modes and link targets. */
    private static void assertSameTree(Path source, Path snapshot) throws IOException {
        assertThat(snapshot).as("snapshot directory").isDirectory();
        Map<String, String> expected = describeTree(source);
        Map<String, String> actual = describeTree(snapshot);
        assertThat(actual).as("snapshot " + snapshot + " vs source " + source).isEqualTo(expected);
    }

    private static Map<String, String> describeTree(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root)) {
                    entries.put(root.relativize(dir).toString(), "dir " + mode(dir));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = root.relativize(file).toString();
                if (attrs.isSymbolicLink()) {
                    entries.put(name, "link -> " + Files.readSymbolicLink(file));
                } else {
                    entries.put(name, "file " + mode(file) + " " + Files.readString(file, StandardCharsets.ISO_8859_1));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return entries;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static void assertHardLinked(Path a, Path b) throws IOException {
        Object inodeA = Files.getAttribute(a, "unix:ino", LinkOption.NOFOLLOW_LINKS);
        Object inodeB = Files.getAttribute(b, "unix:ino", LinkOption.NOFOLLOW_LINKS);
        assertThat(inodeB).as(a + " and " + b + " are one file (hard link)").isEqualTo(inodeA);
    }

    // ---- JENKINS_HOME ------------------------------------------------------------------

    /** The dependency plugins and planb, as {@code <name>.jpi} the way the plugin manager keeps them. */
    private void installPlugins() throws IOException {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(pluginsDir, "*.{hpi,jpi}")) {
            for (Path plugin : dir) {
                String name = plugin.getFileName().toString().replaceFirst("\\.[hj]pi$", "");
                if (name.equals("planb")) {
                    continue;
                }
                Files.copy(plugin, plugins.resolve(name + ".jpi"), StandardCopyOption.REPLACE_EXISTING);
                names.add(name);
            }
        }
        assertThat(names).as("plugins in JENKINS_PLUGINS_DIR " + pluginsDir).isNotEmpty();
        Files.copy(hpi, plugins.resolve("planb.jpi"));
        pluginClasses = classesOf(hpi);
        assertThat(pluginClasses).as("classes in " + hpi).isNotEmpty();
        String dependencies = manifest(hpi).getMainAttributes().getValue("Plugin-Dependencies");
        List<String> missing = new ArrayList<>();
        for (String dependency : dependencies == null ? new String[0] : dependencies.split(",")) {
            String name = dependency.split(":")[0].trim();
            if (!dependency.contains("resolution:=optional") && !names.contains(name)) {
                missing.add(name);
            }
        }
        assertThat(missing).as("planb's required plugins missing from " + pluginsDir).isEmpty();
        say(names.size() + " dependency plugins + planb.jpi (" + hpi + ")");
    }

    /**
     * A ready {@code config.xml}: no setup wizard, no security realm (anyone may do anything, as
     * on a fresh test instance; POSTs still need the CSRF crumb), the built-in node labelled
     * {@code planb} with two executors, and no inbound agent port.
     */
    private void writeJenkinsConfig() throws IOException {
        String version = manifest(war).getMainAttributes().getValue("Jenkins-Version");
        assertThat(version).as("Jenkins-Version in the war's manifest").isNotBlank();
        say("Jenkins " + version + " (" + war + ")");
        Files.writeString(home.resolve("config.xml"), """
                <?xml version='1.1' encoding='UTF-8'?>
                <hudson>
                  <version>%s</version>
                  <numExecutors>2</numExecutors>
                  <mode>NORMAL</mode>
                  <useSecurity>true</useSecurity>
                  <authorizationStrategy class="hudson.security.AuthorizationStrategy$Unsecured"/>
                  <securityRealm class="hudson.security.SecurityRealm$None"/>
                  <label>planb</label>
                  <slaveAgentPort>-1</slaveAgentPort>
                  <crumbIssuer class="hudson.security.csrf.DefaultCrumbIssuer"/>
                </hudson>
                """.formatted(version));
        Files.writeString(home.resolve("jenkins.install.InstallUtil.lastExecVersion"), version);
        Files.writeString(home.resolve("jenkins.install.UpgradeWizard.state"), version);
    }

    /** The class names in the .hpi's {@code WEB-INF/lib/planb.jar}. */
    private static Set<String> classesOf(Path hpi) throws IOException {
        Set<String> classes = new HashSet<>();
        try (ZipFile zip = new ZipFile(hpi.toFile())) {
            var entry = zip.getEntry("WEB-INF/lib/planb.jar");
            assertThat(entry).as("WEB-INF/lib/planb.jar in " + hpi).isNotNull();
            try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(entry))) {
                for (var e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                    if (e.getName().endsWith(".class")) {
                        classes.add(e.getName().substring(0, e.getName().length() - 6).replace('/', '.'));
                    }
                }
            }
        }
        return classes;
    }

    private static Manifest manifest(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            var entry = zip.getEntry("META-INF/MANIFEST.MF");
            assertThat(entry).as("manifest of " + archive).isNotNull();
            try (InputStream in = zip.getInputStream(entry)) {
                return new Manifest(in);
            }
        }
    }

    // ---- small things ----------------------------------------------------------------------

    private static Path requiredPath(String variable, String what) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            String reason = "skipped: " + variable + " not set (" + what
                    + "); the acceptance test against a real Jenkins needs JENKINS_WAR and JENKINS_PLUGINS_DIR";
            say(reason);
            assumeTrue(false, reason);
        }
        return Path.of(value);
    }

    private static Path findProgram(String name) {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name);
            }
        }
        return null;
    }

    /** The sentence of {@code text} around {@code needle}, for the log of the run. */
    private static String sentence(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            return Json.abbreviate(text);
        }
        int dot = text.lastIndexOf(". ", at);
        int start = Math.max(dot < 0 ? 0 : dot + 2, at - 200);
        int end = text.indexOf(". ", at);
        return text.substring(start, end < 0 ? Math.min(text.length(), at + 300) : end + 1);
    }

    private static String withoutSvg(String html) {
        return html.replaceAll("(?s)<svg.*?</svg>", "");
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void say(String message) {
        System.out.println("[acceptance] " + message);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(dir -> dir.toFile().setWritable(true, true));
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
