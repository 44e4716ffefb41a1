package io.jenkins.plugins.planb.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A host's {@code dataset}: an existing ZFS dataset it adopts, checked alone and against the whole file. */
class AdoptedDatasetsTest {

    private static final String ZFS = "storage: { zfs: { parent: tank/BACKUP } }\n";

    @Test
    void aHostAdoptsTheDatasetItNames() throws ConfigException {
        PlanbConfig config = ConfigLoader.parse(ZFS + """
                groups:
                  - name: acme
                    hosts:
                      - { name: web01, address: web01.example, dataset: tank/BACKUP/acme-web01 }
                      - { name: web02, address: web02.example }
                """);
        assertThat(config.host(HostId.parse("acme/web01")).orElseThrow().dataset()).isEqualTo("tank/BACKUP/acme-web01");
        assertThat(config.host(HostId.parse("acme/web02")).orElseThrow().dataset()).isNull();
    }

    @Test
    void aDatasetOutsideTheParentMayBeAdopted() throws ConfigException {
        PlanbConfig config = ConfigLoader.parse(ZFS + """
                groups: [ { name: acme, hosts: [ { name: web01, address: a.example, dataset: old/BACKUP/acme-web01 } ] } ]
                """);
        assertThat(config.hosts().get(0).dataset()).isEqualTo("old/BACKUP/acme-web01");
    }

    @Test
    void onlyAHostMayAdoptADataset() {
        assertThat(errors(ZFS + """
                defaults: { dataset: tank/BACKUP/x }
                groups: [ { name: acme, dataset: tank/BACKUP/y, hosts: [ { name: web01, address: a.example } ] } ]
                """)).containsExactly(
                new ConfigError("defaults.dataset",
                        "only a host may adopt a dataset (each host needs one of its own); set it on the host"),
                new ConfigError("groups[0].dataset",
                        "only a host may adopt a dataset (each host needs one of its own); set it on the host"));
    }

    @Test
    void theNameMustBeADatasetName() {
        assertThat(errors(ZFS + """
                groups: [ { name: acme, hosts: [ { name: web01, address: a.example, dataset: "tank/BACKUP/acme web01" },
                                                 { name: web02, address: b.example, dataset: "tank/x@snap" },
                                                 { name: web03, address: c.example, dataset: 7 } ] } ]
                """)).extracting(ConfigError::toString).containsExactly(
                "groups[0].hosts[0].dataset: 'tank/BACKUP/acme web01' " + Rules.ADOPTED_DATASET_RULE,
                "groups[0].hosts[1].dataset: 'tank/x@snap' " + Rules.ADOPTED_DATASET_RULE,
                "groups[0].hosts[2].dataset: must be text, not a whole number (7); put it in quotes");
    }

    @Test
    void onlyWithZfsStorage() {
        assertThat(errors("""
                storage: { directory: { path: /srv/planb } }
                groups: [ { name: acme, hosts: [ { name: web01, address: a.example, dataset: tank/BACKUP/acme-web01 } ] } ]
                """)).containsExactly(new ConfigError("groups[0].hosts[0].dataset",
                "only with zfs storage: it names an existing ZFS dataset for the host to adopt"));
    }

    @Test
    void anAdoptedDatasetMustNotCollideWithAnyOtherDataset() {
        assertThat(errors(ZFS + """
                groups:
                  - name: acme
                    hosts:
                      - { name: a, address: a.example, dataset: tank/BACKUP }
                      - { name: b, address: b.example, dataset: tank }
                      - { name: c, address: c.example, dataset: tank/BACKUP/other }
                      - { name: d, address: d.example, dataset: tank/BACKUP/acme/e }
                      - { name: e, address: e.example }
                      - { name: f, address: f.example, dataset: tank/BACKUP/acme-f }
                      - { name: g, address: g.example, dataset: tank/BACKUP/acme-f }
                      - { name: h, address: h.example, dataset: tank/BACKUP/acme-f/inner }
                      - { name: i, address: i.example, dataset: tank/BACKUP/acme/i }
                  - name: other
                    hosts: [ { name: x, address: x.example } ]
                """)).extracting(ConfigError::toString).containsExactly(
                "groups[0].hosts[0].dataset: 'tank/BACKUP' is the storage parent 'tank/BACKUP' or above it; name the "
                        + "host's own dataset",
                "groups[0].hosts[1].dataset: 'tank' is the storage parent 'tank/BACKUP' or above it; name the host's "
                        + "own dataset",
                "groups[0].hosts[2].dataset: 'tank/BACKUP/other' is the dataset of group 'other', which holds that "
                        + "group's hosts; name the host's own dataset",
                "groups[0].hosts[3].dataset: 'tank/BACKUP/acme/e' is also the dataset of host 'acme/e'",
                "groups[0].hosts[5].dataset: 'tank/BACKUP/acme-f' contains the dataset of host 'acme/h' "
                        + "(tank/BACKUP/acme-f/inner)",
                "groups[0].hosts[6].dataset: 'tank/BACKUP/acme-f' is also the dataset of host 'acme/f'",
                "groups[0].hosts[7].dataset: 'tank/BACKUP/acme-f/inner' lies inside the dataset of host 'acme/f' "
                        + "(tank/BACKUP/acme-f)");
    }

    private static List<ConfigError> errors(String yaml) {
        return catchThrowableOfType(ConfigException.class, () -> ConfigLoader.parse(yaml)).errors();
    }
}
