package io.jenkins.plugins.planb.core.migration;

import static io.jenkins.plugins.planb.core.migration.ConfexportReaderTest.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.config.ConfigDocument;
import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.ConfigLoader;
import io.jenkins.plugins.planb.core.config.ConfigWriter;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSpec;
import io.jenkins.plugins.planb.core.config.PlanbConfig;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mapping of PlanB's filesets to this configuration, over every sample and the odd cases. */
class PlanbImportTest {

    private static final Set<String> ENABLED = Set.of(
            "acme-web01", "acme-db-01", "local-desktop", "local-zfs-tank", "ossoweb-prod-www1");

    private static PlanbImport.Result importAll(String sample) throws ConfexportException {
        return PlanbImport.map(ConfexportReader.read(sample(sample)),
                new PlanbImport.Options(null, true, Set.of("ossoweb-prod"), ENABLED, "all.json"));
    }

    @Test
    void theFullSampleBecomesThisConfiguration() throws ConfexportException {
        assertThat(ConfigWriter.yaml(importAll("all.json").document())).isEqualTo("""
                # Imported from the old PlanB's confexport (all.json) by 'planb import'.
                # Review what it printed before the first backup; docs/migration.md explains each point.
                storage:
                  zfs:
                    parent: tank/BACKUP
                defaults:
                  user: remotebackup
                  sudo: true
                  ionice: true
                groups:
                  - name: acme
                    hosts:
                      - name: web01
                        # PlanB notes:
                        #   Customer: ACME B.V.
                        #   Contact: ops@acme.example
                        #
                        #   Website caches are rebuilt, not restored.
                        address: web01
                        root: /
                        include:
                          - data
                          - etc
                          - home
                          - root
                          - srv
                          - usr/local/bin
                          - var/backups
                          - var/lib/dpkg/status*
                          - var/lib/psdiff.db*
                          - var/log/auth*
                          - var/spool/cron
                          - var/www
                        exclude:
                          - '*.tmp'
                          - var/www/cache
                        retention: 2y,12m,4w,16d
                        dataset: tank/BACKUP/acme-web01
                      - name: db-01
                        address: db-01
                        root: /
                        include:
                          - etc
                          - var/backups/postgresql
                        exclude: []
                        retention: 7d,24h
                        dataset: tank/BACKUP/acme-db-01
                      - name: legacy
                        # PlanB notes:
                        #   Switched off 2023-04: replaced by web01. Keep the snapshots until 2025.
                        address: legacy
                        root: /srv/legacy/
                        include:
                          - home
                        exclude:
                          - tmp
                        enabled: false
                        retention: 2y,12m,4w,16d
                        dataset: tank/BACKUP/acme-legacy
                  - name: local
                    root: /
                    include:
                      - data
                      - etc
                      - home
                      - root
                      - srv
                      - usr/local/bin
                      - var/backups
                      - var/lib/dpkg/status*
                      - var/lib/psdiff.db*
                      - var/log/auth*
                      - var/spool/cron
                      - var/www
                    exclude: []
                    retention: 2y,12m,4w,16d
                    hosts:
                      - name: desktop
                        # PlanB notes:
                        #   Café PC — "the one under the desk"
                        address: desktop
                        dataset: tank/BACKUP/local-desktop
                  - name: ossoweb-prod
                    root: /
                    include:
                      - etc
                      - srv/www
                    exclude:
                      - srv/www/*/cache
                    retention: 6m,30d
                    hosts:
                      - name: www1
                        address: www1
                        dataset: tank/BACKUP/ossoweb-prod-www1
                """);
    }

    @Test
    void theYamlFormGivesTheSameConfigurationAsTheJsonForm() throws ConfexportException {
        assertThat(importAll("all.yaml").document()).isEqualTo(importAll("all.json").document());
    }

