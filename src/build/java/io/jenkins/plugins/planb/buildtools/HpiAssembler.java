package io.jenkins.plugins.planb.buildtools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The offline build's stand-in for maven-hpi-plugin's {@code hpi:hpi}: lays out
 * {@code <artifactId>.hpi} as maven-hpi-plugin does (REFERENCE §4) for machines that cannot
 * reach the Jenkins repository.
 *
 * <p>Everything the plugin declares is read from the plugin POM ({@code pom.xml}), so it is
 * written once: identity, name, URL, licences, SCM, developers, {@code jenkins.version} and the
 * plugin dependencies with their {@code optional} flags. Only the dependency <em>versions</em>
 * cannot be read, because they come from the BOM on repo.jenkins-ci.org; they are in
 * {@code --versions} (a copy of what the BOM pins), which must name the BOM {@code pom.xml}
 * imports. {@code BuildComparisonITest} compares the result with maven-hpi-plugin's.
 *
 * <p>Arguments: {@code --pom F --versions F --project-version V --jar F --webapp DIR --out F},
 * {@code --default name=value} for properties the plugin parent POM defines (used when
 * interpolating {@code pom.xml}), and {@code --attr Name=Value} for the build-time manifest
 * attributes Maven's archiver writes first ({@code Created-By}, {@code Build-Jdk-Spec}).
 */
public final class HpiAssembler {

