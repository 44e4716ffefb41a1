package io.jenkins.plugins.planb.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

    /** The example of DESIGN.md, verbatim. */
    private static final String DESIGN_EXAMPLE = """
            storage:                 # exactly one of zfs / directory
              zfs:       { parent: tank/BACKUP, sudo: false }
            stateDir: /var/lib/planb/state          # run records of the command
            defaults:  { retention: "2y,12m,4w,16d", user: remotebackup, sudo: true, ionice: true }
            groups:
              - name: acme
                retention: "1y,6m,4w,14d"            # any host field may be set on a group
                hosts:
                  - name: web01
                    address: web01.example.com
                    port: 22
                    user: remotebackup
                    identityFile: /var/lib/planb/.ssh/id_ed25519
                    knownHostsFile: /var/lib/planb/known_hosts   # strict host key checking
                    sudo: true
                    ionice: true
                    root: /
                    include: [etc, home, var/www]
                    exclude: [var/www/cache]
                    enabled: true
            """;

    private static final String STORAGE = "storage: { directory: { path: /srv/planb } }\n";

    @Test
    void readsTheDesignExample() throws ConfigException {
        PlanbConfig config = ConfigLoader.parse(DESIGN_EXAMPLE);

        assertThat(config.storage()).isEqualTo(new StorageSpec.Zfs("tank/BACKUP", false));
        assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/planb/state"));
        assertThat(config.groups()).extracting(GroupSpec::name).containsExactly("acme");
        HostSpec web01 = config.host(HostId.parse("acme/web01")).orElseThrow();
        assertThat(web01).isEqualTo(new HostSpec(
                new HostId("acme", "web01"),
                TransportKind.SSH,
                "web01.example.com",
                22,
                "remotebackup",
                Path.of("/var/lib/planb/.ssh/id_ed25519"),
                Path.of("/var/lib/planb/known_hosts"),
                true,
                true,
                "/",
                List.of("etc", "home", "var/www"),
                List.of("var/www/cache"),
                true,
                RetentionPolicy.parse("1y,6m,4w,14d"),
                Duration.ofSeconds(3600),
                Duration.ofSeconds(30)));
        assertThat(config.host(HostId.parse("acme/web02"))).isEmpty();
    }

    @Test
    void hostOverridesGroupOverridesDefaults() throws ConfigException {
        PlanbConfig config = ConfigLoader.parse(STORAGE + """
                defaults: { port: 2201, user: fromdefaults, retention: "7d", include: [etc], ioTimeout: 100 }
                groups:
                  - name: g
                    port: 2202
                    user: fromgroup
                    include: [home]
                    hosts:
                      - { name: own, address: a.example, port: 2203, include: [srv, var] }
                      - { name: inherits, address: b.example }
                """);

        HostSpec own = config.host(new HostId("g", "own")).orElseThrow();
        HostSpec inherits = config.host(new HostId("g", "inherits")).orElseThrow();
        assertThat(own.port()).isEqualTo(2203);
        assertThat(own.include()).containsExactly("srv", "var"); // replaced, not merged
        assertThat(own.user()).isEqualTo("fromgroup");
        assertThat(own.retention()).isEqualTo(RetentionPolicy.parse("7d"));
        assertThat(own.ioTimeout()).isEqualTo(Duration.ofSeconds(100));
        assertThat(inherits.port()).isEqualTo(2202);
        assertThat(inherits.include()).containsExactly("home");
    }

    @Test
    void everyHostFieldCanBeSetOnDefaults() throws ConfigException {
        PlanbConfig config = ConfigLoader.parse(STORAGE + """
                defaults:
                  transport: ssh
                  address: shared.example
                  port: 2222
                  user: backup
                  identityFile: /keys/id
                  knownHostsFile: /keys/known
                  sudo: true
                  ionice: true
                  root: /data
                  include: [x]
                  exclude: [x/cache]
                  enabled: false
                  retention: "3d"
                  ioTimeout: 60
                  connectTimeout: 5
                groups: [ { name: g, hosts: [ { name: h } ] } ]
                """);

        assertThat(config.hosts()).singleElement().isEqualTo(new HostSpec(
                new HostId("g", "h"), TransportKind.SSH, "shared.example", 2222, "backup",
                Path.of("/keys/id"), Path.of("/keys/known"), true, true, "/data", List.of("x"),
                List.of("x/cache"), false, RetentionPolicy.parse("3d"), Duration.ofSeconds(60),
                Duration.ofSeconds(5)));
    }

    @Test
    void fieldsSetNowhereGetTheBuiltinDefaults() throws ConfigException {
        PlanbConfig config = ConfigLoader.parse(STORAGE + "groups: [ { name: g, hosts: [ { name: h, address: h.example } ] } ]");

        HostSpec host = config.hosts().getFirst();
        assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/planb/state"));
        assertThat(host.transport()).isEqualTo(TransportKind.SSH);
        assertThat(host.port()).isEqualTo(22);
        assertThat(host.user()).isEqualTo("remotebackup");
        assertThat(host.identityFile()).isNull();
        assertThat(host.knownHostsFile()).isEqualTo(Path.of("/var/lib/planb/known_hosts"));
        assertThat(host.sudo()).isFalse();
        assertThat(host.ionice()).isFalse();
        assertThat(host.root()).isEqualTo("/");
        assertThat(host.include()).isEmpty();
        assertThat(host.exclude()).isEmpty();
        assertThat(host.enabled()).isTrue();
        assertThat(host.retention()).hasToString("2y,12m,4w,16d");
        assertThat(host.ioTimeout()).isEqualTo(Duration.ofHours(1));
        assertThat(host.connectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(host.stallTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(host.maxRunTime()).isEqualTo(Duration.ZERO);
        assertThat(host.progressInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void transferLimitsAreDurationsInheritedLikeEveryHostField() throws ConfigException {
        PlanbConfig config = ConfigLoader.parse(STORAGE + """
                defaults: { stallTimeout: 20m, maxRunTime: 6h, progressInterval: 1m }
                groups:
                  - name: g
                    stallTimeout: 1h30m
                    hosts:
                      - { name: own, address: a.example, stallTimeout: 90, maxRunTime: 0, progressInterval: "0" }
                      - { name: inherits, address: b.example }
                  - name: other
                    hosts: [ { name: defaults, address: c.example, maxRunTime: 2d } ]
                """);

        HostSpec own = config.host(HostId.parse("g/own")).orElseThrow();
        assertThat(own.stallTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(own.maxRunTime()).isEqualTo(Duration.ZERO);
        assertThat(own.progressInterval()).isEqualTo(Duration.ZERO);
        HostSpec inherits = config.host(HostId.parse("g/inherits")).orElseThrow();
        assertThat(inherits.stallTimeout()).isEqualTo(Duration.ofMinutes(90));
        assertThat(inherits.maxRunTime()).isEqualTo(Duration.ofHours(6));
        assertThat(inherits.progressInterval()).isEqualTo(Duration.ofMinutes(1));
        HostSpec defaults = config.host(HostId.parse("other/defaults")).orElseThrow();
        assertThat(defaults.stallTimeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(defaults.maxRunTime()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void badTransferLimitsNameTheFieldAndTheRule() {
        assertErrors(STORAGE + """
                defaults: { stallTimeout: ten minutes, maxRunTime: 31d, progressInterval: true }
                groups:
                  - name: g
                    stallTimeout: 8d
                    hosts: [ { name: h, address: h.example, maxRunTime: -5, progressInterval: 2m30 } ]
                """).containsExactly(
                        new ConfigError("defaults.stallTimeout", "must be " + Durations.SYNTAX + ", not 'ten minutes'"),
                        new ConfigError("defaults.maxRunTime", "31d must be from 1s to 30d, or 0, which means no maximum"),
                        new ConfigError("defaults.progressInterval", "must be " + Durations.SYNTAX
                                + ", not true/false (true; YAML reads yes/no/on/off as true/false too)"),
                        new ConfigError("groups[0].stallTimeout", "8d must be from 1s to 7d, or 0, which turns the stall limit off"),
                        new ConfigError("groups[0].hosts[0].maxRunTime", "must be " + Durations.SYNTAX + ", not a whole number (-5)"),
                        new ConfigError("groups[0].hosts[0].progressInterval", "must be " + Durations.SYNTAX + ", not '2m30'"));
    }

    @Test
    void localTransportNeedsNoAddress() throws ConfigException {
        PlanbConfig config = ConfigLoader.parse(STORAGE + """
                groups:
                  - name: local
                    transport: local
                    hosts: [ { name: storage-box, root: /etc } ]
                """);

        HostSpec host = config.hosts().getFirst();
        assertThat(host.transport()).isEqualTo(TransportKind.LOCAL);
        assertThat(host.address()).isNull();
    }

    @Test
    void sshTransportRequiresAnAddress() {
        assertErrors(STORAGE + "groups: [ { name: g, hosts: [ { name: a, address: a.example }, { name: b } ] } ]")
                .containsExactly(new ConfigError("groups[0].hosts[1].address",
                        "required for transport ssh (set it on the host, or set transport: local to back up this machine)"));
    }

    @Test
    void badValuesAreReportedWithTheirFieldPathAndRule() {
        List<ConfigError> errors = errors(STORAGE + """
                groups:
                  - name: acme
                    hosts:
                      - { name: a, address: a.example }
                      - { name: b, address: b.example }
                      - { name: c, address: "-oProxyCommand=reboot" }
                """);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("groups[0].hosts[2].address");
            assertThat(error.message()).contains(Rules.ADDRESS_RULE);
            assertThat(error.toString()).startsWith("groups[0].hosts[2].address: '-oProxyCommand=reboot' must be a host name");
        });
    }

    @Test
    void collectsAllErrorsInDocumentOrder() {
        ConfigException e = exception("""
                storage: { zfs: { parent: "tank@snap" } }
                stateDir: relative/state
                defaults: { retention: "forever", port: 0 }
                groups:
                  - name: Acme
                    user: "user@host"
                    hosts:
                      - name: web01
                        address: "a b"
                        root: "/$(reboot)"
                        include: [etc, "../../etc", "home\\nx"]
                        exclude: ["`id`"]
                        identityFile: "~/.ssh/id"
                        ioTimeout: 0
                        connectTimeout: 99999
                """);

        assertThat(e.errors()).extracting(ConfigError::path).containsExactly(
                "storage.zfs.parent",
                "stateDir",
                "defaults.port",
                "defaults.retention",
                "groups[0].name",
                "groups[0].user",
                "groups[0].hosts[0].address",
                "groups[0].hosts[0].identityFile",
                "groups[0].hosts[0].root",
                "groups[0].hosts[0].include[1]",
                "groups[0].hosts[0].include[2]",
                "groups[0].hosts[0].exclude[0]",
                "groups[0].hosts[0].ioTimeout",
                "groups[0].hosts[0].connectTimeout");
        assertThat(e.errors()).filteredOn(err -> err.path().equals("defaults.retention"))
                .singleElement().extracting(ConfigError::message).asString().contains(RetentionPolicy.RULE);
        assertThat(e.getMessage().split("\n")).hasSize(14)
                .allSatisfy(line -> assertThat(line).matches("[a-zA-Z\\[\\]0-9.]+: .+"));
    }

    @Test
    void badValueOnAGroupIsReportedOnceNotPerHost() {
        assertErrors(STORAGE + """
                groups:
                  - name: g
                    port: 70000
                    hosts: [ { name: a, address: a.example }, { name: b, address: b.example } ]
                """).extracting(ConfigError::path).containsExactly("groups[0].port");
    }

    @Test
    void wrongTypesAreErrors() {
        assertErrors(STORAGE + """
                defaults: { port: "22", sudo: "yes", include: etc, retention: 7 }
                groups:
                  - name: 2024
                    hosts: { name: a }
                  - name: g
                    hosts: [ "web01", { name: b, address: b.example, exclude: [ [x] ], ioTimeout: 1.5, user: no } ]
                """).containsExactly(
                        new ConfigError("defaults.port", "must be a whole number, not text"),
                        new ConfigError("defaults.sudo", "must be true or false, not text"),
                        new ConfigError("defaults.include", "must be a list, not text"),
                        new ConfigError("defaults.retention", "must be text, not a whole number (7); put it in quotes"),
                        new ConfigError("groups[0].name", "must be text, not a whole number (2024); put it in quotes"),
                        new ConfigError("groups[0].hosts", "must be a list of hosts, not a mapping"),
                        new ConfigError("groups[1].hosts[0]", "must be a host (a mapping with at least 'name'), not text"),
                        new ConfigError("groups[1].hosts[1].user",
                                "must be text, not true/false (false; YAML reads yes/no/on/off as true/false too); put it in quotes"),
                        new ConfigError("groups[1].hosts[1].exclude[0]", "must be text, not a list"),
                        new ConfigError("groups[1].hosts[1].ioTimeout", "must be a whole number, not a decimal number (1.5)"));
    }

    @Test
    void keysWithoutValueAreErrors() {
        assertErrors(STORAGE + """
                defaults:
                  port:
                groups:
                  - name: g
                    hosts: [ { name: a, address: a.example, include: [etc, ~] } ]
                """).containsExactly(
                        new ConfigError("defaults.port", "has no value"),
                        new ConfigError("groups[0].hosts[0].include[1]", "has no value"));
    }

    @Test
    void unknownKeysAreErrorsWithSuggestions() {
        assertErrors("""
                storage: { directory: { path: /srv, quota: 10G } }
                stateDirectory: /x
                defaults: { retension: "1d", use_sudo: true, name: x }
                groups:
                  - name: g
                    hosts:
                      - { name: a, address: a.example, includes: [etc], identity_file: /k, flags: "-e 'ssh -o ProxyCommand=x'", colour: blue }
                """).containsExactly(
                        new ConfigError("stateDirectory", "unknown key; did you mean 'stateDir'?"),
                        new ConfigError("storage.directory.quota", "unknown key; expected one of: path"),
                        new ConfigError("defaults.retension", "unknown key; did you mean 'retention'?"),
                        new ConfigError("defaults.use_sudo", "unknown key; did you mean 'sudo'?"),
                        new ConfigError("defaults.name", "unknown key; expected one of: " + String.join(", ", ConfigReader.HOST_FIELDS)),
                        new ConfigError("groups[0].hosts[0].includes", "unknown key; did you mean 'include'?"),
                        new ConfigError("groups[0].hosts[0].identity_file", "unknown key; did you mean 'identityFile'?"),
                        new ConfigError("groups[0].hosts[0].flags",
                                "unknown key: PlanB takes no free-form ssh or rsync option text; use the typed fields (name, "
                                        + String.join(", ", ConfigReader.HOST_FIELDS) + ", dataset)"),
                        new ConfigError("groups[0].hosts[0].colour", "unknown key; expected one of: name, "
                                + String.join(", ", ConfigReader.HOST_FIELDS) + ", dataset"));
    }

    @Test
    void nonTextKeysAreErrors() {
        assertErrors(STORAGE + "1: x\n").containsExactly(new ConfigError("1", "keys must be text, not a whole number (1)"));
    }

    @Test
    void oddKeysAreQuotedInThePath() {
        assertErrors(STORAGE + "defaults: { \"bad key\\n\": 1 }\n")
                .extracting(ConfigError::path).containsExactly("defaults['bad key\\n']");
    }

    @Test
    void storageNeedsExactlyOneKind() {
        assertErrors("groups: []").containsExactly(new ConfigError("storage", "required: set exactly one of zfs, directory"));
        assertErrors("storage: {}").containsExactly(new ConfigError("storage", "set exactly one of zfs, directory"));
        assertErrors("storage: { zfs: { parent: tank }, directory: { path: /srv } }")
                .containsExactly(new ConfigError("storage", "set exactly one of zfs, directory, not both"));
        assertErrors("storage: { zfs: { parent: \"-tank\" }, directory: { path: srv } }")
                .extracting(ConfigError::path).containsExactly("storage", "storage.zfs.parent", "storage.directory.path");
        assertErrors("storage: /srv/planb")
                .containsExactly(new ConfigError("storage", "must be a mapping of keys to values, not text"));
        assertErrors("storage: { zfs: { sudo: true } }").containsExactly(new ConfigError("storage.zfs.parent", "required"));
        assertErrors("storage: { directory: { path: srv } }")
                .extracting(ConfigError::path).containsExactly("storage.directory.path");
    }

    @Test
    void zfsStorageReadsSudo() throws ConfigException {
        assertThat(ConfigLoader.parse("storage: { zfs: { parent: tank/B, sudo: true } }").storage())
                .isEqualTo(new StorageSpec.Zfs("tank/B", true));
        assertThat(ConfigLoader.parse("storage: { zfs: { parent: tank/B } }").storage())
                .isEqualTo(new StorageSpec.Zfs("tank/B", false));
    }

    @Test
    void namesAreRequiredAndUnique() {
        assertErrors(STORAGE + """
                groups:
                  - name: g
                    hosts:
                      - { name: a, address: a.example }
                      - { address: b.example }
                      - { name: a, address: c.example }
                  - hosts: []
                  - name: g
                  - name: h
                    hosts: [ { name: a, address: a.example } ]
                """).containsExactly(
                        new ConfigError("groups[0].hosts[1].name", "required"),
                        new ConfigError("groups[0].hosts[2].name", "duplicate host name 'a' (first at groups[0].hosts[0].name)"),
                        new ConfigError("groups[1].name", "required"),
                        new ConfigError("groups[2].name", "duplicate group name 'g' (first at groups[0].name)"));
    }

    @Test
    void sameHostNameInTwoGroupsIsFine() throws ConfigException {
        PlanbConfig config = ConfigLoader.parse(STORAGE + """
                groups:
                  - { name: g1, hosts: [ { name: web, address: a.example } ] }
                  - { name: g2, hosts: [ { name: web, address: b.example } ] }
                """);
        assertThat(config.host(HostId.parse("g2/web"))).get().extracting(HostSpec::address).isEqualTo("b.example");
    }

    @Test
    void groupsAndHostsMayBeAbsent() throws ConfigException {
        assertThat(ConfigLoader.parse(STORAGE).groups()).isEmpty();
        assertThat(ConfigLoader.parse(STORAGE + "groups: [ { name: empty } ]").groups())
                .singleElement().satisfies(g -> assertThat(g.hosts()).isEmpty());
    }

    @Test
    void topLevelMustBeAMappingAndGroupsAList() {
        assertErrors(STORAGE + "groups: { name: g }")
                .containsExactly(new ConfigError("groups", "must be a list of groups, not a mapping"));
        assertErrors(STORAGE + "groups: [ g ]")
                .containsExactly(new ConfigError("groups[0]", "must be a group (a mapping with at least 'name'), not text"));
    }

    @Test
    void exceptionMessageListsOneErrorPerLine() {
        ConfigException e = new ConfigException(List.of(
                new ConfigError("a.b", "first"), new ConfigError("", "whole file"), new ConfigError("c", "third")));
        assertThat(e.getMessage()).isEqualTo("a.b: first\nwhole file\nc: third");
    }

    private static List<ConfigError> errors(String yaml) {
        return exception(yaml).errors();
    }

    private static org.assertj.core.api.ListAssert<ConfigError> assertErrors(String yaml) {
        return assertThat(errors(yaml));
    }

    private static ConfigException exception(String yaml) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ConfigLoader.parse(yaml));
        assertThat(thrown).isInstanceOf(ConfigException.class);
        return (ConfigException) thrown;
    }

    @Test
    void aGoodConfigurationThrowsNothing() {
        assertThatThrownBy(() -> exception(DESIGN_EXAMPLE)).isInstanceOf(AssertionError.class);
    }
}