    @Test
    void theConfigurationPassesTheRulesAndGivesEachHostWhatPlanbHad() throws ConfexportException, ConfigException {
        PlanbConfig config = ConfigLoader.parse(ConfigWriter.yaml(importAll("all.json").document()));

        assertThat(config.storage()).isEqualTo(new StorageSpec.Zfs("tank/BACKUP", false));
        assertThat(config.hosts()).extracting(h -> h.id().toString())
                .containsExactly("acme/web01", "acme/db-01", "acme/legacy", "local/desktop", "ossoweb-prod/www1");
        HostSpec web01 = config.host(HostId.parse("acme/web01")).orElseThrow();
        assertThat(web01.address()).isEqualTo("web01");
        assertThat(web01.user()).isEqualTo("remotebackup");
        assertThat(web01.sudo()).isTrue();
        assertThat(web01.ionice()).isTrue();
        assertThat(web01.root()).isEqualTo("/");
        assertThat(web01.include()).isEqualTo(ConfexportReaderTest.DEFAULT_INCLUDES);
        assertThat(web01.exclude()).containsExactly("*.tmp", "var/www/cache");
        assertThat(web01.retention()).isEqualTo(RetentionPolicy.parse("2y,12m,4w,16d"));
        assertThat(web01.dataset()).isEqualTo("tank/BACKUP/acme-web01");
        assertThat(web01.enabled()).isTrue();
        HostSpec db = config.host(HostId.parse("acme/db-01")).orElseThrow();
        assertThat(db.retention()).isEqualTo(RetentionPolicy.parse("7d,24h"));
        assertThat(db.include()).containsExactly("etc", "var/backups/postgresql");
        HostSpec legacy = config.host(HostId.parse("acme/legacy")).orElseThrow();
        assertThat(legacy.enabled()).isFalse();
        assertThat(legacy.root()).isEqualTo("/srv/legacy/");
        assertThat(legacy.exclude()).containsExactly("tmp");
        HostSpec www1 = config.host(HostId.parse("ossoweb-prod/www1")).orElseThrow();
        assertThat(www1.retention()).isEqualTo(RetentionPolicy.parse("6m,30d"));
        assertThat(www1.dataset()).isEqualTo("tank/BACKUP/ossoweb-prod-www1");
    }

    @Test
    void eachFilesetSaysWhatBecameOfItAndWhy() throws ConfexportException {
        Map<String, PlanbImport.Outcome> outcomes = importAll("all.json").filesets().stream()
                .collect(Collectors.toMap(PlanbImport.Outcome::uniqueName, o -> o));

        assertThat(outcomes.get("acme-web01").notes()).containsExactly(
                "address: 'web01' is the PlanB name; confexport does not export the rsync host: check it");
        assertThat(outcomes.get("acme-db-01").notes()).containsExactly(
                "split as group 'acme', fileset 'db-01', the only group of the file that fits; if that is wrong, "
                        + "name the group with --group",
                "address: 'db-01' is the PlanB name; confexport does not export the rsync host: check it");
        assertThat(outcomes.get("acme-legacy").enabled()).isFalse();
        assertThat(outcomes.get("acme-legacy").notes()).contains(
                "exclude '/tmp' is 'tmp' here: PlanB left out only <root>/tmp; an exclude without '/' matches that "
                        + "name at any depth",
                "enabled: false, as in PlanB (the fileset is missing from the --enabled-from export)");
        assertThat(outcomes.get("local-zfs-tank").imported()).isFalse();
        assertThat(outcomes.get("local-zfs-tank").notes()).singleElement().asString()
                .startsWith("not imported: an exec transport");
        assertThat(outcomes.get("local-stats").imported()).isFalse();
        assertThat(outcomes.get("local-stats").notes()).containsExactly("not imported: PlanB has no transport for it "
                + "('NO TRANSPORT CONFIGURED'), so it never backed it up");
        assertThat(importAll("all.json").general()).anySatisfy(note -> assertThat(note).startsWith(
                "storage.zfs.parent: confexport does not name PlanB's pool (POOLNAME); assumed tank/BACKUP"))
                .anySatisfy(note -> assertThat(note).startsWith("schedule: confexport writes the fixed word 'nightly'"))
                .anySatisfy(note -> assertThat(note).startsWith("include, exclude: PlanB's patterns were not anchored"))
                .noneSatisfy(note -> assertThat(note).startsWith("enabled:"));
    }

