package io.jenkins.plugins.planb.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the built {@code target/planb.hpi} and checks it has what maven-hpi-plugin produces
 * (REFERENCE §4) and what Jenkins reads when it loads the plugin. Runs in both builds: the
 * plugin POM's (maven-hpi-plugin) and the offline one's (HpiAssembler).
 */
class PluginArchiveITest {

    private static final List<String> STAND_IN_PREFIXES =
            List.of("hudson/", "jenkins/", "org/kohsuke/", "org/jenkinsci/", "com/cloudbees/", "org/jvnet/");

    private static Path buildDir;
    private static Path hpi;

    @BeforeAll
    static void locate() {
        buildDir = Path.of(System.getProperty("planb.buildDir", "target"));
        hpi = buildDir.resolve("planb.hpi");
        assertThat(hpi).as("the package phase builds the .hpi").isRegularFile();
    }

    @Test
    void manifestCarriesThePluginAttributes() throws IOException {
        Attributes main = manifestOf(hpi);
        assertThat(main.getValue("Short-Name")).isEqualTo("planb");
        assertThat(main.getValue("Long-Name")).isEqualTo("PlanB");
        assertThat(main.getValue("Group-Id")).isEqualTo("io.jenkins.plugins");
        assertThat(main.getValue("Artifact-Id")).isEqualTo("planb");
        assertThat(main.getValue("Jenkins-Version")).isEqualTo("2.568.2");
        assertThat(main.getValue("Hudson-Version")).isEqualTo("2.568.2");
        assertThat(main.getValue("Plugin-Version")).startsWith(main.getValue("Implementation-Version"));
        assertThat(main.getValue("Url")).startsWith("https://");
        assertThat(main.getValue("Plugin-License-Name")).isEqualTo("MIT License");
        assertThat(main.getValue("Plugin-Developers")).as("written even when empty").isNotNull();
        assertThat(main.getValue("Plugin-ScmUrl")).isEqualTo("https://github.com/jenkinsci/planb-plugin");
        // maven-hpi-plugin's order: by Maven artifact id. JSON and YAML come from library plugins.
        assertThat(main.getValue("Plugin-Dependencies").split(","))
                .containsExactly(
                        "ionicons-api:94.vcc3065403257",
                        "snakeyaml-api:2.5-149.v72471e9c6371",
                        "workflow-step-api:724.v538c2362b_dfb_",
                        "cloudbees-folder:6.1106.v3a_d9a_6d2465e",
                        "credentials:1511.v2e3cb_0008ef0",
                        "jackson2-api:2.22.1-443.vc91f592333c4",
                        "mailer:534.v1b_36f5864073;resolution:=optional",
                        "plain-credentials:199.v9f8e1f741799",
                        "ssh-credentials:372.va_250881b_08cd",
                        "structs:362.va_b_695ef4fdf9");
    }

    @Test
    void pluginJarHoldsClassesResourcesAndBothIndexes() throws IOException {
        List<String> entries = pluginJarEntries();
        assertThat(entries).contains(
                "index.jelly",
                "META-INF/annotations/hudson.Extension",
                "META-INF/services/annotations/org.jenkinsci.Symbol",
                "io/jenkins/plugins/planb/core/run/Outcome.class");
        assertThat(entries).noneMatch(name -> STAND_IN_PREFIXES.stream().anyMatch(name::startsWith));
        assertThat(entries).as("the command and the libraries are no part of the plugin jar")
                .noneMatch(name -> name.startsWith("io/jenkins/plugins/planb/cli/") || name.startsWith("picocli/")
                        || name.startsWith("org/yaml/") || name.startsWith("com/fasterxml/"));
    }

    @Test
    void pluginJarCarriesTheSameManifest() throws IOException {
        try (ZipFile archive = new ZipFile(hpi.toFile());
                JarInputStream jar = new JarInputStream(archive.getInputStream(archive.getEntry("WEB-INF/lib/planb.jar")))) {
            assertThat(jar.getManifest().getMainAttributes()).isEqualTo(manifestOf(hpi));
        }
    }

    @Test
    void bundlesNoLibraryAndListsTheLicences() throws IOException {
        List<String> libs = new ArrayList<>();
        try (ZipFile archive = new ZipFile(hpi.toFile())) {
            archive.stream().map(ZipEntry::getName).filter(n -> n.startsWith("WEB-INF/lib/") && !n.endsWith("/"))
                    .forEach(libs::add);
            // Core, jackson2-api and snakeyaml-api provide every library the plugin uses.
            assertThat(libs).containsExactly("WEB-INF/lib/planb.jar");
            ZipEntry licenses = archive.getEntry("WEB-INF/licenses.xml");
            assertThat(licenses).as("WEB-INF/licenses.xml").isNotNull();
            String xml = new String(archive.getInputStream(licenses).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml).contains("artifactId='planb'", "MIT License");
        }
    }

    @Test
    void everyJellyViewEscapesByDefaultAndRunsNoInlineScript() throws IOException {
        try (ZipFile archive = new ZipFile(hpi.toFile());
                JarInputStream jar = new JarInputStream(archive.getInputStream(archive.getEntry("WEB-INF/lib/planb.jar")))) {
            int views = 0;
            for (ZipEntry e; (e = jar.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".jelly")) {
                    views++;
                    String view = new String(jar.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(view).as(e.getName()).contains("<?jelly escape-by-default='true'?>");
                    assertThat(view).as(e.getName()).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
                    assertThat(view).as(e.getName()).doesNotContainPattern("<script(?![^>]*\\ssrc=)(?![^>]*application/json)");
                }
            }
            assertThat(views).isPositive();
        }
    }

    @Test
    void cliJarHoldsTheEngineAndCommandButNoGlue() throws IOException {
        Path cli = buildDir.resolve("planb-cli.jar");
        try (ZipFile jar = new ZipFile(cli.toFile())) {
            List<String> classes = jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("io/jenkins/plugins/planb/") && n.endsWith(".class")).toList();
            assertThat(classes).isNotEmpty()
                    .allMatch(n -> n.startsWith("io/jenkins/plugins/planb/core/") || n.startsWith("io/jenkins/plugins/planb/cli/"));
            assertThat(jar.getEntry("picocli/CommandLine.class")).isNotNull();
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/MANIFEST.MF"))) {
                assertThat(new Manifest(in).getMainAttributes().getValue("Main-Class"))
                        .isEqualTo("io.jenkins.plugins.planb.cli.PlanbCli");
            }
        }
    }

    @Test
    void cliJarRunsWithJavaDashJarAndListsTheCommands() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process help = new ProcessBuilder(java.toString(), "-jar", buildDir.resolve("planb-cli.jar").toString(), "--help")
                .redirectErrorStream(true).start();
        String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor()).as(text).isZero();
        assertThat(text).contains("validate", "backup", "status", "snapshots", "prune", "retention");
    }

    private static Attributes manifestOf(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }

    private static List<String> pluginJarEntries() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile archive = new ZipFile(hpi.toFile());
                JarInputStream jar = new JarInputStream(archive.getInputStream(archive.getEntry("WEB-INF/lib/planb.jar")))) {
            for (ZipEntry e; (e = jar.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
