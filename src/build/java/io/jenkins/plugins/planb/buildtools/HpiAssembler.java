package io.jenkins.plugins.planb.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Lays out {@code <artifactId>.hpi} the way maven-hpi-plugin does (REFERENCE §4), which cannot
 * be downloaded here: the plugin manifest, {@code WEB-INF/lib/<artifactId>.jar} carrying the
 * same manifest, the bundled third-party jars, and {@code src/main/webapp} at the root.
 *
 * <p>Arguments: {@code --jar F --lib DIR --webapp DIR --out F} and any number of
 * {@code --attr Name=Value} manifest attributes, written in the order given.
 */
public final class HpiAssembler {

    private HpiAssembler() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> attrs = new LinkedHashMap<>();
        Path jar = null;
        Path lib = null;
        Path webapp = null;
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--jar" -> jar = Path.of(value);
                case "--lib" -> lib = Path.of(value);
                case "--webapp" -> webapp = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--attr" -> {
                    int eq = value.indexOf('=');
                    if (eq > 0 && eq < value.length() - 1) { // an unset Maven property leaves it empty
                        attrs.put(value.substring(0, eq), value.substring(eq + 1));
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (jar == null || out == null) {
            throw new IllegalArgumentException("--jar and --out are required");
        }
        String sha = gitHead();
        attrs.computeIfPresent("Plugin-Version", (k, v) -> pluginVersion(v, sha, System.getProperty("user.name")));
        if (sha != null) {
            attrs.put("Implementation-Build", sha);
        }
        Manifest manifest = manifest(attrs);
        Path pluginJar = out.resolveSibling(jar.getFileName() + ".with-manifest");
        rewriteJar(jar, pluginJar, manifest);
        try (JarOutputStream hpi = new JarOutputStream(Files.newOutputStream(out), manifest)) {
            addFile(hpi, "WEB-INF/lib/" + jar.getFileName(), pluginJar);
            for (Path dependency : listFiles(lib)) {
                if (dependency.toString().endsWith(".jar")) {
                    addFile(hpi, "WEB-INF/lib/" + dependency.getFileName(), dependency);
                }
            }
            if (webapp != null && Files.isDirectory(webapp)) {
                for (Path file : listFiles(webapp)) {
                    addFile(hpi, webapp.relativize(file).toString().replace('\\', '/'), file);
                }
            }
        }
        Files.delete(pluginJar);
    }

    private static Manifest manifest(Map<String, String> attrs) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attrs.forEach((name, value) -> main.put(new Attributes.Name(name), value));
        return manifest;
    }

    /** Copies every entry of {@code source} except its manifest, which is replaced. */
    private static void rewriteJar(Path source, Path target, Manifest manifest) throws IOException {
        try (JarFile in = new JarFile(source.toFile());
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
            for (JarEntry entry : java.util.Collections.list(in.entries())) {
                String name = entry.getName();
                if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || name.equalsIgnoreCase("META-INF/")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void addFile(JarOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        Files.copy(file, out);
        out.closeEntry();
    }

    /** maven-hpi-plugin marks snapshot builds as private builds of one commit and user. */
    static String pluginVersion(String version, String gitSha, String user) {
        if (!version.endsWith("-SNAPSHOT")) {
            return version;
        }
        String build = gitSha != null ? gitSha.substring(0, Math.min(8, gitSha.length()))
                : java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().replace("-", "");
        return version + " (private-" + build + "-" + user + ")";
    }

    private static String gitHead() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String sha = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && sha.matches("[0-9a-f]{40}") ? sha : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