    @Test
    void withoutTheEnabledListEveryHostIsEnabledAndThatIsSaid() throws ConfexportException {
        PlanbImport.Result result = PlanbImport.map(ConfexportReader.read(sample("all.json")),
                new PlanbImport.Options("tank/planb", true, Set.of("ossoweb-prod"), null, null));

        assertThat(result.filesets()).filteredOn(PlanbImport.Outcome::imported).allMatch(PlanbImport.Outcome::enabled);
        assertThat(result.general()).contains("enabled: confexport does not say which filesets are disabled, so every "
                + "host is imported enabled; if the file was written with --with-disabled, give --enabled-from with an "
                + "export written without it");
        assertThat(result.general()).noneSatisfy(note -> assertThat(note).startsWith("storage.zfs.parent"));
        assertThat(result.filesets()).extracting(PlanbImport.Outcome::dataset).contains("tank/planb/acme-web01");
        assertThat(result.document().comment().get(0)).isEqualTo("Imported from the old PlanB's confexport by 'planb import'.");
    }

    @Test
    void theMinimalSampleDisablesWhatWouldBackUpSomethingElse() throws ConfexportException, ConfigException {
        PlanbImport.Result result = PlanbImport.map(ConfexportReader.read(sample("minimal.yaml")),
                new PlanbImport.Options("tank/planb", true, Set.of(), null, "minimal.yaml"));
        PlanbConfig config = result.document().resolved();

        HostSpec web = config.host(HostId.parse("klant-a/web_01.example")).orElseThrow();
        assertThat(web.enabled()).isFalse();
        assertThat(web.address()).isEqualTo(PlanbImport.UNKNOWN_ADDRESS);
        assertThat(web.include()).containsExactly("etc", "yes", "on", ".inf", "opt/app");
        assertThat(web.exclude()).containsExactly("var/tmp");
        assertThat(web.dataset()).isNull();
        assertThat(web.retention()).isEqualTo(RetentionPolicy.parse("2y,12m,4w,16d"));
        HostSpec db = config.host(HostId.parse("klant-a/db1")).orElseThrow();
        assertThat(db.enabled()).isTrue();
        assertThat(db.address()).isEqualTo("db1");
        assertThat(config.host(HostId.parse("x/relative")).orElseThrow())
                .satisfies(h -> assertThat(h.enabled()).isFalse()).satisfies(h -> assertThat(h.root()).isEqualTo("/"));
        assertThat(config.host(HostId.parse("x/empty")).orElseThrow())
                .satisfies(h -> assertThat(h.enabled()).isFalse()).satisfies(h -> assertThat(h.include()).isEmpty());

        Map<String, List<String>> notes = result.filesets().stream()
                .collect(Collectors.toMap(PlanbImport.Outcome::uniqueName, PlanbImport.Outcome::notes));
        assertThat(notes.get("Klant A-Web_01.Example")).containsExactly(
                "name: 'Web_01.Example' is 'web_01.example' here: names are lower-case letters, digits, '.', '_' and "
                        + "'-', starting with a letter or digit, at most 63 characters (it becomes a ZFS dataset and "
                        + "directory name)",
                "address: confexport does not export the rsync host, and the PlanB name 'Web_01.Example' is no host "
                        + "name: set the address (unknown.invalid for now), then enabled: true",
                "include '$(reboot)': not carried over, so not backed up: '$(reboot)' must be a non-empty rsync pattern "
                        + "relative to root (not starting with '/'), without '..' path segments, control characters "
                        + "such as newline or NUL, '$(' or '`', and not starting with '+ ', '- ' or '!'",
                "include '../escape': not carried over, so not backed up: '../escape' must be a non-empty rsync "
                        + "pattern relative to root (not starting with '/'), without '..' path segments, control "
                        + "characters such as newline or NUL, '$(' or '`', and not starting with '+ ', '- ' or '!'",
                "exclude '!important': not carried over, so now backed up: '!important' must be a non-empty rsync "
                        + "pattern relative to root (not starting with '/'), without '..' path segments, control "
                        + "characters such as newline or NUL, '$(' or '`', and not starting with '+ ', '- ' or '!'",
                "dataset: PlanB's dataset cannot be adopted: 'tank/planb/Klant A-Web_01.Example' must be the name of "
                        + "an existing ZFS dataset: components of letters, digits, '_', '.', ':' and '-', each starting "
                        + "with a letter or digit, separated by single '/', no '@' or '#', at most 200 characters (room "
                        + "for '@' and a snapshot name); the host starts afresh in tank/planb/klant-a/web_01.example, "
                        + "unless you rename the old dataset (zfs rename) to a name it may adopt and set dataset");
        assertThat(notes.get("x-relative")).contains("root: 'backup' is relative (PlanB's rsync read it from the remote "
                + "user's home directory); set the absolute path, then enabled: true");
        assertThat(notes.get("x-empty")).contains("include: PlanB's list is empty, so PlanB copied nothing; here an "
                + "empty include means all of root: set include, then enabled: true");
        assertThat(result.general()).contains(
                "group 'Klant A' is named 'klant-a' here: names are lower-case letters, digits, '.', '_' and '-', "
                        + "starting with a letter or digit, at most 63 characters (it becomes a ZFS dataset and "
                        + "directory name)",
                "retention: not in the export for 4 filesets (written with --minimal), which get 2y,12m,4w,16d, "
                        + "PlanB's default; a retention PlanB set on the group or fileset is lost");
        assertThat(result.general()).noneSatisfy(note -> assertThat(note).startsWith("schedule:"));
    }

