package io.jenkins.plugins.planb.core.versions;

import io.jenkins.plugins.planb.core.restore.RestorePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one path's version straight out of an opened snapshot with java.nio (the command runs
 * on the storage machine), never following a symlink: not on the way to the path (that could
 * lead out of the snapshot), not below a directory.
 *
 * <p>A file's SHA-256 means reading it whole, once per snapshot. Snapshots of directory storage
 * share the inodes of unchanged files, so a checksum is remembered per inode and inode state
 * (device and inode number, ctime, size, mtime): the same inode in the same state has the same
 * contents, and an unchanged file is read once however many snapshots hold it. (A ZFS clone is a
 * device of its own, so nothing is shared across clones.)
 */
public final class VersionReader {

    private record InodeState(Object fileKey, Object ctime, long size, FileTime modified) {}

    private final Map<InodeState, String> checksums = new HashMap<>();
    private long filesRead;

    /** How many files were read for a checksum (the rest came from the inode cache). */
    public long filesRead() {
        return filesRead;
    }

    /** The path's version under {@code root}; empty when it is not there (or a symlink is on the way). */
    public Optional<PathVersion> read(Path root, RestorePath path) throws IOException {
        Path current = root;
        if (!path.isWhole()) {
            String[] components = path.relative().split("/");
            for (int i = 0; i < components.length; i++) {
                current = current.resolve(components[i]);
                if (i < components.length - 1 && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
            }
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        if (attributes.isSymbolicLink()) {
            return Optional.of(PathVersion.symlink(Files.readSymbolicLink(current).toString(), modified));
        }
        if (attributes.isRegularFile()) {
            return Optional.of(file(current, attributes));
        }
        if (attributes.isDirectory()) {
            return Optional.of(directory(current, modified));
        }
        return Optional.of(PathVersion.special(modified));
    }

    private PathVersion file(Path file, BasicFileAttributes attributes) throws IOException {
        Instant modified = attributes.lastModifiedTime().toInstant();
        InodeState state = new InodeState(attributes.fileKey(), ctime(file), attributes.size(),
                attributes.lastModifiedTime());
        String known = attributes.fileKey() == null ? null : checksums.get(state);
        if (known != null) {
            return PathVersion.file(attributes.size(), modified, known, null);
        }
        MessageDigest sha256 = sha256();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[1 << 16];
            int count;
            while ((count = in.read(buffer)) != -1) {
                sha256.update(buffer, 0, count);
            }
        } catch (AccessDeniedException e) {
            return PathVersion.file(attributes.size(), modified, null, "permission denied");
        }
        filesRead++;
        String checksum = HexFormat.of().formatHex(sha256.digest());
        if (attributes.fileKey() != null) {
            checksums.put(state, checksum);
        }
        return PathVersion.file(attributes.size(), modified, checksum, null);
    }

    private static Object ctime(Path file) {
        try {
            return Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Entries below it (any depth), their files' total size, and a digest over each entry's
     * relative name, type, size and modification time, sorted by name (metadata only).
     */
    private static PathVersion directory(Path directory, Instant modified) throws IOException {
        List<String> records = new ArrayList<>();
        long[] total = {0};
        String[] unreadable = {null};
        Files.walkFileTree(directory, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        if (!dir.equals(directory)) {
                            records.add(record(directory.relativize(dir), 'd', 0, attributes.lastModifiedTime()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        char type = attributes.isRegularFile() ? 'f' : attributes.isSymbolicLink() ? 'l' : 's';
                        if (attributes.isRegularFile()) {
                            total[0] += attributes.size();
                        }
                        records.add(record(directory.relativize(file), type, attributes.size(),
                                attributes.lastModifiedTime()));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        unreadable[0] = (e instanceof AccessDeniedException ? "permission denied: " : "unreadable: ")
                                + directory.relativize(file);
                        records.add(record(directory.relativize(file), '?', 0, FileTime.fromMillis(0)));
                        return FileVisitResult.CONTINUE;
                    }
                });
        records.sort(null);
        MessageDigest digest = sha256();
        for (String record : records) {
            digest.update(record.getBytes(StandardCharsets.UTF_8));
        }
        return PathVersion.directory(total[0], modified, records.size(), HexFormat.of().formatHex(digest.digest()),
                unreadable[0]);
    }

    private static String record(Path relative, char type, long size, FileTime modified) {
        return relative + "\0" + type + "\0" + size + "\0" + modified.toInstant() + "\n";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
