package io.jenkins.plugins.planb.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.migration.PlanbFileset.RsyncPaths;
import io.jenkins.plugins.planb.core.migration.PlanbFileset.Retention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples are written by hand in the exact forms of PlanB's confexport (JSON through
 * {@code json.dumps(indent='  ')}, YAML through planb/common/customyaml.py): {@code all.json} and
 * {@code all.yaml} are the same seven filesets with {@code --with-disabled}; {@code enabled.json}
 * the enabled ones with {@code --minimal}; {@code minimal.yaml} odd names, paths and notes with
 * {@code --minimal}.
 */
class ConfexportReaderTest {

    static final List<String> DEFAULT_INCLUDES = List.of("data", "etc", "home", "root", "srv", "usr/local/bin",
            "var/backups", "var/lib/dpkg/status*", "var/lib/psdiff.db*", "var/log/auth*", "var/spool/cron", "var/www");
    static final Retention PLANB_DEFAULT = new Retention(0, 16, 4, 12, 2);

    static String sample(String name) {
        try (InputStream in = ConfexportReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What all.json and all.yaml hold. */
    static final List<PlanbFileset> ALL = List.of(
            new PlanbFileset("acme-web01", 1, PLANB_DEFAULT, "nightly",
                    new RsyncPaths("/", DEFAULT_INCLUDES, List.of("*.tmp", "var/www/cache")),
                    "Customer: ACME B.V.\r\nContact: ops@acme.example\r\n\r\nWebsite caches are rebuilt, not restored.",
                    List.of()),
            new PlanbFileset("acme-db-01", 1, new Retention(24, 7, 0, 0, 0), "nightly",
                    new RsyncPaths("/", List.of("etc", "var/backups/postgresql"), List.of()), "", List.of()),
            new PlanbFileset("acme-legacy", 1, PLANB_DEFAULT, "nightly",
                    new RsyncPaths("/srv/legacy/", List.of("home"), List.of("/tmp")),
                    "Switched off 2023-04: replaced by web01. Keep the snapshots until 2025.", List.of()),
            new PlanbFileset("local-desktop", 1, PLANB_DEFAULT, "nightly",
                    new RsyncPaths("/", DEFAULT_INCLUDES, List.of()), "Café PC — \"the one under the desk\"", List.of()),
            new PlanbFileset("local-zfs-tank", 1, PLANB_DEFAULT, "nightly", new PlanbFileset.ExecTransport(),
                    "planb-zfssync --recursive root@zfs01 tank/data", List.of()),
            new PlanbFileset("local-stats", 1, PLANB_DEFAULT, "nightly", new PlanbFileset.NoTransport(), "", List.of()),
            new PlanbFileset("ossoweb-prod-www1", 1, new Retention(0, 30, 0, 6, 0), "nightly",
                    new RsyncPaths("/", List.of("etc", "srv/www"), List.of("srv/www/*/cache")), "", List.of()));

    @Test
    void readsTheJsonForm() throws ConfexportException {
        List<PlanbFileset> read = ConfexportReader.read(sample("all.json"));

        assertThat(withoutLines(read)).isEqualTo(ALL);
        assertThat(read).extracting(PlanbFileset::line).containsExactly(1, 36, 58, 81, 113, 128, 143);
    }

    @Test
    void readsTheYamlFormToTheSameFilesetsWithNotesAsItsBlockHoldsThem() throws ConfexportException {
        List<PlanbFileset> read = ConfexportReader.read(sample("all.yaml"));

        // The block keeps the CRs (YAML reads CR LF as one line break); the importer makes both one.
        List<PlanbFileset> expected = ALL.stream().map(f -> f.uniqueName().equals("acme-web01")
                ? new PlanbFileset(f.uniqueName(), 1, f.retention(), f.schedule(), f.paths(),
                        "Customer: ACME B.V.\nContact: ops@acme.example\n\nWebsite caches are rebuilt, not restored.\n",
                        List.of())
                : f).toList();
        assertThat(withoutLines(read)).isEqualTo(expected);
        assertThat(read).extracting(PlanbFileset::line).containsExactly(2, 36, 54, 72, 100, 113, 126);
    }

    @Test
    void readsTheMinimalFormWithoutRetentionOrSchedule() throws ConfexportException {
        List<PlanbFileset> read = ConfexportReader.read(sample("enabled.json"));

        assertThat(read).extracting(PlanbFileset::uniqueName)
                .containsExactly("acme-web01", "acme-db-01", "local-desktop", "local-zfs-tank", "ossoweb-prod-www1");
        assertThat(read).allSatisfy(f -> {
            assertThat(f.retention()).isNull();
            assertThat(f.schedule()).isNull();
        });
    }

    @Test
    void yamlTextIsKeptAsTextWhateverYamlWouldMakeOfIt() throws ConfexportException {
        List<PlanbFileset> read = ConfexportReader.read(sample("minimal.yaml"));

        PlanbFileset web = read.get(0);
        assertThat(web.uniqueName()).isEqualTo("Klant A-Web_01.Example");
        assertThat(((RsyncPaths) web.paths()).include())
                .containsExactly("etc", "yes", "on", ".inf", "$(reboot)", "../escape", "/opt/app");
        assertThat(((RsyncPaths) web.paths()).exclude()).containsExactly("!important", "/var/tmp");
        assertThat(web.notes()).as("a block whose first line starts with blanks")
                .isEqualTo("    indented first line (a code sample)\nback to two spaces\n\n\"quoted\" and \\ backslash\n");
        assertThat(read.get(1).notes()).isEqualTo("C:\\Users\\db \"primary\"");
        assertThat(((RsyncPaths) read.get(2).paths()).root()).isEqualTo("backup");
        assertThat(((RsyncPaths) read.get(3).paths()).include()).isEmpty();
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.yaml");
        Files.writeString(file, sample("all.yaml"));
        assertThat(ConfexportReader.read(file)).hasSize(7);
        assertThatThrownBy(() -> ConfexportReader.read(dir.resolve("missing.json")))
                .hasMessage("cannot read " + dir.resolve("missing.json") + ": no such file");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "/* a-b */\n{\"notes\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ConfexportReader.read(latin1)).hasMessageEndingWith(": not UTF-8 text");
    }

    @Test
    void crLfFilesAreReadToo() throws ConfexportException {
        assertThat(withoutLines(ConfexportReader.read(sample("all.json").replace("\n", "\r\n")))).isEqualTo(ALL);
        assertThat(ConfexportReader.read(sample("all.yaml").replace("\r\n", "\n").replace("\n", "\r\n")))
                .extracting(PlanbFileset::uniqueName).containsExactlyElementsOf(ALL.stream().map(PlanbFileset::uniqueName).toList());
    }

    @Test
    void emptyListEntriesFromDoubledSpacesAreDroppedAsPlanbDropsThem() throws ConfexportException {
        PlanbFileset read = ConfexportReader.read("""
                /* a-b */

                {"paths": {"root": "/", "include": ["etc", "", "home"], "exclude": [""]}, "notes": ""}
                """).get(0);
        assertThat(read.paths()).isEqualTo(new RsyncPaths("/", List.of("etc", "home"), List.of()));
    }

    @Test
    void keysConfexportNeverWritesAreKeptToBeReported() throws ConfexportException {
        PlanbFileset read = ConfexportReader.read("""
                ---
                # a-b

                v: 1
                paths:
                  root: /
                  include: [etc]
                  exclude: []
                  flags: --bwlimit=
                notes: ""
                """).get(0);
        assertThat(read.unknownKeys()).containsExactly("v", "paths.flags");
    }

    @Test
    void somethingElseIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> ConfexportReader.read("  \n\n")).isInstanceOf(ConfexportException.class)
                .hasMessage("the file is empty: expected the output of 'planb confexport' (--json or --yaml)");
        assertThatThrownBy(() -> ConfexportReader.read("\nstorage:\n  zfs: {}\n"))
                .hasMessage("line 2: expected '/* <group>-<name> */' (confexport --json) or '---' (confexport --yaml), "
                        + "not 'storage:'");
        assertThatThrownBy(() -> ConfexportReader.read("---\nretention: {}\n"))
                .hasMessage("line 1: '---' must be followed by '# <group>-<name>', the fileset's name (as confexport "
                        + "--yaml writes it)");
    }

