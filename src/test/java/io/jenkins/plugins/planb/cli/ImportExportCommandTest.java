package io.jenkins.plugins.planb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.config.ConfigLoader;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planb import --from-planb} and {@code planb export} through the command line: where the
 * text goes, exit codes, and that nothing is written on any error.
 */
class ImportExportCommandTest {

    @TempDir
    Path dir;

    /** A hand-written confexport sample of src/test/resources/…/core/migration. */
    private Path sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/jenkins/plugins/planb/core/migration/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private CliRun importAll(String... more) throws IOException {
        String[] args = new String[5 + more.length];
        args[0] = "import";
        args[1] = "--from-planb";
        args[2] = sample("all.json").toString();
        args[3] = "--group";
        args[4] = "ossoweb-prod";
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRun.run(args);
    }

    @Test
    void helpListsBothCommandsAndTheirOptions() {
        assertThat(CliRun.run("--help").out()).contains("import", "export");
        assertThat(CliRun.run("import", "--help").out()).contains("--from-planb=FILE", "--output=OUT", "--force",
                "--dry-run", "--group=GROUP", "--zfs-parent=DATASET", "--enabled-from=FILE", "--new-datasets");
        assertThat(CliRun.run("export", "--help").out()).contains("--format=yaml|json", "(default: yaml)",
                "--with-disabled", "GROUP[/HOST]");
    }

    @Test
    void importPrintsTheConfigurationOnStdoutAndTheNotesOnStderr() throws Exception {
        CliRun run = importAll("--enabled-from", sample("enabled.json").toString(), "--zfs-parent", "tank/planb");

        assertThat(run.exitCode()).as(run.err()).isZero();
        PlanbConfig config = ConfigLoader.parse(run.out());
        assertThat(config.hosts()).extracting(h -> h.id().toString())
                .containsExactly("acme/web01", "acme/db-01", "acme/legacy", "local/desktop", "ossoweb-prod/www1");
        assertThat(config.host(HostId.parse("acme/web01")).orElseThrow().dataset()).isEqualTo("tank/planb/acme-web01");
        assertThat(run.err()).contains(
                "acme-web01 -> acme/web01, dataset tank/planb/acme-web01\n"
                        + "  address: 'web01' is the PlanB name; confexport does not export the rsync host: check it\n",
                "acme-legacy -> acme/legacy (disabled), dataset tank/planb/acme-legacy\n",
                "local-zfs-tank\n  not imported: an exec transport",
                "all hosts:\n  user, sudo, ionice, port: confexport exports none of them",
                "7 filesets: 3 groups, 5 hosts (1 disabled), 2 not imported");
    }