    private HpiAssembler() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> buildAttrs = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        Path pom = null;
        Path versions = null;
        String projectVersion = null;
        Path jar = null;
        Path webapp = null;
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--pom" -> pom = Path.of(value);
                case "--versions" -> versions = Path.of(value);
                case "--project-version" -> projectVersion = value;
                case "--jar" -> jar = Path.of(value);
                case "--webapp" -> webapp = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--attr" -> put(buildAttrs, value);
                case "--default" -> put(defaults, value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (pom == null || versions == null || jar == null || out == null) {
            throw new IllegalArgumentException("--pom, --versions, --jar and --out are required");
        }
        try {
            PluginPom plugin = PluginPom.read(pom, defaults);
            if (projectVersion != null && !projectVersion.equals(plugin.version())) {
                throw new BuildException("the offline POM has version " + projectVersion + " but " + pom
                        + " has " + plugin.version() + ": give both the same <version>");
            }
            OfflineVersions pinned = OfflineVersions.read(versions);
            pinned.requireBom(plugin.bom(), versions, pom);
            assemble(plugin, pinned, Files.readAllBytes(pom), buildAttrs, jar, webapp, out);
        } catch (BuildException e) {
            System.err.println("HpiAssembler: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void put(Map<String, String> map, String nameValue) {
        int eq = nameValue.indexOf('=');
        if (eq > 0 && eq < nameValue.length() - 1) { // an unset Maven property leaves it empty
            map.put(nameValue.substring(0, eq), nameValue.substring(eq + 1));
        }
    }

    static void assemble(PluginPom plugin, OfflineVersions pinned, byte[] pomBytes, Map<String, String> buildAttrs,
            Path jar, Path webapp, Path out) throws IOException {
        Map<String, byte[]> classes = readJar(jar);
        Manifest manifest = manifest(plugin, pinned, buildAttrs, classes);
        Map<String, byte[]> mavenDescriptor = mavenDescriptor(plugin, pomBytes);

        ByteArrayOutputStream pluginJar = new ByteArrayOutputStream();
        try (JarOutputStream jarOut = new JarOutputStream(pluginJar, manifest)) {
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                if (!e.getKey().startsWith("META-INF/maven/")) {
                    add(jarOut, e.getKey(), e.getValue());
                }
            }
            for (Map.Entry<String, byte[]> e : mavenDescriptor.entrySet()) {
                add(jarOut, e.getKey(), e.getValue());
            }
        }

        Files.createDirectories(out.toAbsolutePath().getParent());
        try (JarOutputStream hpi = new JarOutputStream(Files.newOutputStream(out), manifest)) {
            for (Path file : listFiles(webapp)) {
                add(hpi, webapp.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            add(hpi, "WEB-INF/licenses.xml", LicensesXml.of(plugin).getBytes(StandardCharsets.UTF_8));
            add(hpi, "WEB-INF/lib/" + plugin.artifactId() + ".jar", pluginJar.toByteArray());
            for (Map.Entry<String, byte[]> e : mavenDescriptor.entrySet()) {
                add(hpi, e.getKey(), e.getValue());
            }
        }
    }

    /**
     * The attributes in the order maven-hpi-plugin writes them: Maven's archiver first, then
     * {@code AbstractJenkinsManifestMojo.setAttributes}.
     */
    static Manifest manifest(PluginPom plugin, OfflineVersions pinned, Map<String, String> buildAttrs,
            Map<String, byte[]> classes) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("Manifest-Version", "1.0");
        attrs.putAll(buildAttrs);
        attrs.put("Specification-Title", plugin.name());
        attrs.put("Specification-Version", specificationVersion(plugin.version()));
        attrs.put("Implementation-Title", plugin.name());
        attrs.put("Implementation-Version", plugin.version());
        byte[] pluginClass = classes.get("META-INF/services/hudson.Plugin");
        if (pluginClass != null) {
            attrs.put("Plugin-Class", new String(pluginClass, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip());
        }
        attrs.put("Group-Id", plugin.groupId());
        attrs.put("Artifact-Id", plugin.artifactId());
        attrs.put("Short-Name", plugin.artifactId());
        attrs.put("Long-Name", plugin.name());
        if (plugin.url() != null) {
            attrs.put("Url", plugin.url());
        }
        String sha = gitHead();
        attrs.put("Plugin-Version", pluginVersion(plugin.version(), sha, System.getProperty("user.name")));
        attrs.put("Hudson-Version", plugin.jenkinsVersion());
        attrs.put("Jenkins-Version", plugin.jenkinsVersion());
        String dependencies = pluginDependencies(plugin, pinned);
        if (!dependencies.isEmpty()) {
            attrs.put("Plugin-Dependencies", dependencies);
        }
        attrs.put("Plugin-Developers", String.join(",", plugin.developers()));
        String dynamic = supportDynamicLoading(classes.get("META-INF/annotations/hudson.Extension.txt"));
        if (dynamic != null) {
            attrs.put("Support-Dynamic-Loading", dynamic);
        }
        int n = 0;
        for (PluginPom.License license : plugin.licenses()) {
            n++;
            String suffix = n == 1 ? "" : "-" + n;
            putIfNotNull(attrs, "Plugin-License-Name" + suffix, license.name());
            putIfNotNull(attrs, "Plugin-License-Url" + suffix, license.url());
        }
        putIfNotNull(attrs, "Plugin-ChangelogUrl", plugin.property("hpi.pluginChangelogUrl"));
        putIfNotNull(attrs, "Plugin-LogoUrl", plugin.property("hpi.pluginLogoUrl"));
        putIfNotNull(attrs, "Plugin-ScmConnection", plugin.scm().get("connection"));
        putIfNotNull(attrs, "Plugin-ScmTag", plugin.scm().get("tag"));
        putIfNotNull(attrs, "Plugin-ScmUrl", plugin.scm().get("url"));
        putIfNotNull(attrs, "Implementation-Build", sha);

        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        attrs.forEach((name, value) -> main.put(new Attributes.Name(name), value));
        return manifest;
    }

    /**
     * {@code Plugin-Dependencies} as maven-hpi-plugin derives it: the direct compile and runtime
     * dependencies that are plugins, ordered by Maven artifact id, {@code optional} marked.
     */
    static String pluginDependencies(PluginPom plugin, OfflineVersions pinned) {
        List<String[]> deps = new ArrayList<>(); // sort key, entry
        for (PluginPom.Dependency d : plugin.dependencies()) {
            if (!d.scope().equals("compile") && !d.scope().equals("runtime")) {
                if (d.scope().equals("provided") && pinned.isPlugin(d.key())) {
                    throw new BuildException(d.key() + " is a plugin in provided scope; maven-hpi-plugin refuses that: use compile scope");
                }
                continue;
            }
            String version = pinned.version(d.key());
            if (version == null) {
                throw new BuildException("pom.xml depends on " + d.key() + ", which " + pinned.file()
                        + " does not list. Add the version the BOM pins for a plugin; the offline build bundles no"
                        + " third-party libraries (hpi.strictBundledArtifacts), so a library must come from a plugin.");
            }
            String entry = d.artifactId() + ":" + version + (d.optional() ? ";resolution:=optional" : "");
            deps.add(new String[] {d.groupId() + ":" + d.artifactId() + ":jar:" + version, entry});
        }
        deps.sort((a, b) -> a[0].compareTo(b[0]));
        return String.join(",", deps.stream().map(d -> d[1]).toList());
    }

    /** maven-hpi-plugin: {@code false} if any extension is NO, {@code true} if all are YES, else none. */
    static String supportDynamicLoading(byte[] extensionIndexText) {
        if (extensionIndexText == null) {
            return null;
        }
        List<String> lines = new String(extensionIndexText, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        if (lines.stream().anyMatch(l -> l.contains("dynamicLoadable=NO"))) {
            return "false";
        }
        if (!lines.isEmpty() && lines.stream().allMatch(l -> l.contains("dynamicLoadable=YES"))) {
            return "true";
        }
        return null;
    }

    /** Maven's archiver writes the major and minor version (maven-archiver 3.5+). */
    static String specificationVersion(String version) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)(?:\\.(\\d+))?").matcher(version);
        if (!m.find()) {
            return "0.0";
        }
        return m.group(1) + "." + (m.group(2) != null ? m.group(2) : "0");
    }

    /** maven-hpi-plugin marks snapshot builds as private builds of one commit and user. */
    static String pluginVersion(String version, String gitSha, String user) {
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        String build = gitSha != null ? gitSha.substring(0, Math.min(8, gitSha.length()))
                : new SimpleDateFormat("MM/dd/yyyy HH:mm").format(new Date());
        return version + " (private-" + build + "-" + user + ")";
    }

    private static Map<String, byte[]> mavenDescriptor(PluginPom plugin, byte[] pomBytes) {
        String dir = "META-INF/maven/" + plugin.groupId() + "/" + plugin.artifactId() + "/";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(dir + "pom.xml", pomBytes);
        String properties = "artifactId=" + plugin.artifactId() + "\ngroupId=" + plugin.groupId()
                + "\nversion=" + plugin.version() + "\n";
        files.put(dir + "pom.properties", properties.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static void putIfNotNull(Map<String, String> attrs, String name, String value) {
        if (value != null) {
            attrs.put(name, value);
        }
    }

    /** Every entry of the jar except its manifest and directories, in jar order. */
    private static Map<String, byte[]> readJar(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (JarFile in = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(in.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                try (InputStream data = in.getInputStream(entry)) {
                    entries.put(name, data.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void add(JarOutputStream out, String name, byte[] data) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(data);
        out.closeEntry();
    }

    static String gitHead() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String sha = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && sha.matches("[0-9a-f]{40}") ? sha : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A build input that does not fit; the message says what to change. */
    static final class BuildException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BuildException(String message) {
            super(message);
        }
    }
}
