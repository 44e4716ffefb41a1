package io.jenkins.plugins.planb.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigWriterTest {

    private static final String WRITTEN = """
            storage: { zfs: { parent: tank/BACKUP, sudo: true } }
            stateDir: /var/lib/planb/state
            defaults:  { sudo: true, retention: "2y,12m,4w,16d", user: remotebackup, stallTimeout: 600 }
            groups:
              - name: acme
                exclude: ["*.tmp", var/www/cache]
                retention: "1y,6m,4w,14d"
                hosts:
                  - name: web01
                    address: web01.example.com
                    include: [etc, home, "yes", "2024", "var/log/auth*"]
                  - { name: db01, port: 2222, address: "2001:db8::10", maxRunTime: 1h30m, ioTimeout: 7200,
                      dataset: tank/BACKUP/acme-db01, enabled: false }
              - name: local
                hosts:
                  - { name: storage01, transport: local, root: /etc, knownHostsFile: /k, identityFile: /i }
              - name: empty
            """;

    @Test
    void writesEachLevelAsSetInTheDocumentedShapeAndOrder() throws ConfigException {
        ConfigDocument document = ConfigLoader.parseDocument(WRITTEN);

        assertThat(ConfigWriter.yaml(document)).isEqualTo("""
                storage:
                  zfs:
                    parent: tank/BACKUP
                    sudo: true
                stateDir: /var/lib/planb/state
                defaults:
                  user: remotebackup
                  sudo: true
                  retention: 2y,12m,4w,16d
                  stallTimeout: 10m
                groups:
                  - name: acme
                    exclude:
                      - '*.tmp'
                      - var/www/cache
                    retention: 1y,6m,4w,14d
                    hosts:
                      - name: web01
                        address: web01.example.com
                        include:
                          - etc
                          - home
                          - 'yes'
                          - '2024'
                          - var/log/auth*
                      - name: db01
                        address: 2001:db8::10
                        port: 2222
                        enabled: false
                        ioTimeout: 7200
                        maxRunTime: 1h30m
                        dataset: tank/BACKUP/acme-db01
                  - name: local
                    hosts:
                      - name: storage01
                        transport: local
                        identityFile: /i
                        knownHostsFile: /k
                        root: /etc
                  - name: empty
                    hosts: []
                """);
    }

    @Test
    void jsonHasTheSameShapeAndReadsBackToTheSameDocument() throws ConfigException {
        ConfigDocument document = ConfigLoader.parseDocument(WRITTEN);
        String json = ConfigWriter.json(document);

        assertThat(json).startsWith("""
                {
                  "storage": {
                    "zfs": {
                      "parent": "tank/BACKUP",
                      "sudo": true
                    }
                  },
                  "stateDir": "/var/lib/planb/state",
                  "defaults": {
                    "user": "remotebackup",
                """).contains("""
                          "include": [
                            "etc",
                            "home",
                            "yes",
                            "2024",
                            "var/log/auth*"
                          ]
                """, "\"ioTimeout\": 7200,", "\"maxRunTime\": \"1h30m\"").endsWith("}\n");
        assertThat(ConfigLoader.parseDocument(json)).isEqualTo(document);
    }

    @Test
    void theDocumentResolvesToTheConfigurationTheFileGives() throws ConfigException {
        assertThat(ConfigLoader.parseDocument(WRITTEN).resolved()).isEqualTo(ConfigLoader.parse(WRITTEN));
    }

    @Test
    void onlyWhatIsSetIsWritten() throws ConfigException {
        assertThat(ConfigWriter.yaml(ConfigLoader.parseDocument("storage: { directory: { path: /srv/planb } }\n")))
                .isEqualTo("storage:\n  directory:\n    path: /srv/planb\n");
    }

    @Test
    void commentsGoAtTheTopAndAfterAHostsName() throws ConfigException {
        ConfigDocument read = ConfigLoader.parseDocument(WRITTEN);
        ConfigDocument.Group acme = read.groups().get(0);
        ConfigDocument.Host web01 = acme.hosts().get(0);
        ConfigDocument commented = new ConfigDocument(read.storage(), null, HostSettings.none(),
                List.of(new ConfigDocument.Group("acme", HostSettings.none(), List.of(new ConfigDocument.Host(
                        web01.name(), web01.settings().without("include"),
                        List.of("PlanB notes:", "  Customer: ACME\r", "", "bell \u0007 and tab\tend"))))),
                List.of("Imported from PlanB."));

        String yaml = ConfigWriter.yaml(commented);

        assertThat(yaml).isEqualTo("""
                # Imported from PlanB.
                storage:
                  zfs:
                    parent: tank/BACKUP
                    sudo: true
                groups:
                  - name: acme
                    hosts:
                      - name: web01
                        # PlanB notes:
                        #   Customer: ACME\\u000d
                        #
                        # bell \\u0007 and tab    end
                        address: web01.example.com
                """);
        ConfigDocument readBack = ConfigLoader.parseDocument(yaml);
        assertThat(readBack.comment()).as("a reader keeps no comments").isEmpty();
        assertThat(readBack.groups().get(0).hosts().get(0))
                .isEqualTo(new ConfigDocument.Host("web01", web01.settings().without("include")));
    }
}