    @Test
    void notesBecomeAHostCommentWithTheirIndentationAndNoTrailingBlanks() throws ConfexportException {
        PlanbImport.Result result = PlanbImport.map(ConfexportReader.read(sample("minimal.yaml")),
                new PlanbImport.Options(null, true, Set.of(), null, null));
        ConfigDocument.Host web = result.document().groups().get(0).hosts().get(0);
        assertThat(web.comment()).containsExactly(
                "PlanB notes:", "      indented first line (a code sample)", "  back to two spaces", "",
                "  \"quoted\" and \\ backslash");
    }

    @Test
    void retentionCountsBecomeAPolicyLargestPeriodFirst() throws ConfexportException, ConfigException {
        PlanbConfig config = importJson("""
                /* g-counts */
                {"retention": {"hourly": 48, "daily": 14, "weekly": 8, "monthly": 0, "yearly": 10},
                 "paths": {"root": "/", "include": ["etc"], "exclude": []}}
                /* g-zero */
                {"retention": {"hourly": 0, "daily": 0, "weekly": 0, "monthly": 0, "yearly": 0},
                 "paths": {"root": "/", "include": ["etc"], "exclude": []}}
                /* g-huge */
                {"retention": {"hourly": 0, "daily": 5000000, "weekly": 0, "monthly": 0, "yearly": 0},
                 "paths": {"root": "/", "include": ["etc"], "exclude": []}}
                """).document().resolved();
        assertThat(config.host(HostId.parse("g/counts")).orElseThrow().retention())
                .isEqualTo(RetentionPolicy.parse("10y,8w,14d,48h"));
        HostSpec zero = config.host(HostId.parse("g/zero")).orElseThrow();
        assertThat(zero.retention()).isEqualTo(RetentionPolicy.parse(""));
        assertThat(zero.enabled()).as("PlanB never ran it by itself").isFalse();
        assertThat(config.host(HostId.parse("g/huge")).orElseThrow().retention())
                .isEqualTo(RetentionPolicy.parse("999999d"));
    }

