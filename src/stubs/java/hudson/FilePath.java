// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/FilePath.java.
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Computer;
import hudson.model.TaskListener;
import hudson.remoting.Callable;
import hudson.remoting.Future;
import hudson.remoting.VirtualChannel;
import hudson.util.FormValidation;
import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URL;
import java.nio.file.CopyOption;
import java.nio.file.OpenOption;
import java.util.List;
import org.apache.commons.fileupload.FileItem;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public final class FilePath implements SerializableOnlyOverRemoting {
    public FilePath(@CheckForNull VirtualChannel channel, @NonNull String remote) { throw new UnsupportedOperationException(); }
    public FilePath(@NonNull File localPath) { throw new UnsupportedOperationException(); }
    public FilePath(@NonNull FilePath base, @NonNull String rel) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static String normalize(@NonNull String path) { throw new UnsupportedOperationException(); }
    public String getRemote() { throw new UnsupportedOperationException(); }
    @Deprecated public void createZipArchive(OutputStream os) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void zip(OutputStream os) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void zip(FilePath dst) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void zip(OutputStream os, FileFilter filter) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @Deprecated public void createZipArchive(OutputStream os, String glob) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void zip(OutputStream os, String glob) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void unzip(FilePath target) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void untar(FilePath target, TarCompression compression) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void unzipFrom(InputStream _in) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public FilePath absolutize() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public boolean hasSymlink(FilePath verificationRoot, OpenOption... openOptions) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public boolean containsSymlink(FilePath verificationRoot, OpenOption... openOptions) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void symlinkTo(String target, TaskListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public String readLink() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public boolean equals(Object o) { throw new UnsupportedOperationException(); }
    public int hashCode() { throw new UnsupportedOperationException(); }
    public void untarFrom(InputStream _in, TarCompression compression) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public boolean installIfNecessaryFrom(@NonNull URL archive, @CheckForNull TaskListener listener, @NonNull String message) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void copyFrom(URL url) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void copyFrom(InputStream in) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void copyFrom(FilePath src) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @Deprecated public void copyFrom(org.apache.commons.fileupload.FileItem file) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public <T> T act(FileCallable<T> callable) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public <T> Future<T> actAsync(FileCallable<T> callable) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public <V, E extends Throwable> V act(Callable<V, E> callable) throws IOException, InterruptedException, E { throw new UnsupportedOperationException(); }
    public <V> Callable<V, IOException> asCallableWith(FileCallable<V> task) { throw new UnsupportedOperationException(); }
    public URI toURI() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @CheckForNull public Computer toComputer() { throw new UnsupportedOperationException(); }
    public void mkdirs() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void deleteSuffixesRecursive() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void deleteRecursive() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void deleteContents() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public String getBaseName() { throw new UnsupportedOperationException(); }
    public String getName() { throw new UnsupportedOperationException(); }
    @CheckForNull public FilePath sibling(String rel) { throw new UnsupportedOperationException(); }
    public FilePath withSuffix(String suffix) { throw new UnsupportedOperationException(); }
    @NonNull public FilePath child(String relOrAbsolute) { throw new UnsupportedOperationException(); }
    @CheckForNull public FilePath getParent() { throw new UnsupportedOperationException(); }
    public FilePath createTempFile(String prefix, String suffix) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public FilePath createTextTempFile(String prefix, String suffix, String contents) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public FilePath createTextTempFile(String prefix, String suffix, String contents, boolean inThisDirectory) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public FilePath createTempDir(String prefix, String suffix) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public boolean delete() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public boolean exists() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public long lastModified() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void touch(long timestamp) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public boolean isDirectory() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public long length() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public long getFreeDiskSpace() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public long getTotalDiskSpace() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public long getUsableDiskSpace() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void chmod(int mask) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public int mode() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public List<FilePath> list() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public List<FilePath> list(FilePath verificationRoot, OpenOption... openOptions) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public List<FilePath> listDirectories() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public List<FilePath> list(FileFilter filter) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public FilePath[] list(String includes) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public FilePath[] list(String includes, String excludes) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @NonNull public FilePath[] list(String includes, String excludes, boolean defaultExcludes) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public InputStream read() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public InputStream read(FilePath rootPath, OpenOption... openOptions) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public static InputStream newInputStreamDenyingSymlinkAsNeeded(File file, String verificationRoot, OpenOption... openOptions) throws IOException { throw new UnsupportedOperationException(); }
    public static InputStream openInputStream(File file, OpenOption[] openOptions) throws IOException { throw new UnsupportedOperationException(); }
    public static boolean isSymlink(File file, String root, OpenOption... openOptions) { throw new UnsupportedOperationException(); }
    public static boolean isTmpDir(File file, String root, OpenOption... openOptions) { throw new UnsupportedOperationException(); }
    public static boolean isTmpDir(String filename, OpenOption... openOptions) { throw new UnsupportedOperationException(); }
    public static boolean isNoFollowLink(OpenOption... openOptions) { throw new UnsupportedOperationException(); }
    public static boolean isIgnoreTmpDirs(OpenOption... openOptions) { throw new UnsupportedOperationException(); }
    public InputStream readFromOffset(long offset) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public String readToString() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public OutputStream write() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void write(String content, String encoding) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public String digest() throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void renameTo(FilePath target) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void moveAllChildrenTo(FilePath target) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void copyTo(FilePath target) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void copyToWithPermission(FilePath target) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public void copyTo(OutputStream os) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public int copyRecursiveTo(FilePath target) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public int copyRecursiveTo(String fileMask, FilePath target) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public int copyRecursiveTo(String fileMask, String excludes, FilePath target) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public int tar(OutputStream out, String glob) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public int tar(OutputStream out, FileFilter filter) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public Launcher createLauncher(TaskListener listener) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    @Deprecated public String validateAntFileMask(String fileMasks) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public String validateAntFileMask(String fileMasks, int bound) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public String validateAntFileMask(String fileMasks, boolean caseSensitive) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public static int VALIDATE_ANT_FILE_MASK_BOUND;
    @CheckForNull public String validateAntFileMask(String fileMasks, int bound, boolean caseSensitive) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public static FormValidation validateFileMask(@CheckForNull FilePath path, String value) throws IOException { throw new UnsupportedOperationException(); }
    public static FormValidation validateFileMask(@CheckForNull FilePath path, String value, boolean caseSensitive) throws IOException { throw new UnsupportedOperationException(); }
    public FormValidation validateFileMask(String value) throws IOException { throw new UnsupportedOperationException(); }
    public FormValidation validateFileMask(String value, boolean errorIfNotExist) throws IOException { throw new UnsupportedOperationException(); }
    public FormValidation validateFileMask(String value, boolean errorIfNotExist, boolean caseSensitive) throws IOException { throw new UnsupportedOperationException(); }
    public FormValidation validateRelativePath(String value, boolean errorIfNotExist, boolean expectingFile) throws IOException { throw new UnsupportedOperationException(); }
    public FormValidation validateRelativeDirectory(String value, boolean errorIfNotExist) throws IOException { throw new UnsupportedOperationException(); }
    public FormValidation validateRelativeDirectory(String value) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public String toString() { throw new UnsupportedOperationException(); }
    public VirtualChannel getChannel() { throw new UnsupportedOperationException(); }
    public boolean isRemote() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @RestrictedSince("2.328") public static final int SIDE_BUFFER_SIZE = 1024;
    public static FilePath getHomeDirectory(VirtualChannel ch) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
    public boolean isDescendant(@NonNull String potentialChildRelativePath) throws IOException, InterruptedException { throw new UnsupportedOperationException(); }
    public enum DisplayOption implements OpenOption, CopyOption {
        IGNORE_TMP_DIRS;
    }
    public enum TarCompression {
        NONE { public InputStream extract(InputStream in) throws IOException { throw new UnsupportedOperationException(); } public OutputStream compress(OutputStream in) throws IOException { throw new UnsupportedOperationException(); } },
        GZIP { public InputStream extract(InputStream in) throws IOException { throw new UnsupportedOperationException(); } public OutputStream compress(OutputStream in) throws IOException { throw new UnsupportedOperationException(); } };
        public abstract InputStream extract(InputStream in) throws IOException;
        public abstract OutputStream compress(OutputStream in) throws IOException;
    }
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
    @Restricted(NoExternalUse.class) public static class FileMaskNoMatchesFoundException extends InterruptedException {
        private FileMaskNoMatchesFoundException(String message) { throw new UnsupportedOperationException(); }
    }
}