    @Test
    void theImportedFilePassesValidate() throws Exception {
        Path out = dir.resolve("planb.yaml");
        CliRun run = importAll("-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote " + out + ": 7 filesets: 3 groups, 5 hosts (0 disabled), 2 not imported;"
                + " review the notes above, then run 'planb -c " + out + " validate'");
        CliRun validate = CliRun.run("-c", out.toString(), "validate");
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).startsWith(out + ": OK, 3 groups, 5 hosts (5 enabled); storage zfs tank/BACKUP");
    }

    @Test
    void theYamlFormImportsToTheSameConfiguration() throws Exception {
        CliRun json = importAll();
        CliRun yaml = CliRun.run("import", "--from-planb", sample("all.yaml").toString(), "--group", "ossoweb-prod");

        assertThat(yaml.exitCode()).isZero();
        assertThat(yaml.out().replace("(all.yaml)", "(all.json)")).isEqualTo(json.out());
    }

    @Test
    void anExistingOutputIsReplacedOnlyWithForce() throws Exception {
        Path out = dir.resolve("planb.yaml");
        Files.writeString(out, "mine\n");

        CliRun refused = importAll("-o", out.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("planb: " + out + " exists; give --force to replace it (nothing was written)\n");
        assertThat(Files.readString(out)).isEqualTo("mine\n");

        CliRun forced = importAll("-o", out.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(ConfigLoader.load(out).hosts()).hasSize(5);
        assertThat(dir.toFile().list()).as("no temporary file left").containsExactlyInAnyOrder(
                "planb.yaml", "all.json");
    }

    @Test
    void aDryRunPrintsTheResultAndWritesNothing() throws Exception {
        Path out = dir.resolve("planb.yaml");
        CliRun run = importAll("-o", out.toString(), "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(ConfigLoader.parse(run.out()).hosts()).hasSize(5);
        assertThat(run.err()).contains("dry run: 7 filesets: 3 groups, 5 hosts (0 disabled), 2 not imported; would write "
                + out);
        assertThat(out).doesNotExist();

        Files.writeString(out, "mine\n");
        CliRun existing = importAll("-o", out.toString(), "--dry-run");
        assertThat(existing.exitCode()).isZero();
        assertThat(existing.err()).contains("would write " + out + " (it exists: writing it needs --force)");
        assertThat(Files.readString(out)).isEqualTo("mine\n");
    }

    @Test
    void aMalformedFileNamesTheLineAndFilesetExitsTwoAndWritesNothing() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(sample("all.json")).replace("\"daily\": 7,", "\"daily\": \"7\","));
        Path out = dir.resolve("planb.yaml");

        CliRun run = CliRun.run("import", "--from-planb", broken.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("planb: --from-planb " + broken + ": line 41 (fileset 'acme-db-01'): "
                + "retention.daily: must be a whole number, 0 or more, not the text '7'; nothing was written\n");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void unreadableAndAmbiguousInputExitTwo() throws Exception {
        CliRun missing = CliRun.run("import", "--from-planb", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read " + dir.resolve("nope.json") + ": no such file");

        CliRun ambiguous = CliRun.run("import", "--from-planb", sample("all.json").toString());
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("'ossoweb-prod-www1' can be group 'ossoweb' with fileset 'prod-www1' or "
                + "group 'ossoweb-prod' with fileset 'www1'", "--group GROUP");
        assertThat(ambiguous.out()).isEmpty();

        CliRun badParent = importAll("--zfs-parent", "/tank");
        assertThat(badParent.exitCode()).isEqualTo(2);
        assertThat(badParent.err()).startsWith("planb: --zfs-parent: '/tank' must be a ZFS dataset name");

        CliRun noFile = CliRun.run("import");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("--from-planb");
    }

    @Test
    void anOutputThatCannotBeWrittenFails() throws Exception {
        Path out = dir.resolve("no-such-directory/planb.yaml");
        CliRun run = importAll("-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("planb: cannot write " + out + " (").endsWith("); nothing was written\n");
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void aFileWithNothingToImportIsAnError() throws Exception {
        Path nothing = dir.resolve("nothing.json");
        Files.writeString(nothing, "/* local-stats */\n\n{\n  \"paths\": \"NO TRANSPORT CONFIGURED\",\n  \"notes\": \"\"\n}\n\n");
        Path out = dir.resolve("planb.yaml");

        CliRun run = CliRun.run("import", "--from-planb", nothing.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("local-stats\n  not imported: PlanB has no transport for it",
                "planb: nothing to import: the fileset of " + nothing + " can become a host (see above); "
                        + "nothing was written");
        assertThat(out).doesNotExist();
    }

    private Path config() throws IOException {
        Path file = dir.resolve("planb.yaml");
        Files.writeString(file, """
                storage: { zfs: { parent: tank/BACKUP } }
                defaults: { sudo: true, retention: "2y,12m,4w,16d" }
                groups:
                  - name: acme
                    include: [etc, home]
                    hosts:
                      - { name: web01, address: web01.example.com, dataset: tank/BACKUP/acme-web01 }
                      - { name: old, address: old.example.com, enabled: false }
                  - name: retired
                    enabled: false
                    hosts: [ { name: a, address: a.example.com } ]
                  - name: empty
                """);
        return file;
    }

    @Test
    void exportWritesTheConfigurationWithoutDisabledHosts() throws Exception {
        CliRun run = CliRun.run("-c", config().toString(), "export");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                storage:
                  zfs:
                    parent: tank/BACKUP
                defaults:
                  sudo: true
                  retention: 2y,12m,4w,16d
                groups:
                  - name: acme
                    include:
                      - etc
                      - home
                    hosts:
                      - name: web01
                        address: web01.example.com
                        dataset: tank/BACKUP/acme-web01
                  - name: empty
                    hosts: []
                """);
    }

    @Test
    void exportWithDisabledWritesEverythingAndLoadsBackToTheSameText() throws Exception {
        CliRun run = CliRun.run("-c", config().toString(), "export", "--with-disabled");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("      - name: old\n        address: old.example.com\n        enabled: false\n",
                "  - name: retired\n    enabled: false\n    hosts:\n      - name: a\n");

        Path exported = dir.resolve("exported.yaml");
        Files.writeString(exported, run.out());
        assertThat(CliRun.run("-c", exported.toString(), "export", "--with-disabled").out()).isEqualTo(run.out());
        assertThat(ConfigLoader.load(exported).hosts()).isEqualTo(ConfigLoader.load(config()).hosts());
    }

    @Test
    void exportOfAGroupOrAHost() throws Exception {
        Path file = config();
        CliRun group = CliRun.run("-c", file.toString(), "export", "acme");
        assertThat(group.out()).contains("name: web01").doesNotContain("name: old", "name: retired", "name: empty");

        CliRun host = CliRun.run("-c", file.toString(), "export", "acme/old");
        assertThat(host.exitCode()).isZero();
        assertThat(host.out()).endsWith("""
                groups:
                  - name: acme
                    include:
                      - etc
                      - home
                    hosts:
                      - name: old
                        address: old.example.com
                        enabled: false
                """).contains("defaults:\n  sudo: true\n");

        CliRun disabledGroup = CliRun.run("-c", file.toString(), "export", "retired");
        assertThat(disabledGroup.out()).endsWith("  - name: retired\n    enabled: false\n    hosts: []\n");
    }

    @Test
    void exportAsJson() throws Exception {
        CliRun run = CliRun.run("-c", config().toString(), "export", "--format", "json", "acme/web01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                {
                  "storage": {
                    "zfs": {
                      "parent": "tank/BACKUP"
                    }
                  },
                  "defaults": {
                    "sudo": true,
                    "retention": "2y,12m,4w,16d"
                  },
                  "groups": [
                    {
                      "name": "acme",
                      "include": [
                        "etc",
                        "home"
                      ],
                      "hosts": [
                        {
                          "name": "web01",
                          "address": "web01.example.com",
                          "dataset": "tank/BACKUP/acme-web01"
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void exportOfAnUnknownGroupOrHostExitsTwoNamingWhatExists() throws Exception {
        Path file = config();
        CliRun group = CliRun.run("-c", file.toString(), "export", "nope");
        assertThat(group.exitCode()).isEqualTo(2);
        assertThat(group.err()).isEqualTo(
                "planb: unknown group 'nope': not in the configuration (known: acme, retired, empty)\n");
        assertThat(group.out()).isEmpty();

        CliRun host = CliRun.run("-c", file.toString(), "export", "acme/nope");
        assertThat(host.exitCode()).isEqualTo(2);
        assertThat(host.err()).isEqualTo("planb: unknown host 'acme/nope': group 'acme' has the hosts web01, old\n");

        assertThat(CliRun.run("-c", file.toString(), "export", "a/b/c").err())
                .isEqualTo("planb: expected GROUP or GROUP/HOST, got 'a/b/c'\n");
        assertThat(CliRun.run("-c", file.toString(), "export", "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void exportOfABadConfigurationIsAConfigurationError() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "storage: { zfs: { parent: /tank } }\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.run("-c", file.toString(), "export");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("planb: configuration error in " + file + ":\n  storage.zfs.parent:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anImportedConfigurationExportsAsImported() throws Exception {
        Path out = dir.resolve("planb.yaml");
        assertThat(importAll("-o", out.toString()).exitCode()).isZero();

        CliRun exported = CliRun.run("-c", out.toString(), "export", "--with-disabled");

        // The import's comments (notes, header) are gone; everything else is the same text.
        String withoutComments = Files.readString(out).replaceAll("(?m)^ *#.*\n", "");
        assertThat(exported.out()).isEqualTo(withoutComments);
    }
}