    @Test
    void sharedSettingsAreWrittenOnceOnTheGroupOrInDefaults() throws ConfexportException {
        ConfigDocument document = importJson("""
                /* a-one */
                {"retention": {"daily": 7}, "paths": {"root": "/srv", "include": ["etc"], "exclude": ["*.log"]}}
                /* a-two */
                {"retention": {"daily": 7}, "paths": {"root": "/srv", "include": ["etc"], "exclude": []}}
                /* b-three */
                {"retention": {"daily": 7}, "paths": {"root": "/srv", "include": ["home"], "exclude": []}}
                """).document();
        assertThat(ConfigWriter.yaml(document)).contains("""
                defaults:
                  user: remotebackup
                  sudo: true
                  ionice: true
                  root: /srv
                  retention: 7d
                groups:
                  - name: a
                    include:
                      - etc
                    hosts:
                      - name: one
                        address: one
                        exclude:
                          - '*.log'
                        dataset: tank/BACKUP/a-one
                      - name: two
                        address: two
                        exclude: []
                        dataset: tank/BACKUP/a-two
                  - name: b
                    include:
                      - home
                    exclude: []
                    hosts:
                """);
    }

    @Test
    void withNewDatasetsNoHostAdoptsOne() throws ConfexportException, ConfigException {
        PlanbImport.Result result = PlanbImport.map(ConfexportReader.read(sample("all.json")),
                new PlanbImport.Options(null, false, Set.of("ossoweb-prod"), null, null));
        assertThat(result.document().resolved().hosts()).allSatisfy(h -> assertThat(h.dataset()).isNull());
        assertThat(result.filesets()).allSatisfy(o -> assertThat(o.dataset()).isNull());
    }

    @Test
    void namesThatCollideAfterCleaningGetANumber() throws ConfexportException, ConfigException {
        PlanbConfig config = importJson("""
                /* Acme-Web01 */
                {"paths": {"root": "/", "include": ["etc"], "exclude": []}}
                /* acme-web01 */
                {"paths": {"root": "/", "include": ["etc"], "exclude": []}}
                /* acme-WEB01 */
                {"paths": {"root": "/", "include": ["etc"], "exclude": []}}
                """).document().resolved();
        assertThat(config.hosts()).extracting(h -> h.id().toString())
                .containsExactly("acme/web01", "acme-2/web01", "acme-2/web01-2");
        assertThat(config.hosts()).extracting(HostSpec::dataset)
                .containsExactly("tank/BACKUP/Acme-Web01", "tank/BACKUP/acme-web01", "tank/BACKUP/acme-WEB01");
    }

    @Test
    void aPlanbDatasetThatIsOneOfOurGroupDatasetsIsNotAdopted() throws ConfexportException, ConfigException {
        PlanbImport.Result result = PlanbImport.map(ConfexportReader.read("""
                /* acme-web */
                {"paths": {"root": "/", "include": ["etc"], "exclude": []}}
                /* acme-web-x */
                {"paths": {"root": "/", "include": ["etc"], "exclude": []}}
                """), new PlanbImport.Options(null, true, Set.of("acme-web"), null, null));
        assertThat(result.document().resolved().host(HostId.parse("acme/web")).orElseThrow().dataset()).isNull();
        assertThat(result.filesets().get(0).notes()).contains("dataset: PlanB's dataset cannot be adopted: "
                + "'tank/BACKUP/acme-web' is the dataset of group 'acme-web' here; the host starts afresh in "
                + "tank/BACKUP/acme/web, unless you rename the old dataset (zfs rename) to a name it may adopt and set "
                + "dataset");
    }

    @Test
    void keysConfexportNeverWritesAreReportedAsNotCarriedOver() throws ConfexportException {
        PlanbImport.Result result = importJson("""
                /* a-b */
                {"v": 1, "paths": {"root": "/", "include": ["etc"], "exclude": [], "flags": "--bwlimit="}}
                """);
        assertThat(result.filesets().get(0).notes()).contains("v: not carried over (confexport writes no such key)",
                "paths.flags: not carried over (confexport writes no such key)");
    }

    @Test
    void aParentThatIsNoDatasetNameIsRefused() {
        assertThatThrownBy(() -> PlanbImport.map(List.of(), new PlanbImport.Options("/tank", true, Set.of(), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--zfs-parent: '/tank' must be");
    }

    private static PlanbImport.Result importJson(String json) throws ConfexportException {
        return PlanbImport.map(ConfexportReader.read(json), new PlanbImport.Options(null, true, Set.of(), null, null));
    }
}
