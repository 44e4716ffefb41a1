package io.jenkins.plugins.planb.core.migration;

import io.jenkins.plugins.planb.core.config.BuiltinDefaults;
import io.jenkins.plugins.planb.core.config.ConfigDocument;
import io.jenkins.plugins.planb.core.config.ConfigException;
import io.jenkins.plugins.planb.core.config.HostId;
import io.jenkins.plugins.planb.core.config.HostSettings;
import io.jenkins.plugins.planb.core.config.Rules;
import io.jenkins.plugins.planb.core.config.StorageSpec;
import io.jenkins.plugins.planb.core.retention.RetentionPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the old PlanB's filesets, as {@code confexport} wrote them, into this configuration:
 * host groups become groups, filesets hosts, and each setting confexport carries is mapped to
 * ours; what cannot be carried over is said, per fileset and for all, to be reviewed before the
 * first backup.
 *
 * <table>
 *   <caption>What confexport carries, and where it goes</caption>
 *   <tr><th>confexport</th><th>here</th></tr>
 *   <tr><td>header {@code <group>-<name>}</td><td>group and host names ({@link GroupSplit},
 *   {@link OurNames}); the address is the PlanB name (confexport has no host field), checked by
 *   the user; the dataset {@code <parent>/<group>-<name>} is adopted as it is</td></tr>
 *   <tr><td>{@code paths.root}</td><td>{@code root}</td></tr>
 *   <tr><td>{@code paths.include}, {@code paths.exclude}</td><td>{@code include}, {@code exclude}:
 *   PlanB's rsync transport expands includes the way ours does (parents as {@code dir/}, a last
 *   element without {@code *} as {@code dir/***}) and puts excludes first; its patterns were not
 *   anchored, ours with a {@code /} are anchored at {@code root}</td></tr>
 *   <tr><td>{@code retention} counts</td><td>{@code retention} as {@code Ny,Nm,Nw,Nd,Nh}; a count
 *   of 0 is left out (confexport writes 0 for a period the policy does not name)</td></tr>
 *   <tr><td>{@code schedule}</td><td>nothing: always the word {@code nightly}</td></tr>
 *   <tr><td>{@code notes}</td><td>a comment with the host</td></tr>
 * </table>
 *
 * <p>A host that would back up something other than PlanB did is imported with
 * {@code enabled: false} and a note saying what to fix: a relative or unusable root, no include
 * left (PlanB copied nothing; our empty list means everything), all retention counts 0 (PlanB
 * never ran it by itself), no usable address. Filesets PlanB had no rsync paths for (no transport;
 * an exec transport such as planb-zfssync) are not imported.
 *
 * <p>Settings every imported host shares (root, include, exclude, retention) are written once
 * on the group, or in {@code defaults} when all groups share them; {@code defaults} also gets
 * PlanB's transport defaults ({@code user: remotebackup}, {@code sudo} and {@code ionice} on),
 * which confexport does not export per fileset.
 */
public final class PlanbImport {

    /** PlanB's example POOLNAME, used when the user names no parent. */
    public static final String ASSUMED_PARENT = "tank/BACKUP";

    /** The address of a host whose PlanB name is no host name: reserved, never resolves (RFC 2606). */
    public static final String UNKNOWN_ADDRESS = "unknown.invalid";

    private static final List<String> SHARED_FIELDS = List.of("root", "include", "exclude", "retention");

    /**
     * @param zfsParent     PlanB's POOLNAME, which becomes {@code storage.zfs.parent}; {@code null}
     *                      assumes {@value #ASSUMED_PARENT}, with a note
     * @param adoptDatasets whether hosts adopt PlanB's datasets ({@code dataset}) or start afresh
     *                      in {@code <parent>/<group>/<host>}
     * @param groups        PlanB host group names the user gave, for splitting headers
     * @param enabled       the headers of the filesets PlanB has enabled (a confexport without
     *                      {@code --with-disabled}), or {@code null} when unknown
     * @param source        what the filesets were read from, for the file's comment
     */
    public record Options(String zfsParent, boolean adoptDatasets, Set<String> groups, Set<String> enabled,
            String source) {

        public Options {
            groups = Set.copyOf(groups);
            enabled = enabled == null ? null : Set.copyOf(enabled);
        }
    }

    /**
     * What became of one fileset.
     *
     * @param host    the host it became, {@code null} when it was not imported
     * @param dataset the dataset the host adopts, or {@code null}
     * @param notes   what could not be carried over, or was guessed, and why
     */
    public record Outcome(String uniqueName, HostId host, String dataset, boolean enabled, List<String> notes) {

        public Outcome {
            notes = List.copyOf(notes);
        }

        public boolean imported() {
            return host != null;
        }
    }

    /**
     * @param document the configuration; it passes every rule
     * @param filesets one outcome per fileset, in the file's order
     * @param general  notes that concern every host
     */
    public record Result(ConfigDocument document, List<Outcome> filesets, List<String> general) {

        public long hosts() {
            return filesets.stream().filter(Outcome::imported).count();
        }
    }

    /** One imported fileset on its way to becoming a host. */
    private static final class Draft {
        final PlanbFileset fileset;
        final GroupSplit.Split split;
        final List<String> notes = new ArrayList<>();
        final Map<String, Object> fields = new LinkedHashMap<>();
        final List<String> comment = new ArrayList<>();
        String group;
        String name;
        boolean enabled = true;

        Draft(PlanbFileset fileset, GroupSplit.Split split) {
            this.fileset = fileset;
            this.split = split;
        }
    }

    private final Options options;
    private final String parent;
    private final List<String> general = new ArrayList<>();

    private PlanbImport(Options options) {
        this.options = options;
        this.parent = options.zfsParent() != null ? options.zfsParent() : ASSUMED_PARENT;
        Rules.zfsDataset(parent).ifPresent(message -> {
            throw new IllegalArgumentException("--zfs-parent: " + message);
        });
    }

    /**
     * Maps the filesets.
     *
     * @throws ConfexportException when a header cannot be split into group and name
     * @throws IllegalArgumentException when {@link Options#zfsParent} is no dataset name
     */
    public static Result map(List<PlanbFileset> filesets, Options options) throws ConfexportException {
        return new PlanbImport(options).run(filesets);
    }

    private Result run(List<PlanbFileset> filesets) throws ConfexportException {
        if (options.zfsParent() == null) {
            general.add("storage.zfs.parent: confexport does not name PlanB's pool (POOLNAME); assumed "
                    + ASSUMED_PARENT + ": give --zfs-parent if yours differs");
        }
        Map<String, GroupSplit.Split> splits = GroupSplit.split(
                filesets.stream().map(PlanbFileset::uniqueName).toList(), options.groups());
        Map<String, Outcome> skippedByName = new LinkedHashMap<>();
        List<Draft> drafts = new ArrayList<>();
        Map<String, Draft> draftByName = new LinkedHashMap<>();
        for (PlanbFileset fileset : filesets) {
            GroupSplit.Split split = splits.get(fileset.uniqueName());
            Optional<String> skipped = switch (fileset.paths()) {
                case PlanbFileset.NoTransport none -> Optional.of("not imported: PlanB has no transport for it ('"
                        + PlanbFileset.NoTransport.TEXT + "'), so it never backed it up");
                case PlanbFileset.ExecTransport exec -> Optional.of("not imported: an exec transport (a command "
                        + "such as planb-zfssync or planb-objsync, which confexport does not show); PlanB for "
                        + "Jenkins runs rsync only");
                case PlanbFileset.RsyncPaths rsync -> Optional.empty();
            };
            if (skipped.isPresent()) {
                skippedByName.put(fileset.uniqueName(),
                        new Outcome(fileset.uniqueName(), null, null, false, List.of(skipped.get())));
                continue;
            }
            Draft draft = new Draft(fileset, split);
            drafts.add(draft);
            draftByName.put(fileset.uniqueName(), draft);
        }
        nameGroupsAndHosts(drafts);
        Set<String> groupNames = new HashSet<>();
        drafts.forEach(d -> groupNames.add(d.group));
        for (Draft draft : drafts) {
            mapFileset(draft, groupNames);
        }
        reportForAll(filesets, drafts);
        ConfigDocument document = document(drafts);
        try {
            document.resolved();
        } catch (ConfigException e) {
            throw new IllegalStateException("the imported configuration breaks a rule (a bug in planb import):\n"
                    + e.getMessage(), e);
        }
        List<Outcome> ordered = new ArrayList<>();
        for (PlanbFileset fileset : filesets) {
            Draft draft = draftByName.get(fileset.uniqueName());
            if (draft == null) {
                ordered.add(skippedByName.get(fileset.uniqueName()));
            } else {
                ordered.add(new Outcome(fileset.uniqueName(), new HostId(draft.group, draft.name),
                        (String) draft.fields.get("dataset"), draft.enabled, draft.notes));
            }
        }
        return new Result(document, ordered, general);
    }

    private void nameGroupsAndHosts(List<Draft> drafts) {
        Map<String, String> groupByPlanbName = new LinkedHashMap<>();
        Set<String> takenGroups = new HashSet<>();
        Map<String, Set<String>> takenHosts = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            String planbGroup = draft.split.group();
            String group = groupByPlanbName.get(planbGroup);
            if (group == null) {
                group = OurNames.of(planbGroup, takenGroups, "group");
                takenGroups.add(group);
                groupByPlanbName.put(planbGroup, group);
                if (!group.equals(planbGroup)) {
                    general.add("group " + ConfexportReader.quote(planbGroup) + " is named '" + group + "' here: "
                            + "names are " + Rules.NAME_RULE);
                }
            }
            Set<String> taken = takenHosts.computeIfAbsent(group, g -> new HashSet<>());
            String name = OurNames.of(draft.split.fileset(), taken, "host");
            taken.add(name);
            draft.group = group;
            draft.name = name;
            if (draft.split.inferred() != null) {
                draft.notes.add(draft.split.inferred());
            }
            if (!name.equals(draft.split.fileset())) {
                draft.notes.add("name: " + ConfexportReader.quote(draft.split.fileset()) + " is '" + name
                        + "' here: names are " + Rules.NAME_RULE);
            }
        }
    }

    private void mapFileset(Draft draft, Set<String> groupNames) {
        PlanbFileset fileset = draft.fileset;
        PlanbFileset.RsyncPaths paths = (PlanbFileset.RsyncPaths) fileset.paths();
        address(draft);
        root(draft, paths.root());
        include(draft, paths.include());
        exclude(draft, paths.exclude());
        retention(draft, fileset.retention());
        if (options.enabled() != null && !options.enabled().contains(fileset.uniqueName())) {
            disable(draft, "enabled: false, as in PlanB (the fileset is missing from the --enabled-from export)");
        }
        dataset(draft, groupNames);
        for (String key : fileset.unknownKeys()) {
            draft.notes.add(key + ": not carried over (confexport writes no such key)");
        }
        notes(draft, fileset.notes());
        if (!draft.enabled) {
            draft.fields.put("enabled", false);
        }
    }

    private void address(Draft draft) {
        String planbName = draft.split.fileset();
        String address = Rules.address(planbName).isEmpty() ? planbName
                : Rules.address(draft.name).isEmpty() ? draft.name : null;
        if (address == null) {
            draft.fields.put("address", UNKNOWN_ADDRESS);
            disable(draft, "address: confexport does not export the rsync host, and the PlanB name "
                    + ConfexportReader.quote(planbName) + " is no host name: set the address (" + UNKNOWN_ADDRESS
                    + " for now), then enabled: true");
            return;
        }
        draft.fields.put("address", address);
        draft.notes.add("address: '" + address + "' is the PlanB name; confexport does not export the rsync host: "
                + "check it");
    }

    private void root(Draft draft, String root) {
        Optional<String> broken = Rules.remoteRoot(root);
        if (broken.isEmpty()) {
            draft.fields.put("root", root);
            return;
        }
        draft.fields.put("root", BuiltinDefaults.ROOT);
        disable(draft, root.startsWith("/") || root.isEmpty()
                ? "root: " + broken.get() + "; set the root, then enabled: true"
                : "root: " + ConfexportReader.quote(root) + " is relative (PlanB's rsync read it from the remote "
                        + "user's home directory); set the absolute path, then enabled: true");
    }

    private void include(Draft draft, List<String> planbIncludes) {
        List<String> include = new ArrayList<>();
        for (String pattern : planbIncludes) {
            String value = withoutLeadingSlashes(pattern);
            Optional<String> broken = Rules.pattern(value);
            if (broken.isPresent()) {
                draft.notes.add("include " + ConfexportReader.quote(pattern) + ": not carried over, so not backed up: "
                        + broken.get());
            } else if (!include.contains(value)) {
                include.add(value);
            }
        }
        draft.fields.put("include", include);
        if (include.isEmpty()) {
            disable(draft, planbIncludes.isEmpty()
                    ? "include: PlanB's list is empty, so PlanB copied nothing; here an empty include means all of "
                            + "root: set include, then enabled: true"
                    : "include: none of PlanB's entries is left; here an empty include means all of root: set "
                            + "include, then enabled: true");
        }
    }

    private void exclude(Draft draft, List<String> planbExcludes) {
        List<String> exclude = new ArrayList<>();
        for (String pattern : planbExcludes) {
            String value = withoutLeadingSlashes(pattern);
            Optional<String> broken = Rules.pattern(value);
            if (broken.isPresent()) {
                draft.notes.add("exclude " + ConfexportReader.quote(pattern) + ": not carried over, so now backed up: "
                        + broken.get());
                continue;
            }
            if (!value.equals(pattern) && !hasInnerSlash(value)) {
                draft.notes.add("exclude " + ConfexportReader.quote(pattern) + " is '" + value + "' here: PlanB "
                        + "left out only <root>/" + value + "; an exclude without '/' matches that name at any depth");
            }
            if (!exclude.contains(value)) {
                exclude.add(value);
            }
        }
        draft.fields.put("exclude", exclude);
    }

    private void retention(Draft draft, PlanbFileset.Retention retention) {
        if (retention == null) {
            return;
        }
        long[] counts = {retention.yearly(), retention.monthly(), retention.weekly(), retention.daily(),
            retention.hourly()};
        String units = "ymwdh";
        List<String> items = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            long count = counts[i];
            if (count > 999_999) {
                draft.notes.add("retention: " + count + units.charAt(i) + " is more than the " + 999_999 + " "
                        + "a policy holds; written as 999999" + units.charAt(i));
                count = 999_999;
            }
            if (count > 0) {
                items.add(count + "" + units.charAt(i));
            }
        }
        String policy = String.join(",", items);
        draft.fields.put("retention", RetentionPolicy.parse(policy));
        if (policy.isEmpty()) {
            disable(draft, "retention: every count is 0, so PlanB never backed it up by itself; here that policy "
                    + "keeps only the newest snapshot: set one, then enabled: true");
        }
    }

    private void dataset(Draft draft, Set<String> groupNames) {
        if (!options.adoptDatasets()) {
            return;
        }
        String dataset = parent + "/" + draft.fileset.uniqueName();
        Optional<String> broken = Rules.adoptedDataset(dataset);
        String groupDataset = groupNames.stream().filter(g -> dataset.equals(parent + "/" + g)).findFirst()
                .orElse(null);
        if (broken.isEmpty() && groupDataset == null) {
            draft.fields.put("dataset", dataset);
            return;
        }
        String why = broken.isPresent() ? broken.get()
                : ConfexportReader.quote(dataset) + " is the dataset of group '" + groupDataset + "' here";
        draft.notes.add("dataset: PlanB's dataset cannot be adopted: " + why + "; the host starts afresh in "
                + parent + "/" + draft.group + "/" + draft.name + ", unless you rename the old dataset (zfs rename) "
                + "to a name it may adopt and set dataset");
    }

    private static void notes(Draft draft, String notes) {
        String text = notes.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        while (text.startsWith("\n")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return;
        }
        draft.comment.add("PlanB notes:");
        for (String line : text.split("\n", -1)) {
            draft.comment.add(line.isBlank() ? "" : "  " + line.stripTrailing());
        }
    }

    private static void disable(Draft draft, String why) {
        draft.enabled = false;
        draft.notes.add(why);
    }

    private void reportForAll(List<PlanbFileset> filesets, List<Draft> drafts) {
        general.add("user, sudo, ionice, port: confexport exports none of them, so every host gets PlanB's defaults "
                + "from 'defaults' (user remotebackup, sudo and ionice on, ssh on port 22); set them on the hosts "
                + "whose PlanB transport differed. PlanB's rsync daemon transport (port 873), rsync flags, rsync_path "
                + "and ionice_path have no equivalent");
        if (options.enabled() == null) {
            general.add("enabled: confexport does not say which filesets are disabled, so every host is imported "
                    + "enabled; if the file was written with --with-disabled, give --enabled-from with an export "
                    + "written without it");
        } else {
            Set<String> read = new HashSet<>();
            filesets.forEach(f -> read.add(f.uniqueName()));
            List<String> strangers = options.enabled().stream().filter(n -> !read.contains(n)).sorted().toList();
            if (!strangers.isEmpty()) {
                general.add("--enabled-from names filesets the imported file does not have: "
                        + String.join(", ", strangers));
            }
        }
        long minimal = drafts.stream().filter(d -> d.fileset.retention() == null).count();
        if (minimal > 0) {
            general.add("retention: not in the export for " + minimal + (minimal == 1 ? " fileset" : " filesets")
                    + " (written with --minimal), which get " + BuiltinDefaults.RETENTION_TEXT + ", PlanB's default; "
                    + "a retention PlanB set on the group or fileset is lost");
        }
        if (drafts.stream().anyMatch(d -> d.fileset.schedule() != null)) {
            general.add("schedule: confexport writes the fixed word 'nightly'; PlanB started a fileset about once "
                    + "per shortest retention period, outside its blacklist hours: schedule 'planb backup' with cron "
                    + "or Jenkins");
        }
        boolean nested = drafts.stream().anyMatch(d -> {
            PlanbFileset.RsyncPaths paths = (PlanbFileset.RsyncPaths) d.fileset.paths();
            return paths.include().stream().anyMatch(PlanbImport::hasInnerSlash)
                    || paths.exclude().stream().anyMatch(p -> !p.startsWith("/") && hasInnerSlash(p));
        });
        if (nested) {
            general.add("include, exclude: PlanB's patterns were not anchored: an include 'etc' next to "
                    + "'usr/local/bin' also copied usr/local/etc, and an exclude 'var/www/cache' also left out "
                    + "srv/x/var/www/cache; here a pattern with '/' is anchored at root. Add such deeper paths "
                    + "explicitly where a host has them (an exclude '**/var/www/cache' for the deeper copies)");
        }
        general.add("host keys: PlanB trusted each host's key on first use (~planb/.ssh/known_hosts.d/<host>); "
                + "here keys are pinned and checked: run 'planb hostkey GROUP/HOST' for each host and accept after "
                + "comparing fingerprints");
        general.add("not in confexport, so not imported: blacklist hours, tags (double-backup), notify_email, the "
                + "storage pool of each fileset, use_donotrund (always on here)");
    }

    /** The configuration: shared settings moved up to groups and defaults. */
    private ConfigDocument document(List<Draft> drafts) {
        Map<String, List<Draft>> byGroup = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            byGroup.computeIfAbsent(draft.group, g -> new ArrayList<>()).add(draft);
        }
        Map<String, Map<String, Object>> groupFields = new LinkedHashMap<>();
        for (Map.Entry<String, List<Draft>> group : byGroup.entrySet()) {
            Map<String, Object> shared = new LinkedHashMap<>();
            for (String field : SHARED_FIELDS) {
                shared(group.getValue().stream().map(d -> d.fields).toList(), field)
                        .ifPresent(value -> shared.put(field, value));
            }
            for (Draft draft : group.getValue()) {
                shared.keySet().forEach(draft.fields::remove);
            }
            groupFields.put(group.getKey(), shared);
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("user", BuiltinDefaults.USER);
        defaults.put("sudo", true);
        defaults.put("ionice", true);
        for (String field : SHARED_FIELDS) {
            Optional<Object> everywhere = shared(List.copyOf(groupFields.values()), field);
            everywhere.ifPresent(value -> {
                groupFields.values().forEach(fields -> fields.remove(field));
                boolean builtin = field.equals("root") && value.equals(BuiltinDefaults.ROOT)
                        || field.equals("exclude") && value.equals(BuiltinDefaults.EXCLUDE);
                if (!builtin) {
                    defaults.put(field, value);
                }
            });
        }
        List<ConfigDocument.Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Draft>> group : byGroup.entrySet()) {
            List<ConfigDocument.Host> hosts = new ArrayList<>();
            for (Draft draft : group.getValue()) {
                hosts.add(new ConfigDocument.Host(draft.name, HostSettings.of(draft.fields), draft.comment));
            }
            groups.add(new ConfigDocument.Group(group.getKey(), HostSettings.of(groupFields.get(group.getKey())), hosts));
        }
        List<String> comment = List.of(
                "Imported from the old PlanB's confexport" + (options.source() == null ? "" : " (" + options.source() + ")")
                        + " by 'planb import'.",
                "Review what it printed before the first backup; docs/migration.md explains each point.");
        return new ConfigDocument(new StorageSpec.Zfs(parent, false), null, HostSettings.of(defaults), groups, comment);
    }

    /** The value every one of {@code levels} sets for {@code field}, if they all set the same one. */
    private static Optional<Object> shared(List<Map<String, Object>> levels, String field) {
        if (levels.isEmpty() || levels.stream().anyMatch(level -> !level.containsKey(field))) {
            return Optional.empty();
        }
        Object first = levels.get(0).get(field);
        return levels.stream().allMatch(level -> Objects.equals(level.get(field), first))
                ? Optional.of(first) : Optional.empty();
    }

    private static String withoutLeadingSlashes(String pattern) {
        String value = pattern;
        while (value.startsWith("/")) {
            value = value.substring(1);
        }
        return value.isEmpty() ? pattern : value;
    }

    /** A '/' other than a trailing one: rsync then matches the pattern against the whole path. */
    private static boolean hasInnerSlash(String pattern) {
        String value = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
        return value.contains("/");
    }
}
