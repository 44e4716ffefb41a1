package io.jenkins.plugins.planb.buildtools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code src/build/offline-versions.txt}: the versions the BOM in {@code pom.xml} pins for the
 * plugins the plugin depends on, for the offline build, which cannot read the BOM. Lines are
 * {@code bom GROUP:ARTIFACT:VERSION} (the BOM they were copied from) and
 * {@code plugin GROUP:ARTIFACT:VERSION}; {@code #} starts a comment.
 */
record OfflineVersions(Path file, String bom, Map<String, String> plugins) {

    static OfflineVersions read(Path file) throws IOException {
        String bom = null;
        Map<String, String> plugins = new LinkedHashMap<>();
        int n = 0;
        for (String raw : Files.readAllLines(file)) {
            n++;
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            String[] gav = words.length == 2 ? words[1].split(":") : new String[0];
            if (gav.length != 3) {
                throw new HpiAssembler.BuildException(file + ":" + n + ": expected 'bom|plugin GROUP:ARTIFACT:VERSION', got: " + raw);
            }
            switch (words[0]) {
                case "bom" -> bom = words[1];
                case "plugin" -> plugins.put(gav[0] + ":" + gav[1], gav[2]);
                default -> throw new HpiAssembler.BuildException(file + ":" + n + ": unknown kind " + words[0]);
            }
        }
        if (bom == null) {
            throw new HpiAssembler.BuildException(file + " names no bom");
        }
        return new OfflineVersions(file, bom, plugins);
    }

    boolean isPlugin(String groupArtifact) {
        return plugins.containsKey(groupArtifact);
    }

    String version(String groupArtifact) {
        return plugins.get(groupArtifact);
    }

    /** The versions must be those of the BOM the plugin POM imports. */
    void requireBom(String pomBom, Path versionsFile, Path pom) {
        if (!bom.equals(pomBom)) {
            throw new HpiAssembler.BuildException(pom + " imports " + pomBom + " but " + versionsFile + " holds the versions of "
                    + bom + ". Copy the versions the new BOM pins into it (bin/compare-builds checks the result).");
        }
    }
}
