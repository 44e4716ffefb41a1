// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/Util.java.
package hudson;

import com.google.common.annotations.VisibleForTesting;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.TaskListener;
import hudson.util.VariableResolver;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerRequest2;

public class Util {
    @NonNull public static <T> List<T> filter(@NonNull Iterable<?> base, @NonNull Class<T> type) { throw new UnsupportedOperationException(); }
    @NonNull public static <T> List<T> filter(@NonNull List<?> base, @NonNull Class<T> type) { throw new UnsupportedOperationException(); }
    @Nullable public static String replaceMacro(@CheckForNull String s, @NonNull Map<String, String> properties) { throw new UnsupportedOperationException(); }
    @Nullable public static String replaceMacro(@CheckForNull String s, @NonNull VariableResolver<String> resolver) { throw new UnsupportedOperationException(); }
    @NonNull @Deprecated public static String loadFile(@NonNull File logfile) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public static String loadFile(@NonNull File logfile, @NonNull Charset charset) throws IOException { throw new UnsupportedOperationException(); }
    public static void deleteContentsRecursive(@NonNull File file) throws IOException { throw new UnsupportedOperationException(); }
    public static void deleteFile(@NonNull File f) throws IOException { throw new UnsupportedOperationException(); }
    public static void deleteRecursive(@NonNull File dir) throws IOException { throw new UnsupportedOperationException(); }
    public static boolean isSymlink(@NonNull File file) throws IOException { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static boolean isSymlink(@NonNull Path path) { throw new UnsupportedOperationException(); }
    public static boolean isRelativePath(String path) { throw new UnsupportedOperationException(); }
    public static boolean isDescendant(File forParent, File potentialChild) throws IOException { throw new UnsupportedOperationException(); }
    public static File createTempDir() throws IOException { throw new UnsupportedOperationException(); }
    public static void displayIOException(@NonNull IOException e, @NonNull TaskListener listener) { throw new UnsupportedOperationException(); }
    @CheckForNull public static String getWin32ErrorMessage(@NonNull IOException e) { throw new UnsupportedOperationException(); }
    @CheckForNull public static String getWin32ErrorMessage(Throwable e) { throw new UnsupportedOperationException(); }
    @CheckForNull public static String getWin32ErrorMessage(int n) { throw new UnsupportedOperationException(); }
    @NonNull public static String getHostName() { throw new UnsupportedOperationException(); }
    @Deprecated public static void copyStream(@NonNull InputStream in, @NonNull OutputStream out) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public static void copyStream(@NonNull Reader in, @NonNull Writer out) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public static void copyStreamAndClose(@NonNull InputStream in, @NonNull OutputStream out) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public static void copyStreamAndClose(@NonNull Reader in, @NonNull Writer out) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public static String[] tokenize(@NonNull String s, @CheckForNull String delimiter) { throw new UnsupportedOperationException(); }
    @NonNull public static String[] tokenize(@NonNull String s) { throw new UnsupportedOperationException(); }
    @NonNull public static String[] mapToEnv(@NonNull Map<String, String> m) { throw new UnsupportedOperationException(); }
    public static int min(int x, @NonNull int... values) { throw new UnsupportedOperationException(); }
    @CheckForNull public static String nullify(@CheckForNull String v) { throw new UnsupportedOperationException(); }
    @NonNull public static String removeTrailingSlash(@NonNull String s) { throw new UnsupportedOperationException(); }
    @Nullable public static String ensureEndsWith(@CheckForNull String subject, @CheckForNull String suffix) { throw new UnsupportedOperationException(); }
    @NonNull public static String getDigestOf(@NonNull InputStream source) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public static String getDigestOf(@NonNull String text) { throw new UnsupportedOperationException(); }
    @NonNull public static String getDigestOf(@NonNull File file) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public static SecretKey toAes128Key(@NonNull String s) { throw new UnsupportedOperationException(); }
    @NonNull public static String toHexString(@NonNull byte[] data, int start, int len) { throw new UnsupportedOperationException(); }
    @NonNull public static String toHexString(@NonNull byte[] bytes) { throw new UnsupportedOperationException(); }
    @NonNull public static byte[] fromHexString(@NonNull String data) { throw new UnsupportedOperationException(); }
    @NonNull public static String getTimeSpanString(long duration) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public static String getPastTimeString(long duration) { throw new UnsupportedOperationException(); }
    @NonNull @Deprecated public static String combine(long n, @NonNull String suffix) { throw new UnsupportedOperationException(); }
    @NonNull public static <T> List<T> createSubList(@NonNull Collection<?> source, @NonNull Class<T> type) { throw new UnsupportedOperationException(); }
    @NonNull public static String encode(@NonNull String s) { throw new UnsupportedOperationException(); }
    @NonNull public static String rawEncode(@NonNull String s) { throw new UnsupportedOperationException(); }
    @NonNull public static String fullEncode(@NonNull String s) { throw new UnsupportedOperationException(); }
    public static String singleQuote(String s) { throw new UnsupportedOperationException(); }
    @Nullable public static String escape(@CheckForNull String text) { throw new UnsupportedOperationException(); }
    @NonNull public static String xmlEscape(@NonNull String text) { throw new UnsupportedOperationException(); }
    public static void touch(@NonNull File file) throws IOException { throw new UnsupportedOperationException(); }
    @NonNull public static String fixNull(@CheckForNull String s) { throw new UnsupportedOperationException(); }
    @NonNull public static <T> T fixNull(@CheckForNull T s, @NonNull T defaultValue) { throw new UnsupportedOperationException(); }
    @CheckForNull public static String fixEmpty(@CheckForNull String s) { throw new UnsupportedOperationException(); }
    @CheckForNull public static String fixEmptyAndTrim(@CheckForNull String s) { throw new UnsupportedOperationException(); }
    @NonNull public static <T> List<T> fixNull(@CheckForNull List<T> l) { throw new UnsupportedOperationException(); }
    @NonNull public static <T> Set<T> fixNull(@CheckForNull Set<T> l) { throw new UnsupportedOperationException(); }
    @NonNull public static <T> Collection<T> fixNull(@CheckForNull Collection<T> l) { throw new UnsupportedOperationException(); }
    @NonNull public static <T> Iterable<T> fixNull(@CheckForNull Iterable<T> l) { throw new UnsupportedOperationException(); }
    @NonNull public static String getFileName(@NonNull String filePath) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public static String join(@NonNull Collection<?> strings, @NonNull String separator) { throw new UnsupportedOperationException(); }
    @NonNull public static <T> List<T> join(@NonNull Collection<? extends T>... items) { throw new UnsupportedOperationException(); }
    public static void createSymlink(@NonNull File baseDir, @NonNull String targetPath, @NonNull String symlinkPath, @NonNull TaskListener listener) throws InterruptedException { throw new UnsupportedOperationException(); }
    @Deprecated public static String resolveSymlink(File link, TaskListener listener) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
    @CheckForNull public static File resolveSymlinkToFile(@NonNull File link) throws InterruptedException, IOException { throw new UnsupportedOperationException(); }
    @CheckForNull public static String resolveSymlink(@NonNull File link) throws IOException { throw new UnsupportedOperationException(); }
    @Deprecated public static String encodeRFC2396(String url) { throw new UnsupportedOperationException(); }
    @NonNull public static String wrapToErrorSpan(@NonNull String s) { throw new UnsupportedOperationException(); }
    @CheckForNull public static Number tryParseNumber(@CheckForNull String numberStr, @CheckForNull Number defaultNumber) { throw new UnsupportedOperationException(); }
    public static boolean isOverridden(@NonNull Class<?> base, @NonNull Class<?> derived, @NonNull String methodName, @NonNull Class<?>... types) { throw new UnsupportedOperationException(); }
    public static int isOverriddenCacheSize() { throw new UnsupportedOperationException(); }
    @VisibleForTesting @Restricted(NoExternalUse.class) public static void clearIsOverriddenCache() { throw new UnsupportedOperationException(); }
    public static <T> T ifOverridden(Supplier<T> supplier, @NonNull Class<?> base, @NonNull Class<?> derived, @NonNull String methodName, @NonNull Class<?>... types) { throw new UnsupportedOperationException(); }
    @NonNull public static File changeExtension(@NonNull File dst, @NonNull String ext) { throw new UnsupportedOperationException(); }
    @Nullable public static String intern(@CheckForNull String s) { throw new UnsupportedOperationException(); }
    @Deprecated @RestrictedSince("1.651.2 / 2.3") @Restricted(NoExternalUse.class) public static boolean isAbsoluteUri(@NonNull String uri) { throw new UnsupportedOperationException(); }
    public static boolean isSafeToRedirectTo(@NonNull String uri) { throw new UnsupportedOperationException(); }
    @NonNull public static Properties loadProperties(@NonNull String properties) throws IOException { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static void closeAndLogFailures(@CheckForNull Closeable toClose, @NonNull Logger logger, @NonNull String closeableName, @NonNull String closeableOwner) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static int permissionsToMode(Set<PosixFilePermission> permissions) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static Set<PosixFilePermission> modeToPermissions(int mode) throws IOException { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @NonNull public static Path fileToPath(@NonNull File file) throws IOException { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static Path createDirectories(@NonNull Path dir, FileAttribute<?>... attrs) throws IOException { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static long daysBetween(@NonNull Date a, @NonNull Date b) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static long daysElapsedSince(@NonNull Date date) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @NonNull public static <T> T getNearestAncestorOfTypeOrThrow(@NonNull StaplerRequest2 request, @NonNull Class<T> clazz) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static void printRedirect(String contextPath, String redirectUrl, String message, PrintWriter out) { throw new UnsupportedOperationException(); }
    public static final DateTimeFormatter XS_DATETIME_FORMATTER2 = null;
    public static boolean NO_SYMLINK;
    public static boolean SYMLINK_ESCAPEHATCH;
    @Restricted(NoExternalUse.class) public static byte[] getSHA256DigestOf(@NonNull byte[] input) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static String getHexOfSHA256DigestOf(byte[] input) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static String getHexOfSHA256DigestOf(String input) { throw new UnsupportedOperationException(); }
}