    @Test
    void malformedJsonNamesTheLineAndTheFileset() {
        String broken = sample("all.json").replace("\"var/backups/postgresql\"\n", "\"var/backups/postgresql\",\n");
        assertThatThrownBy(() -> ConfexportReader.read(broken)).isInstanceOf(ConfexportException.class)
                .hasMessageStartingWith("line 52 (fileset 'acme-db-01'): not valid JSON: Unexpected character (']'");
        assertThatThrownBy(() -> ConfexportReader.read("/* a-b */\n{\"paths\": \"x\"}\n{}\n"))
                .hasMessage("line 3 (fileset 'a-b'): more text after the fileset's JSON object; each fileset needs its "
                        + "own '/* <group>-<name> */'");
        assertThatThrownBy(() -> ConfexportReader.read("/* a-b */\n\n"))
                .hasMessage("line 1 (fileset 'a-b'): no JSON document follows the header");
        assertThatThrownBy(() -> ConfexportReader.read("/* a-b */\n{\"notes\": \"\", \"notes\": \"\"}\n"))
                .hasMessageStartingWith("line 2 (fileset 'a-b'): not valid JSON: Duplicate field 'notes'");
    }

    @Test
    void malformedYamlNamesTheLineAndTheFileset() {
        String broken = sample("all.yaml").replace("  include:\n    - etc\n    - var/backups/postgresql",
                "  include:\n    - etc\n   - var/backups/postgresql");
        assertThatThrownBy(() -> ConfexportReader.read(broken)).isInstanceOf(ConfexportException.class)
                .hasMessageStartingWith("line 49 (fileset 'acme-db-01'): not valid YAML: ");
        assertThatThrownBy(() -> ConfexportReader.read("---\n# a-b\n\npaths: {root: /}\npaths: {root: /}\n"))
                .hasMessage("line 5 (fileset 'a-b'): duplicate key 'paths'");
    }

