package io.jenkins.plugins.planb.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Export, then load as configuration, then export again gives the same text, byte for byte, in
 * YAML and JSON; and what is loaded back is the same configuration, to every resolved host.
 * Over generated files: random storage, stateDir, defaults, groups and hosts, every host field at
 * any level, written as users may write them (durations as seconds or text, flow or block style),
 * with values chosen to stress quoting: {@code yes}, numbers, {@code *}, {@code #}, quotes,
 * colons, spaces, non-ASCII.
 */
class ConfigRoundTripPropertyTest {

    @Property(tries = 300)
    void yamlExportLoadsBackToTheSameConfigurationAndTheSameText(@ForAll("files") String file) throws ConfigException {
        ConfigDocument read = ConfigLoader.parseDocument(file);
        String exported = ConfigWriter.yaml(read);

        ConfigDocument again = ConfigLoader.parseDocument(exported);

        assertThat(again).as("the document read back from\n%s", exported).isEqualTo(read);
        assertThat(ConfigWriter.yaml(again)).isEqualTo(exported);
        PlanbConfig resolved = again.resolved();
        assertThat(resolved).isEqualTo(ConfigLoader.parse(file));
        Statistics.label("hosts").collect(resolved.hosts().isEmpty() ? "none" : "some");
        Statistics.label("adopted").collect(resolved.hosts().stream().anyMatch(h -> h.dataset() != null));
        Statistics.label("hosts").coverage(c -> c.check("some").percentage(p -> p > 40));
        Statistics.label("adopted").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Property(tries = 300)
    void jsonExportLoadsBackToTheSameConfigurationAndTheSameText(@ForAll("files") String file) throws ConfigException {
        ConfigDocument read = ConfigLoader.parseDocument(file);
        String exported = ConfigWriter.json(read);

        ConfigDocument again = ConfigLoader.parseDocument(exported);

        assertThat(again).as("the document read back from\n%s", exported).isEqualTo(read);
        assertThat(ConfigWriter.json(again)).isEqualTo(exported);
        assertThat(ConfigWriter.yaml(again)).isEqualTo(ConfigWriter.yaml(read));
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<Boolean> zfs = Arbitraries.of(true, false);
        Arbitrary<Optional<String>> stateDir = Arbitraries.oneOf(
                Arbitraries.just(Optional.empty()), absolutePaths().map(Optional::of));
        Arbitrary<Map<String, Object>> defaults = hostFields();
        Arbitrary<List<Map<String, Object>>> groups = groups();
        Arbitrary<DumperOptions.FlowStyle> style = Arbitraries.of(
                DumperOptions.FlowStyle.BLOCK, DumperOptions.FlowStyle.FLOW, DumperOptions.FlowStyle.AUTO);
        return Combinators.combine(zfs, stateDir, defaults, groups, style, zfsParents(), absolutePaths())
                .as((isZfs, state, defaultFields, groupList, flow, parent, directory) -> {
                    Map<String, Object> tree = new LinkedHashMap<>();
                    tree.put("storage", isZfs
                            ? Map.of("zfs", Map.of("parent", parent, "sudo", parent.length() % 2 == 0))
                            : Map.of("directory", Map.of("path", directory)));
                    state.ifPresent(s -> tree.put("stateDir", s));
                    if (!defaultFields.isEmpty()) {
                        tree.put("defaults", defaultFields);
                    }
                    tree.put("groups", valid(groupList, isZfs ? parent : null));
                    DumperOptions options = new DumperOptions();
                    options.setDefaultFlowStyle(flow);
                    return new Yaml(options).dump(tree);
                });
    }

    /**
     * Makes the generated groups a valid configuration: unique names, an address wherever ssh
     * needs one, and datasets only with ZFS storage, each a dataset of its own.
     */
    private static List<Map<String, Object>> valid(List<Map<String, Object>> groups, String zfsParent) {
        List<Map<String, Object>> result = new ArrayList<>();
        Set<Object> groupNames = new LinkedHashSet<>();
        int adopted = 0;
        for (Map<String, Object> group : groups) {
            if (!groupNames.add(group.get("name"))) {
                continue;
            }
            Map<String, Object> copy = new LinkedHashMap<>(group);
            List<Map<String, Object>> hosts = new ArrayList<>();
            Set<Object> hostNames = new LinkedHashSet<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> generated = (List<Map<String, Object>>) group.get("hosts");
            for (Map<String, Object> host : generated) {
                if (!hostNames.add(host.get("name"))) {
                    continue;
                }
                Map<String, Object> h = new LinkedHashMap<>(host);
                if (!h.containsKey("transport")) {
                    h.put("address", h.getOrDefault("address", "h" + hosts.size() + ".example"));
                } else if (h.get("transport").equals("ssh") && !h.containsKey("address")) {
                    h.put("address", "192.0.2." + (hosts.size() + 1));
                }
                if (zfsParent != null && h.get("name").toString().length() % 3 == 0) {
                    h.put("dataset", "OLD/" + group.get("name") + "-" + h.get("name") + "-" + adopted++);
                }
                hosts.add(h);
            }
            copy.put("hosts", hosts);
            result.add(copy);
        }
        return result;
    }

    private Arbitrary<List<Map<String, Object>>> groups() {
        Arbitrary<Map<String, Object>> host = Combinators.combine(names(), hostFields()).as((name, fields) -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", name);
            fields.remove("address"); // set by valid() where needed, so ssh hosts always have one
            map.putAll(fields);
            return map;
        });
        Arbitrary<Map<String, Object>> group = Combinators.combine(names(), hostFields(), host.list().ofMaxSize(4).withSizeDistribution(RandomDistribution.uniform()))
                .as((name, fields, hosts) -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("name", name);
                    fields.remove("transport"); // a group of local hosts would need no address; keep it simple
                    map.putAll(fields);
                    map.put("hosts", hosts);
                    return map;
                });
        return group.list().ofMinSize(1).ofMaxSize(4).withSizeDistribution(RandomDistribution.uniform());
    }

    /** A random subset of the host fields, each with a value the rules accept. */
    private Arbitrary<Map<String, Object>> hostFields() {
        Map<String, Arbitrary<?>> values = new LinkedHashMap<>();
        values.put("transport", Arbitraries.of("ssh", "local"));
        values.put("address", addresses());
        values.put("port", Arbitraries.integers().between(1, 65535));
        values.put("user", Arbitraries.of("remotebackup", "_backup", "planb-1", "root"));
        values.put("identityFile", absolutePaths());
        values.put("knownHostsFile", absolutePaths());
        values.put("sudo", Arbitraries.of(true, false));
        values.put("ionice", Arbitraries.of(true, false));
        values.put("root", absolutePaths());
        values.put("include", patterns().list().ofMaxSize(4));
        values.put("exclude", patterns().list().ofMaxSize(4));
        values.put("enabled", Arbitraries.of(true, false));
        values.put("retention", retention());
        values.put("ioTimeout", Arbitraries.integers().between(1, Rules.MAX_IO_TIMEOUT_SECONDS));
        values.put("connectTimeout", Arbitraries.integers().between(1, Rules.MAX_CONNECT_TIMEOUT_SECONDS));
        values.put("stallTimeout", durations(7 * 86_400));
        values.put("maxRunTime", durations(30 * 86_400));
        values.put("progressInterval", durations(86_400));
        List<String> fields = new ArrayList<>(values.keySet());
        return Arbitraries.subsetOf(fields).flatMap(chosen -> {
            List<String> ordered = fields.stream().filter(chosen::contains).toList();
            Arbitrary<Map<String, Object>> result = Arbitraries.just(new LinkedHashMap<>());
            for (String field : shuffled(ordered)) {
                result = Combinators.combine(result, values.get(field)).as((map, value) -> {
                    Map<String, Object> next = new LinkedHashMap<>(map);
                    next.put(field, value);
                    return next;
                });
            }
            return result;
        });
    }

    /** Users write fields in any order; reverse every other field list to show order does not matter. */
    private static List<String> shuffled(List<String> fields) {
        List<String> copy = new ArrayList<>(fields);
        if (fields.size() % 2 == 1) {
            java.util.Collections.reverse(copy);
        }
        return copy;
    }

    private Arbitrary<String> names() {
        Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('0', '9');
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars("._-").ofMaxLength(8);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    private Arbitrary<String> addresses() {
        return Arbitraries.of("web01.example.com", "10.0.0.1", "2001:db8::10", "::1", "yes", "n", "null",
                "1e3.example", "Host-1.Example.", "on");
    }

    private Arbitrary<String> absolutePaths() {
        return Arbitraries.strings().withChars("abcXYZ019/._- *'\"#:,[]{}&!%@|>é€")
                .ofMaxLength(16).map(rest -> "/" + rest);
    }

    private Arbitrary<String> zfsParents() {
        Arbitrary<String> component = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').withChars("_.:-0123").ofMaxLength(6))
                .as((a, b) -> a + b);
        return component.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("/", parts));
    }

    private Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("abcXYZ019/._- *?[]'\"#:,{}&%@|>é")
                .ofMinLength(1).ofMaxLength(12)
                .filter(value -> Rules.pattern(value).isEmpty());
    }

    private Arbitrary<String> retention() {
        Arbitrary<String> item = Combinators.combine(Arbitraries.integers().between(0, 999999), Arbitraries.of("h", "d", "w", "m", "y"))
                .as((count, unit) -> count + unit);
        return Combinators.combine(item.list().ofMaxSize(5), Arbitraries.of("", ","))
                .as((items, tail) -> items.isEmpty() ? "" : String.join(",", items) + tail);
    }

    /** A duration up to {@code maxSeconds} as users write it: seconds, text, or 0. */
    private Arbitrary<Object> durations(int maxSeconds) {
        Arbitrary<Integer> seconds = Arbitraries.integers().between(1, maxSeconds);
        return Arbitraries.oneOf(
                Arbitraries.just((Object) 0),
                seconds.map(s -> (Object) s),
                seconds.map(s -> (Object) Durations.format(java.time.Duration.ofSeconds(s))),
                Arbitraries.just((Object) "0s"));
    }
}
