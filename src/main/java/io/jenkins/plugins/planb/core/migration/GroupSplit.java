package io.jenkins.plugins.planb.core.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits confexport's headers, {@code <hostgroup>-<friendly_name>}, into the PlanB host group
 * and fileset name. Both may contain {@code -}, and confexport writes nothing else that names
 * the group (its JSON and YAML hold only retention, schedule, paths and notes), so a header
 * with several dashes can be split several ways. Resolved in this order:
 *
 * <ol>
 *   <li>Group names the user gives ({@code --group}): when exactly one of the possible groups is
 *   among them, that split is taken.</li>
 *   <li>A header with one dash has one split; its group is then known to exist.</li>
 *   <li>Otherwise, when exactly one of the possible groups is known from rule 1 or 2, that split
 *   is taken, and said so (a note to review).</li>
 *   <li>Anything else is an error listing the possible splits, asking for {@code --group}.</li>
 * </ol>
 *
 * <p>Every header that cannot be split is reported in one error, so one more run with the right
 * {@code --group} options is enough.
 */
final class GroupSplit {

    /**
     * @param group    the PlanB host group
     * @param fileset  the PlanB fileset name (friendly_name)
     * @param inferred how the split was chosen when it was a guess, else {@code null}
     */
    record Split(String group, String fileset, String inferred) {}

    private GroupSplit() {}

    static Map<String, Split> split(List<String> headers, Set<String> givenGroups) throws ConfexportException {
        Set<String> known = new LinkedHashSet<>(givenGroups);
        for (String header : headers) {
            List<Split> candidates = candidates(header);
            if (candidates.size() == 1) {
                known.add(candidates.get(0).group());
            }
        }
        Map<String, Split> splits = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String header : headers) {
            List<Split> candidates = candidates(header);
            if (candidates.isEmpty()) {
                problems.add(ConfexportReader.quote(header) + " is not '<group>-<name>': it has no '-' between two "
                        + "names");
                continue;
            }
            List<Split> given = candidates.stream().filter(c -> givenGroups.contains(c.group())).toList();
            if (given.size() == 1) {
                splits.put(header, given.get(0));
                continue;
            }
            if (given.isEmpty() && candidates.size() == 1) {
                splits.put(header, candidates.get(0));
                continue;
            }
            List<Split> fitting = given.isEmpty()
                    ? candidates.stream().filter(c -> known.contains(c.group())).toList()
                    : given;
            if (fitting.size() == 1 && given.isEmpty()) {
                Split chosen = fitting.get(0);
                splits.put(header, new Split(chosen.group(), chosen.fileset(), "split as group '" + chosen.group()
                        + "', fileset '" + chosen.fileset() + "', the only group of the file that fits; "
                        + "if that is wrong, name the group with --group"));
                continue;
            }
            problems.add(ConfexportReader.quote(header) + " can be " + describe(candidates)
                    + (fitting.size() > 1 ? " (the groups " + groupsOf(fitting) + " all fit)" : ""));
        }
        if (!problems.isEmpty()) {
            throw new ConfexportException("cannot tell the host group from the fileset name in "
                    + (problems.size() == 1 ? "this header" : problems.size() + " headers")
                    + " (confexport writes '<group>-<name>' and either may contain '-'):\n  "
                    + String.join("\n  ", problems)
                    + "\nname the PlanB host groups with --group GROUP (once per group, or comma-separated)");
        }
        return splits;
    }

    /** Every split at a '-' with a non-empty group and name. */
    static List<Split> candidates(String header) {
        List<Split> candidates = new ArrayList<>();
        for (int i = 1; i < header.length() - 1; i++) {
            if (header.charAt(i) == '-') {
                candidates.add(new Split(header.substring(0, i), header.substring(i + 1), null));
            }
        }
        return candidates;
    }

    private static String describe(List<Split> candidates) {
        List<String> ways = new ArrayList<>();
        for (Split split : candidates) {
            ways.add("group '" + split.group() + "' with fileset '" + split.fileset() + "'");
        }
        return String.join(" or ", ways);
    }

    private static String groupsOf(List<Split> splits) {
        return String.join(", ", splits.stream().map(s -> "'" + s.group() + "'").toList());
    }
}
