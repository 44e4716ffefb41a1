package io.jenkins.plugins.planb.core.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.planb.core.restore.RestoreItem.Change;
import io.jenkins.plugins.planb.core.restore.RestoreItem.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rsync's itemized and skip lines, as rsync 3.5 prints them with {@code --out-format='%i %n' --info=skip2}. */
class RestoreItemTest {

    private static RestoreItem item(String line) {
        return RestoreItem.parse(line).orElseThrow(() -> new AssertionError("not an item: " + line));
    }

    @Test
    void newItemsOfEveryKind() {
        assertThat(item(">f+++++++++ etc/hosts")).isEqualTo(new RestoreItem(Change.NEW, Kind.FILE, "etc/hosts", List.of()));
        assertThat(item("cd+++++++++ etc/nginx/")).isEqualTo(new RestoreItem(Change.NEW, Kind.DIRECTORY, "etc/nginx/", List.of()));
        assertThat(item("cL+++++++++ link").kind()).isEqualTo(Kind.SYMLINK);
        assertThat(item("cS+++++++++ fifo").kind()).isEqualTo(Kind.SPECIAL);
        assertThat(item("cD+++++++++ dev/null").kind()).isEqualTo(Kind.DEVICE);
        assertThat(item("hf+++++++++ b").change()).isEqualTo(Change.HARD_LINK);
        assertThat(item("cd+++++++++ ./").isNew()).isTrue();
    }

    @Test
    void existingItemsAreReplacedOrUpdatedWithWhatDiffers() {
        RestoreItem replaced = item(">f.st...... etc/hosts");
        assertThat(replaced.change()).isEqualTo(Change.REPLACE);
        assertThat(replaced.attributes()).containsExactly("size", "time");
        assertThat(replaced.isNew()).isFalse();
        RestoreItem updated = item(".d..tpog.ax etc/");
        assertThat(updated.change()).isEqualTo(Change.UPDATE);
        assertThat(updated.attributes()).containsExactly("time", "permissions", "owner", "group", "ACL", "xattrs");
        assertThat(item("cLc.T...... link").change()).as("a symlink with a new target").isEqualTo(Change.REPLACE);
        assertThat(updated.kept()).isEqualTo(new RestoreItem(Change.KEEP, Kind.DIRECTORY, "etc/", List.of()));
    }

    @Test
    void skippedExistingItemsAreKeptWithRsyncsReason() {
        assertThat(item("etc/hosts exists (file change)"))
                .isEqualTo(new RestoreItem(Change.KEEP, Kind.UNKNOWN, "etc/hosts", List.of("file change")));
        assertThat(item("a name exists twice exists (type change)").escaped()).isEqualTo("a name exists twice");
        assertThat(item("plain exists").attributes()).isEmpty();
        assertThat(item("etc/hosts exists (uptodate)").describe()).endsWith("(exists, the same as in the snapshot)");
    }

    @Test
    void otherOutputIsNoItem() {
        assertThat(RestoreItem.parse("Number of files: 12 (reg: 9, dir: 3)")).isEmpty();
        assertThat(RestoreItem.parse("created directory /tmp/x")).isEmpty();
        assertThat(RestoreItem.parse("")).isEmpty();
        assertThat(RestoreItem.parse("*deleting   old")).isEmpty();
    }

    @Test
    void escapedNamesAreReadBackByteForByte() {
        RestoreItem item = item(">f+++++++++ bad\\#377byte\\#012new\\#134#101 x");
        assertThat(item.nameBytes()).containsExactly(bytes("bad", 0xff, "byte", '\n', "new\\#101 x"));
        assertThat(item.path()).as("not UTF-8: shown as rsync printed it").isEqualTo("bad\\#377byte\\#012new\\#134#101 x");
        RestoreItem utf8 = item(">f+++++++++ caf\\#303\\#251");
        assertThat(utf8.path()).isEqualTo("café");
        assertThat(utf8.nameBytes()).isEqualTo("café".getBytes(StandardCharsets.UTF_8));
        assertThat(item(">f+++++++++ tab\there").nameBytes()).isEqualTo("tab\there".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void describedForAPerson() {
        assertThat(item(">f+++++++++ etc/hosts").describe()).isEqualTo("new       file     etc/hosts");
        assertThat(item(">f.st...... etc/hosts").describe()).isEqualTo("replace   file     etc/hosts  (size, time)");
        assertThat(item(".d..t...... etc/").kept().describe())
                .isEqualTo("keep      dir      etc/  (exists; its mode and owner are left as they are)");
        assertThat(item("etc/hosts exists (file change)").describe())
                .isEqualTo("keep      item     etc/hosts  (exists; --overwrite replaces it)");
    }

    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else if (part instanceof Character c) {
                out.write(c);
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}