    @Test
    void wrongShapesAreRefusedWithTheKeyAndTheRule() {
        assertThatThrownBy(() -> read("{\"retention\": {\"daily\": \"16\"}, \"paths\": \"NO TRANSPORT CONFIGURED\"}"))
                .hasMessage("line 2 (fileset 'a-b'): retention.daily: must be a whole number, 0 or more, not the text '16'");
        assertThatThrownBy(() -> read("{\"retention\": {\"daily\": -1}, \"paths\": \"NO TRANSPORT CONFIGURED\"}"))
                .hasMessageEndingWith("retention.daily: must be a whole number, 0 or more, not the number -1");
        assertThatThrownBy(() -> read("{\"retention\": {\"minutely\": 5}, \"paths\": \"NO TRANSPORT CONFIGURED\"}"))
                .hasMessageEndingWith("retention.minutely: unknown period; expected hourly, daily, weekly, monthly, yearly");
        assertThatThrownBy(() -> read("{\"notes\": \"\"}"))
                .hasMessage("line 2 (fileset 'a-b'): paths: required (a mapping of root, include and exclude, or "
                        + "'NO TRANSPORT CONFIGURED')");
        assertThatThrownBy(() -> read("{\"paths\": \"SOMETHING ELSE\"}"))
                .hasMessageEndingWith("paths: must be a mapping of root, include and exclude, or 'NO TRANSPORT "
                        + "CONFIGURED' or 'TRANSPORT DOES NOT SPECIFY PATHS', not the text 'SOMETHING ELSE'");
        assertThatThrownBy(() -> read("{\"paths\": {\"include\": []}}"))
                .hasMessageEndingWith("paths.root: required (the rsync transport's src_dir, such as /)");
        assertThatThrownBy(() -> read("{\"paths\": {\"root\": \"/\", \"include\": \"etc home\"}}"))
                .hasMessageEndingWith("paths.include: must be a list of paths, not the text 'etc home'");
        assertThatThrownBy(() -> read("{\"paths\": {\"root\": \"/\", \"include\": [\"etc\", 7]}}"))
                .hasMessageEndingWith("paths.include[1]: must be a path (text), not the number 7");
        assertThatThrownBy(() -> read("[1, 2]"))
                .hasMessageEndingWith("the fileset: must be a mapping of retention, schedule, paths and notes, not a list");
        assertThatThrownBy(() -> ConfexportReader.read("/* a-b */\n{\"paths\": \"NO TRANSPORT CONFIGURED\"}\n"
                + "/* a-b */\n{\"paths\": \"NO TRANSPORT CONFIGURED\"}\n"))
                .hasMessage("line 3: fileset 'a-b' appears twice (first at line 1)");
    }

    private static List<PlanbFileset> read(String json) throws ConfexportException {
        return ConfexportReader.read("/* a-b */\n" + json + "\n");
    }

    static List<PlanbFileset> withoutLines(List<PlanbFileset> filesets) {
        return filesets.stream().map(f -> new PlanbFileset(f.uniqueName(), 1, f.retention(), f.schedule(), f.paths(),
                f.notes(), f.unknownKeys())).toList();
    }
}
