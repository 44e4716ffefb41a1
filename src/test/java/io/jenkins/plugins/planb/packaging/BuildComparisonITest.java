package io.jenkins.plugins.planb.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin POM's build (maven-hpi-plugin, {@code pom.xml}) and the offline build (stand-ins
 * and HpiAssembler, {@code pom-offline.xml}) must give the same plugin: the same classes in
 * {@code WEB-INF/lib/planb.jar}, the same views, help files and other resources (and the same
 * annotation indexes), the same bundled jars, the same static files, and the same manifest apart
 * from what differs between any two builds (who built it, with which JDK, which commit).
 *
 * <p>The two files come from the system properties {@code planb.compare.real} and
 * {@code planb.compare.offline}; {@code bin/compare-builds} builds both and runs this test.
 * A build that has only one of them (the offline build on the CI here, the plugin POM's on
 * ci.jenkins.io) skips this test and says which file is missing.
 */
class BuildComparisonITest {

    /** Manifest attributes that differ between any two builds, also of one POM. */
    private static final Set<String> BUILD_TIME = Set.of("Created-By", "Build-Jdk-Spec", "Implementation-Build");

    private static Path real;
    private static Path offline;
    /** Why the comparison cannot run here, or null. */
    private static String missing;

    @BeforeAll
    static void locate() {
        real = given("planb.compare.real", "the plugin POM's build (mvn verify with pom.xml)");
        offline = given("planb.compare.offline", "the offline build (mvn -f pom-offline.xml -Dplanb.buildDir=target/offline package)");
        if (missing != null) {
            System.out.println("BuildComparisonITest SKIPPED: " + missing);
            return;
        }
        assertThat(real.toAbsolutePath().normalize()).as("two different files").isNotEqualTo(offline.toAbsolutePath().normalize());
    }

    @Test
    void eachFileComesFromItsBuild() throws IOException {
        // HpiAssembler says so in Created-By, the one manifest attribute the builds differ in on purpose.
        assertThat(manifest(real).getValue("Created-By")).as("Created-By of " + real).doesNotContain("HpiAssembler");
        assertThat(manifest(offline).getValue("Created-By")).as("Created-By of " + offline).contains("HpiAssembler");
    }

    @BeforeEach
    void bothBuildsAreThere() {
        assumeTrue(missing == null, missing);
    }

    private static Path given(String property, String madeBy) {
        String value = System.getProperty(property, "").strip();
        if (value.isEmpty() || value.startsWith("${")) {
            missing = missing != null ? missing : "no .hpi to compare: system property " + property + " names none (the .hpi of " + madeBy
                    + "); bin/compare-builds builds both and sets it";
            return null;
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            missing = missing != null ? missing : "no .hpi to compare: " + file + " (from " + property + ", the .hpi of " + madeBy
                    + ") does not exist; bin/compare-builds builds both";
        }
        return file;
    }

    @Test
    void samePluginClasses() throws IOException {
        assertThat(jarEntries(offline).keySet().stream().filter(n -> n.endsWith(".class")).toList())
                .as("classes of WEB-INF/lib/planb.jar, offline build vs plugin POM")
                .containsExactlyElementsOf(jarEntries(real).keySet().stream().filter(n -> n.endsWith(".class")).toList());
    }

    /**
     * javac's output depends on the class path only through what it resolves: descriptors,
     * interface or class, constants it inlines. So when both builds run on one JDK (as in
     * bin/compare-builds), a class that differs means a stand-in differs from the real API.
     */
    @Test
    void sameClassFilesByteForByte() throws IOException {
        Map<String, byte[]> realEntries = jarEntries(real);
        Map<String, byte[]> offlineEntries = jarEntries(offline);
        assumeTrue(Objects.equals(manifest(real).getValue("Build-Jdk-Spec"), manifest(offline).getValue("Build-Jdk-Spec")),
                "the two builds ran on different JDKs, whose javac may differ");
        List<String> differing = realEntries.keySet().stream()
                .filter(name -> name.endsWith(".class") && offlineEntries.containsKey(name))
                .filter(name -> !Arrays.equals(realEntries.get(name), offlineEntries.get(name)))
                .toList();
        assertThat(differing).as("classes compiled differently against the stand-ins than against the real API").isEmpty();
    }

    @Test
    void sameViewsAndResources() throws IOException {
        Map<String, String> offlineResources = resources(offline);
        Map<String, String> realResources = resources(real);
        offlineResources.keySet().removeIf(BuildComparisonITest::isMethodParameterNames);
        realResources.keySet().removeIf(BuildComparisonITest::isMethodParameterNames);
        assertThat(offlineResources.keySet()).as("views, help files, properties and indexes of WEB-INF/lib/planb.jar")
                .containsExactlyElementsOf(realResources.keySet());
        List<String> differing = realResources.keySet().stream()
                .filter(name -> !realResources.get(name).equals(offlineResources.get(name))).toList();
        assertThat(differing).as("resources whose content differs").isEmpty();
    }

