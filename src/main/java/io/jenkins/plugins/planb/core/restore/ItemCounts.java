package io.jenkins.plugins.planb.core.restore;

/**
 * How many items a restore wrote (or, in a dry run, would write), by what happened to them.
 *
 * @param files       new regular files
 * @param directories new directories
 * @param symlinks    new symlinks
 * @param hardLinks   new hard links to files written before them
 * @param other       new devices, FIFOs and sockets
 * @param replaced    existing items whose contents were replaced ({@code --overwrite})
 * @param updated     existing items whose mode, owner, times, ACL or xattrs were set ({@code --overwrite})
 * @param kept        existing items left as they were
 */
public record ItemCounts(long files, long directories, long symlinks, long hardLinks, long other, long replaced,
        long updated, long kept) {

    public static final ItemCounts NONE = new ItemCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /** These counts with one more item. */
    public ItemCounts plus(RestoreItem item) {
        return switch (item.change()) {
            case HARD_LINK -> new ItemCounts(files, directories, symlinks, hardLinks + 1, other, replaced, updated, kept);
            case REPLACE -> new ItemCounts(files, directories, symlinks, hardLinks, other, replaced + 1, updated, kept);
            case UPDATE -> new ItemCounts(files, directories, symlinks, hardLinks, other, replaced, updated + 1, kept);
            case KEEP -> new ItemCounts(files, directories, symlinks, hardLinks, other, replaced, updated, kept + 1);
            case NEW -> switch (item.kind()) {
                case FILE -> new ItemCounts(files + 1, directories, symlinks, hardLinks, other, replaced, updated, kept);
                case DIRECTORY -> new ItemCounts(files, directories + 1, symlinks, hardLinks, other, replaced, updated, kept);
                case SYMLINK -> new ItemCounts(files, directories, symlinks + 1, hardLinks, other, replaced, updated, kept);
                default -> new ItemCounts(files, directories, symlinks, hardLinks, other + 1, replaced, updated, kept);
            };
        };
    }

    /** Everything written: new items, replaced and updated ones. */
    public long written() {
        return files + directories + symlinks + hardLinks + other + replaced + updated;
    }

    /** {@code 12 files, 3 directories, 1 symlink}: the non-zero counts, for a person. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, files, "new file", "new files");
        append(text, directories, "new directory", "new directories");
        append(text, symlinks, "new symlink", "new symlinks");
        append(text, hardLinks, "new hard link", "new hard links");
        append(text, other, "new device, FIFO or socket", "new devices, FIFOs or sockets");
        append(text, replaced, "replaced", "replaced");
        append(text, updated, "updated", "updated");
        append(text, kept, "existing item left alone", "existing items left alone");
        return text.isEmpty() ? "nothing" : text.toString();
    }

    private static void append(StringBuilder text, long count, String one, String many) {
        if (count == 0) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(", ");
        }
        text.append(count).append(' ').append(count == 1 ? one : many);
    }
}
