package io.jenkins.plugins.planb.core.restore;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item rsync wrote, or would write, or left alone, read from its output: an
 * {@code --out-format='%i %n'} line ({@code >f+++++++++ etc/hosts}) or an {@code --info=skip2}
 * line ({@code etc/hosts exists (file change)}).
 *
 * <p>rsync prints names with every byte it deems unprintable as {@code \#ooo} (octal), a
 * backslash before {@code #} included, so its output is ASCII and the name can be read back byte
 * for byte ({@link #nameBytes}), as {@code --files-from} needs it.
 *
 * @param change     what happens to it
 * @param kind       what it is
 * @param escaped    the name relative to the target directory as rsync printed it (directories end in {@code /})
 * @param attributes what differs, for replaced and updated items: {@code content}, {@code size}, {@code time},
 *                   {@code permissions}, {@code owner}, {@code group}, {@code ACL}, {@code xattrs}; for kept
 *                   items rsync's reason, e.g. {@code file change}, {@code type change}, {@code uptodate}
 */
public record RestoreItem(Change change, Kind kind, String escaped, List<String> attributes) {

    /** What a restore does to an item. */
    public enum Change {
        /** a new item: it does not exist in the target */
        NEW("new"),
        /** a new hard link to an item written before it */
        HARD_LINK("new link"),
        /** an existing item whose contents are replaced (only with --overwrite) */
        REPLACE("replace"),
        /** an existing item whose mode, owner, times, ACL or xattrs are set (only with --overwrite) */
        UPDATE("update"),
        /** an existing item left as it is */
        KEEP("keep");

        private final String word;

        Change(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** The file type, from rsync's second itemize letter. */
    public enum Kind {
        FILE("file"), DIRECTORY("dir"), SYMLINK("symlink"), DEVICE("device"), SPECIAL("special"), UNKNOWN("item");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** {@code YXcstpoguax} and a space, then the name. */
    private static final Pattern ITEMIZED = Pattern.compile("([<>ch.])([fdLDS])([^ ]{9}) (.+)");
    /** {@code NAME exists} with an optional reason in parentheses, as {@code --info=skip2} prints it. */
    private static final Pattern SKIPPED = Pattern.compile("(.+) exists(?: \\(([^)]*)\\))?");
    private static final Pattern ESCAPE = Pattern.compile("\\\\#([0-7]{3})");
    private static final String[] ATTRIBUTES = {"content", "size", "time", "permissions", "owner", "group", "", "ACL", "xattrs"};

    public RestoreItem {
        attributes = List.copyOf(attributes);
    }

    /** The item an rsync output line reports; empty for other lines (statistics, messages). */
    public static Optional<RestoreItem> parse(String line) {
        Matcher itemized = ITEMIZED.matcher(line);
        if (itemized.matches()) {
            char update = itemized.group(1).charAt(0);
            Kind kind = kind(itemized.group(2).charAt(0));
            String flags = itemized.group(3);
            String name = itemized.group(4);
            boolean created = flags.chars().allMatch(c -> c == '+');
            Change change;
            if (update == 'h') {
                change = Change.HARD_LINK;
            } else if (created) {
                change = Change.NEW;
            } else if (update == '.') {
                change = Change.UPDATE;
            } else {
                change = Change.REPLACE;
            }
            return Optional.of(new RestoreItem(change, kind, name, created ? List.of() : attributes(flags)));
        }
        Matcher skipped = SKIPPED.matcher(line);
        if (skipped.matches()) {
            String name = skipped.group(1);
            String reason = skipped.group(2);
            return Optional.of(new RestoreItem(Change.KEEP, name.endsWith("/") ? Kind.DIRECTORY : Kind.UNKNOWN, name,
                    reason == null ? List.of() : List.of(reason)));
        }
        return Optional.empty();
    }

    private static Kind kind(char letter) {
        return switch (letter) {
            case 'f' -> Kind.FILE;
            case 'd' -> Kind.DIRECTORY;
            case 'L' -> Kind.SYMLINK;
            case 'D' -> Kind.DEVICE;
            case 'S' -> Kind.SPECIAL;
            default -> Kind.UNKNOWN;
        };
    }

    private static List<String> attributes(String flags) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < flags.length() && i < ATTRIBUTES.length; i++) {
            char flag = flags.charAt(i);
            if (flag != '.' && flag != ' ' && !ATTRIBUTES[i].isEmpty()) {
                changed.add(ATTRIBUTES[i]);
            }
        }
        return changed;
    }

    /** The same item, left as it is: what a restore that overwrites nothing does to an existing directory. */
    public RestoreItem kept() {
        return new RestoreItem(Change.KEEP, kind, escaped, List.of());
    }

    /** Whether the item is written where nothing was: what a restore that overwrites nothing may do. */
    public boolean isNew() {
        return change == Change.NEW || change == Change.HARD_LINK;
    }

    /** The name's bytes, every {@code \#ooo} turned back into its byte. */
    public byte[] nameBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Matcher escape = ESCAPE.matcher(escaped);
        int from = 0;
        while (escape.find()) {
            bytes.writeBytes(escaped.substring(from, escape.start()).getBytes(StandardCharsets.UTF_8));
            bytes.write(Integer.parseInt(escape.group(1), 8));
            from = escape.end();
        }
        bytes.writeBytes(escaped.substring(from).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /**
     * The name for a person: the real name when it is UTF-8 without control characters (so
     * {@code café} reads as such), otherwise rsync's escaped form, which shows every byte.
     */
    public String path() {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(nameBytes()))
                    .toString();
            return decoded.chars().anyMatch(Character::isISOControl) ? escaped : decoded;
        } catch (CharacterCodingException e) {
            return escaped;
        }
    }

    /** {@code new      file     etc/hosts}, with what differs in parentheses. */
    public String describe() {
        StringBuilder line = new StringBuilder(String.format("%-9s %-8s %s", change.word(), kind.word(), path()));
        if (change == Change.KEEP) {
            if (kind == Kind.DIRECTORY) {
                line.append("  (exists; its mode and owner are left as they are)");
            } else if (attributes.contains("uptodate")) {
                line.append("  (exists, the same as in the snapshot)");
            } else if (attributes.contains("type change")) {
                line.append("  (exists as another type; --overwrite replaces it)");
            } else {
                line.append("  (exists; --overwrite replaces it)");
            }
        } else if (!attributes.isEmpty()) {
            line.append("  (").append(String.join(", ", attributes)).append(')');
        }
        return line.toString();
    }
}