    /**
     * Stapler's {@code QueryParameterAnnotationProcessor} writes {@code <Type>/<method>.stapler}
     * for one of the methods that share a name and parameter names, picked by {@code HashSet}
     * order, so the plugin build's set changes from build to build; the offline build writes
     * one for every method. So: every file of the plugin build is in the offline build with the
     * same content, and every offline file's method name and parameters occur in the plugin build.
     */
    @Test
    void sameMethodParameterNamesForStapler() throws IOException {
        Map<String, String> offlineFiles = new TreeMap<>(jarTexts(offline));
        Map<String, String> realFiles = new TreeMap<>(jarTexts(real));
        offlineFiles.keySet().removeIf(name -> !isMethodParameterNames(name));
        realFiles.keySet().removeIf(name -> !isMethodParameterNames(name));
        assertThat(offlineFiles).as("<Type>/<method>.stapler of the offline build").containsAllEntriesOf(realFiles);
        Set<String> realMethods = new TreeSet<>();
        realFiles.forEach((name, params) -> realMethods.add(methodOf(name) + "(" + params + ")"));
        Set<String> offlineMethods = new TreeSet<>();
        offlineFiles.forEach((name, params) -> offlineMethods.add(methodOf(name) + "(" + params + ")"));
        assertThat(offlineMethods).as("methods and parameter names").isEqualTo(realMethods);
    }

    private static boolean isMethodParameterNames(String name) {
        return name.endsWith(".stapler") && Character.isLowerCase(methodOf(name).charAt(0));
    }

    private static String methodOf(String name) {
        return name.substring(name.lastIndexOf('/') + 1, name.length() - ".stapler".length());
    }

    private static Map<String, String> jarTexts(Path hpi) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        jarEntries(hpi).forEach((name, data) -> texts.put(name, new String(data, StandardCharsets.UTF_8)));
        return texts;
    }

    @Test
    void sameArchiveLayout() throws IOException {
        assertThat(hpiEntries(offline)).as("entries of the .hpi outside planb.jar (bundled jars, static files, licences)")
                .isEqualTo(hpiEntries(real));
    }

    @Test
    void samePluginDependencies() throws IOException {
        assertThat(dependencies(manifest(offline))).as("Plugin-Dependencies")
                .containsExactlyElementsOf(dependencies(manifest(real)));
    }

    @Test
    void sameManifestApartFromBuildTimeAttributes() throws IOException {
        assertThat(comparable(manifest(offline))).as("manifest attributes (without %s)", BUILD_TIME)
                .isEqualTo(comparable(manifest(real)));
    }

    @Test
    void sameLicences() throws IOException {
        assertThat(text(offline, "WEB-INF/licenses.xml")).as("WEB-INF/licenses.xml").isEqualTo(text(real, "WEB-INF/licenses.xml"));
    }

    private static List<String> dependencies(Attributes manifest) {
        String value = manifest.getValue("Plugin-Dependencies");
        return value == null ? List.of() : Arrays.asList(value.split(","));
    }

    /** The manifest as compared: build-time attributes left out, the private build mark cut off. */
    private static Map<String, String> comparable(Attributes manifest) {
        Map<String, String> result = new TreeMap<>();
        manifest.forEach((name, value) -> {
            if (!BUILD_TIME.contains(name.toString())) {
                result.put(name.toString(), value.toString().replaceFirst(" \\(private-[^)]*\\)$", ""));
            }
        });
        return result;
    }

    /**
     * Every resource of planb.jar with its content, except the manifest and SezPoz's binary
     * extension index, whose serialised form may order entries differently; its readable twin
     * {@code hudson.Extension.txt} is compared instead, line by line.
     */
    private static Map<String, String> resources(Path hpi) throws IOException {
        Map<String, String> result = new TreeMap<>();
        jarEntries(hpi).forEach((name, data) -> {
            if (name.endsWith(".class") || name.equals("META-INF/annotations/hudson.Extension")) {
                return;
            }
            String text = new String(data, StandardCharsets.UTF_8);
            if (name.endsWith("hudson.Extension.txt") || name.startsWith("META-INF/services/annotations/")) {
                text = String.join("\n", new TreeSet<>(text.lines().toList()));
            }
            result.put(name, text);
        });
        return result;
    }

    private static Map<String, byte[]> jarEntries(Path hpi) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile archive = new ZipFile(hpi.toFile())) {
            ZipEntry jar = archive.getEntry("WEB-INF/lib/planb.jar");
            assertThat(jar).as("WEB-INF/lib/planb.jar in " + hpi).isNotNull();
            try (JarInputStream in = new JarInputStream(archive.getInputStream(jar))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (!e.isDirectory()) {
                        entries.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return entries;
    }

    private static Set<String> hpiEntries(Path hpi) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipFile archive = new ZipFile(hpi.toFile())) {
            archive.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(names::add);
        }
        return names;
    }

    private static String text(Path hpi, String entry) throws IOException {
        try (ZipFile archive = new ZipFile(hpi.toFile())) {
            ZipEntry e = archive.getEntry(entry);
            assertThat(e).as(entry + " in " + hpi).isNotNull();
            try (InputStream in = archive.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static Attributes manifest(Path hpi) throws IOException {
        try (ZipFile archive = new ZipFile(hpi.toFile());
                InputStream in = archive.getInputStream(archive.getEntry("META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }
}
