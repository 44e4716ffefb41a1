package io.jenkins.plugins.planb.core.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The message for an unknown key: a did-you-mean when one known key is close, else the list. */
final class KeySuggestions {

    /** Names from the old PlanB and other tools, mapped to ours. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("host", "address"),
            Map.entry("hostname", "address"),
            Map.entry("ip", "address"),
            Map.entry("src_dir", "root"),
            Map.entry("srcdir", "root"),
            Map.entry("includes", "include"),
            Map.entry("excludes", "exclude"),
            Map.entry("use_sudo", "sudo"),
            Map.entry("use_ionice", "ionice"),
            Map.entry("is_enabled", "enabled"),
            Map.entry("key", "identityFile"),
            Map.entry("keyfile", "identityFile"),
            Map.entry("identity", "identityFile"),
            Map.entry("known_hosts", "knownHostsFile"),
            Map.entry("knownhosts", "knownHostsFile"),
            Map.entry("timeout", "ioTimeout"),
            Map.entry("stall", "stallTimeout"),
            Map.entry("stall_limit", "stallTimeout"),
            Map.entry("stalllimit", "stallTimeout"),
            Map.entry("time_limit", "maxRunTime"),
            Map.entry("timelimit", "maxRunTime"),
            Map.entry("max_time", "maxRunTime"),
            Map.entry("maxtime", "maxRunTime"),
            Map.entry("progress", "progressInterval"),
            Map.entry("username", "user"),
            Map.entry("state_dir", "stateDir"),
            Map.entry("dataset", "parent"),
            Map.entry("dataset_name", "dataset"),
            Map.entry("pool", "parent"));

    /** Keys that would carry free-form option text, which PlanB never takes. */
    private static final Set<String> OPTION_TEXT_KEYS = Set.of(
            "flags", "options", "args", "arguments", "rsync_flags", "rsyncflags", "rsyncoptions",
            "rsyncargs", "sshoptions", "sshargs", "sshflags", "rsh", "rsync_path", "rsyncpath",
            "ionice_path", "ionicepath", "command");

    private KeySuggestions() {}

    static String unknownKeyMessage(String key, Collection<String> allowed) {
        String folded = key.toLowerCase(Locale.ROOT);
        if (OPTION_TEXT_KEYS.contains(folded)) {
            return "unknown key: PlanB takes no free-form ssh or rsync option text; use the typed "
                    + "fields (" + String.join(", ", allowed) + ")";
        }
        return closest(key, allowed)
                .map(match -> "unknown key; did you mean '" + match + "'?")
                .orElse("unknown key; expected one of: " + String.join(", ", allowed));
    }

    /** The allowed key the given one is most likely a typo or synonym of, if any is close. */
    static Optional<String> closest(String key, Collection<String> allowed) {
        String folded = key.toLowerCase(Locale.ROOT);
        String synonym = SYNONYMS.get(folded);
        if (synonym != null && allowed.contains(synonym)) {
            return Optional.of(synonym);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            String foldedCandidate = candidate.toLowerCase(Locale.ROOT);
            int typos = distance(folded, foldedCandidate);
            int tolerated = candidate.length() <= 4 ? 1 : 2;
            // stateDirectory for stateDir: ranked after any close typo, but still suggested.
            int distance = typos <= tolerated ? typos
                    : isAbbreviationOrExtension(folded, foldedCandidate) ? tolerated + 1
                    : Integer.MAX_VALUE;
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isAbbreviationOrExtension(String key, String candidate) {
        return Math.min(key.length(), candidate.length()) >= 4
                && (key.startsWith(candidate) || candidate.startsWith(key));
    }

    /** Levenshtein distance, ignoring '_' and '-' so snake_case finds camelCase. */
    static int distance(String a, String b) {
        a = a.replace("_", "").replace("-", "");
        b = b.replace("_", "").replace("-", "");
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
