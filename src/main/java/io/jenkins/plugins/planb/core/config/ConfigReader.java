package io.jenkins.plugins.planb.core.config;

import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the YAML tree of a configuration file (plain maps, lists and scalars, as
 * {@link ConfigLoader} reads them) into a validated {@link PlanbConfig}, or a
 * {@link ConfigException} listing every error with its field path.
 *
 * <p>The file has the keys {@code storage} (required; exactly one of {@code zfs: {parent, sudo}}
 * and {@code directory: {path}}), {@code stateDir}, {@code defaults} and {@code groups}. Each
 * group has a {@code name} and {@code hosts}; each host a {@code name}. Every host field below may
 * be set on the host, on its group and on {@code defaults}; the host's own value wins over the
 * group's, the group's over {@code defaults}, and lists ({@code include}, {@code exclude}) are
 * replaced, never merged. Fields set nowhere get these values ({@link BuiltinDefaults} says why):
 *
 * <table>
 *   <caption>Host fields</caption>
 *   <tr><th>field</th><th>rule</th><th>when set nowhere</th></tr>
 *   <tr><td>transport</td><td>{@code ssh} or {@code local}</td><td>{@code ssh}</td></tr>
 *   <tr><td>address</td><td>{@link Rules#address}</td><td>required for ssh; unused (null) for local</td></tr>
 *   <tr><td>port</td><td>{@link Rules#port}</td><td>22</td></tr>
 *   <tr><td>user</td><td>{@link Rules#user}</td><td>{@code remotebackup}</td></tr>
 *   <tr><td>identityFile</td><td>{@link Rules#absolutePath}</td><td>none: ssh's own defaults</td></tr>
 *   <tr><td>knownHostsFile</td><td>{@link Rules#absolutePath}</td><td>{@code /var/lib/planb/known_hosts}</td></tr>
 *   <tr><td>sudo, ionice</td><td>true or false</td><td>false</td></tr>
 *   <tr><td>root</td><td>{@link Rules#remoteRoot}</td><td>{@code /}</td></tr>
 *   <tr><td>include, exclude</td><td>lists of {@link Rules#pattern}</td><td>empty (include everything)</td></tr>
 *   <tr><td>enabled</td><td>true or false</td><td>true</td></tr>
 *   <tr><td>retention</td><td>{@link RetentionPolicy#RULE}</td><td>{@code 2y,12m,4w,16d}</td></tr>
 *   <tr><td>ioTimeout</td><td>seconds, {@link Rules#ioTimeoutSeconds}</td><td>3600</td></tr>
 *   <tr><td>connectTimeout</td><td>seconds, {@link Rules#connectTimeoutSeconds}</td><td>30</td></tr>
 *   <tr><td>stallTimeout</td><td>{@link Durations duration}, {@link Rules#stallTimeout(Duration)}</td><td>10m</td></tr>
 *   <tr><td>maxRunTime</td><td>{@link Durations duration}, {@link Rules#maxRunTime(Duration)}</td><td>0 (none)</td></tr>
 *   <tr><td>progressInterval</td><td>{@link Durations duration}, {@link Rules#progressInterval(Duration)}</td><td>30s</td></tr>
 * </table>
 *
 * <p>A host (never a group or {@code defaults}) may also name an existing ZFS {@code dataset} to
 * adopt instead of {@code <parent>/<group>/<host>}, {@link Rules#adoptedDataset}; it must not be,
 * contain or lie inside another host's dataset, the parent or a group's dataset
 * ({@link AdoptedDatasets}).
 *
 * <p>{@code stateDir} defaults to {@code /var/lib/planb/state}; {@code storage.zfs.sudo} to
 * false. Unknown keys, wrong types, missing required keys, duplicate group names and duplicate
 * host names within a group are errors; nothing is silently ignored.
 */
public final class ConfigReader {

    /** The host fields, which may also be set on a group and on {@code defaults}. */
    public static final List<String> HOST_FIELDS = List.of(
            "transport", "address", "port", "user", "identityFile", "knownHostsFile", "sudo",
            "ionice", "root", "include", "exclude", "enabled", "retention", "ioTimeout",
            "connectTimeout", "stallTimeout", "maxRunTime", "progressInterval");

    private static final List<String> TOP_KEYS = List.of("storage", "stateDir", "defaults", "groups");
    private static final List<String> STORAGE_KEYS = List.of("zfs", "directory");
    private static final List<String> ZFS_KEYS = List.of("parent", "sudo");
    private static final List<String> DIRECTORY_KEYS = List.of("path");
    /** Set on a host only: each host needs a dataset of its own. */
    public static final String DATASET = "dataset";

    private static final List<String> GROUP_KEYS = withHostFields(List.of("name", "hosts"), List.of());
    private static final List<String> HOST_KEYS = withHostFields(List.of("name"), List.of(DATASET));

    /** Marks a field that was set to a bad value: already reported, and not inherited past. */
    private static final Object INVALID = new Object();

    private final List<ConfigError> errors = new ArrayList<>();
    private final List<AdoptedDatasets.Adoption> adoptions = new ArrayList<>();
    /** What each level sets itself, for {@link #readDocument}; typed once there are no errors. */
    private Map<String, Object> writtenDefaults = Map.of();
    private final List<WrittenGroup> writtenGroups = new ArrayList<>();
    private Path writtenStateDir;

    private record WrittenGroup(String name, Map<String, Object> settings, List<WrittenHost> hosts) {}

    private record WrittenHost(String name, Map<String, Object> settings) {}

    private ConfigReader() {}

    /** Validates the tree and builds the configuration. */
    public static PlanbConfig read(Map<?, ?> tree) throws ConfigException {
        return new ConfigReader().readConfig(tree);
    }

    /**
     * Validates the tree as {@link #read} does and gives it as written: each level's own
     * settings, before inheritance.
     */
    public static ConfigDocument readDocument(Map<?, ?> tree) throws ConfigException {
        ConfigReader reader = new ConfigReader();
        PlanbConfig config = reader.readConfig(tree);
        List<ConfigDocument.Group> groups = new ArrayList<>();
        for (WrittenGroup group : reader.writtenGroups) {
            List<ConfigDocument.Host> hosts = new ArrayList<>();
            for (WrittenHost host : group.hosts()) {
                hosts.add(new ConfigDocument.Host(host.name(), HostSettings.of(host.settings())));
            }
            groups.add(new ConfigDocument.Group(group.name(), HostSettings.of(group.settings()), hosts));
        }
        return new ConfigDocument(config.storage(), reader.writtenStateDir, HostSettings.of(reader.writtenDefaults),
                groups, List.of());
    }

    private PlanbConfig readConfig(Map<?, ?> tree) throws ConfigException {
        ConfigNode top = new ConfigNode("", tree, errors);
        top.checkKeys(TOP_KEYS);
        Optional<StorageSpec> storage = readStorage(top);
        writtenStateDir = top.string("stateDir", Rules::absolutePath).map(Path::of).orElse(null);
        Path stateDir = writtenStateDir != null ? writtenStateDir : BuiltinDefaults.STATE_DIR;
        Map<String, Object> defaults = top.child("defaults").map(this::readDefaults).orElse(Map.of());
        writtenDefaults = defaults;
        List<GroupSpec> groups = top.children("groups", "group")
                .map(nodes -> readGroups(nodes, defaults))
                .orElse(List.of());
        storage.ifPresent(spec -> errors.addAll(AdoptedDatasets.check(spec, groups, adoptions)));
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return new PlanbConfig(storage.orElseThrow(), stateDir, groups);
    }

    private Optional<StorageSpec> readStorage(ConfigNode top) {
        if (!top.has("storage")) {
            top.error("storage", "required: set exactly one of zfs, directory");
            return Optional.empty();
        }
        Optional<ConfigNode> node = top.child("storage");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        ConfigNode storage = node.get();
        storage.checkKeys(STORAGE_KEYS);
        boolean zfs = storage.has("zfs");
        boolean directory = storage.has("directory");
        if (!zfs && !directory) {
            storage.error(storage.path(), "set exactly one of zfs, directory");
            return Optional.empty();
        }
        if (zfs && directory) {
            storage.error(storage.path(), "set exactly one of zfs, directory, not both");
        }
        // Both are read even when both are set, so their own errors show up in the same run.
        Optional<StorageSpec> zfsSpec = zfs ? storage.child("zfs").flatMap(this::readZfs) : Optional.empty();
        Optional<StorageSpec> directorySpec =
                directory ? storage.child("directory").flatMap(this::readDirectory) : Optional.empty();
        return zfs && directory ? Optional.empty() : zfsSpec.or(() -> directorySpec);
    }

    private Optional<StorageSpec> readZfs(ConfigNode zfs) {
        zfs.checkKeys(ZFS_KEYS);
        requirePresent(zfs, "parent");
        Optional<String> parent = zfs.string("parent", Rules::zfsDataset);
        boolean sudo = zfs.bool("sudo").orElse(BuiltinDefaults.ZFS_SUDO);
        return parent.map(p -> new StorageSpec.Zfs(p, sudo));
    }

    private Optional<StorageSpec> readDirectory(ConfigNode directory) {
        directory.checkKeys(DIRECTORY_KEYS);
        requirePresent(directory, "path");
        return directory.string("path", Rules::absolutePath).map(p -> new StorageSpec.Directory(Path.of(p)));
    }

    private Map<String, Object> readDefaults(ConfigNode defaults) {
        defaults.checkKeys(HOST_FIELDS, List.of(DATASET));
        refuseDataset(defaults);
        return readHostFields(defaults);
    }

    private List<GroupSpec> readGroups(List<ConfigNode> nodes, Map<String, Object> defaults) {
        List<GroupSpec> groups = new ArrayList<>();
        Map<String, String> firstPathByName = new HashMap<>();
        for (ConfigNode node : nodes) {
            node.checkKeys(GROUP_KEYS, List.of(DATASET));
            refuseDataset(node);
            Optional<String> name = readName(node, Rules::groupName, firstPathByName, "group");
            Map<String, Object> groupFields = readHostFields(node);
            List<WrittenHost> written = new ArrayList<>();
            List<HostSpec> hosts = node.children("hosts", "host")
                    .map(hostNodes -> readHosts(hostNodes, name.orElse(null), groupFields, defaults, written))
                    .orElse(List.of());
            name.ifPresent(n -> groups.add(new GroupSpec(n, hosts)));
            name.ifPresent(n -> writtenGroups.add(new WrittenGroup(n, groupFields, written)));
        }
        return groups;
    }

    private List<HostSpec> readHosts(List<ConfigNode> nodes, String groupName, Map<String, Object> group,
            Map<String, Object> defaults, List<WrittenHost> written) {
        List<HostSpec> hosts = new ArrayList<>();
        Map<String, String> firstPathByName = new HashMap<>();
        for (ConfigNode node : nodes) {
            node.checkKeys(HOST_KEYS);
            Optional<String> name = readName(node, Rules::hostName, firstPathByName, "host");
            Map<String, Object> own = readHostFields(node);
            HostFields fields = new HostFields(List.of(own, group, defaults));
            checkAddressPresent(node, fields);
            Optional<String> dataset = node.string(DATASET, Rules::adoptedDataset);
            if (groupName != null && name.isPresent()) {
                HostId id = new HostId(groupName, name.get());
                dataset.ifPresent(d -> adoptions.add(new AdoptedDatasets.Adoption(id, d, node.pathOf(DATASET))));
                hosts.add(fields.toSpec(id).withDataset(dataset.orElse(null)));
                Map<String, Object> ownSettings = new LinkedHashMap<>(own);
                dataset.ifPresent(d -> ownSettings.put(DATASET, d));
                written.add(new WrittenHost(name.get(), ownSettings));
            }
        }
        return hosts;
    }

    private Optional<String> readName(
            ConfigNode node, Function<String, Optional<String>> rule, Map<String, String> firstPathByName, String what) {
        requirePresent(node, "name");
        Optional<String> name = node.string("name", rule);
        name.ifPresent(n -> {
            String earlier = firstPathByName.putIfAbsent(n, node.pathOf("name"));
            if (earlier != null) {
                node.error(node.pathOf("name"), "duplicate " + what + " name '" + n + "' (first at " + earlier + ")");
            }
        });
        return name;
    }

    private void checkAddressPresent(ConfigNode host, HostFields fields) {
        if (fields.transport() == TransportKind.SSH && !fields.isSet("address")) {
            host.error(host.pathOf("address"),
                    "required for transport ssh (set it on the host, or set transport: local to back up this machine)");
        }
    }

    private static void refuseDataset(ConfigNode node) {
        if (node.has(DATASET)) {
            node.error(node.pathOf(DATASET), "only a host may adopt a dataset (each host needs one of its own); "
                    + "set it on the host");
        }
    }

    private void requirePresent(ConfigNode node, String key) {
        if (!node.has(key)) {
            node.error(node.pathOf(key), "required");
        }
    }

    /**
     * The host fields set on one level, converted to their types; a field set to a bad value is
     * reported and recorded as {@link #INVALID}.
     */
    private Map<String, Object> readHostFields(ConfigNode node) {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, node, "transport", node.string("transport", Rules::transport).flatMap(Rules::parseTransport));
        put(fields, node, "address", node.string("address", Rules::address));
        put(fields, node, "port", node.integer("port", Rules::port).map(Long::intValue));
        put(fields, node, "user", node.string("user", Rules::user));
        put(fields, node, "identityFile", node.string("identityFile", Rules::absolutePath).map(Path::of));
        put(fields, node, "knownHostsFile", node.string("knownHostsFile", Rules::absolutePath).map(Path::of));
        put(fields, node, "sudo", node.bool("sudo"));
        put(fields, node, "ionice", node.bool("ionice"));
        put(fields, node, "root", node.string("root", Rules::remoteRoot));
        put(fields, node, "include", node.stringList("include", Rules::pattern));
        put(fields, node, "exclude", node.stringList("exclude", Rules::pattern));
        put(fields, node, "enabled", node.bool("enabled"));
        put(fields, node, "retention", node.string("retention", Rules::retention).map(RetentionPolicy::parse));
        put(fields, node, "ioTimeout", node.integer("ioTimeout", Rules::ioTimeoutSeconds).map(Duration::ofSeconds));
        put(fields, node, "connectTimeout",
                node.integer("connectTimeout", Rules::connectTimeoutSeconds).map(Duration::ofSeconds));
        put(fields, node, "stallTimeout", node.duration("stallTimeout", Rules::stallTimeout));
        put(fields, node, "maxRunTime", node.duration("maxRunTime", Rules::maxRunTime));
        put(fields, node, "progressInterval", node.duration("progressInterval", Rules::progressInterval));
        return fields;
    }

    private static void put(Map<String, Object> fields, ConfigNode node, String key, Optional<?> value) {
        if (node.has(key)) {
            fields.put(key, value.isPresent() ? value.get() : INVALID);
        }
    }

    /** {@code first}, the host fields, then {@code last}: the order "expected one of" lists them. */
    private static List<String> withHostFields(List<String> first, List<String> last) {
        List<String> keys = new ArrayList<>(first);
        keys.addAll(HOST_FIELDS);
        keys.addAll(last);
        return List.copyOf(keys);
    }

    /** One host's fields looked up through its levels: host, then group, then defaults. */
    private record HostFields(List<Map<String, Object>> levels) {

        boolean isSet(String key) {
            return levels.stream().anyMatch(level -> level.containsKey(key));
        }

        /** The value of the nearest level that sets the key; the fallback if none does or it is bad. */
        @SuppressWarnings("unchecked")
        <T> T get(String key, T fallback) {
            for (Map<String, Object> level : levels) {
                if (level.containsKey(key)) {
                    Object value = level.get(key);
                    return value == INVALID ? fallback : (T) value;
                }
            }
            return fallback;
        }

        TransportKind transport() {
            return get("transport", BuiltinDefaults.TRANSPORT);
        }

        HostSpec toSpec(HostId id) {
            return new HostSpec(
                    id,
                    transport(),
                    get("address", null),
                    get("port", BuiltinDefaults.PORT),
                    get("user", BuiltinDefaults.USER),
                    get("identityFile", BuiltinDefaults.IDENTITY_FILE),
                    get("knownHostsFile", BuiltinDefaults.KNOWN_HOSTS_FILE),
                    get("sudo", BuiltinDefaults.SUDO),
                    get("ionice", BuiltinDefaults.IONICE),
                    get("root", BuiltinDefaults.ROOT),
                    get("include", BuiltinDefaults.INCLUDE),
                    get("exclude", BuiltinDefaults.EXCLUDE),
                    get("enabled", BuiltinDefaults.ENABLED),
                    get("retention", BuiltinDefaults.RETENTION),
                    get("ioTimeout", BuiltinDefaults.IO_TIMEOUT),
                    get("connectTimeout", BuiltinDefaults.CONNECT_TIMEOUT),
                    get("stallTimeout", BuiltinDefaults.STALL_TIMEOUT),
                    get("maxRunTime", BuiltinDefaults.MAX_RUN_TIME),
                    get("progressInterval", BuiltinDefaults.PROGRESS_INTERVAL));
        }
    }
}
