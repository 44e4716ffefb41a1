// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/Secret.java.
package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.security.GeneralSecurityException;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

public final class Secret implements Serializable {
    Secret(String value) { throw new UnsupportedOperationException(); }
    Secret(String value, byte[] iv) { throw new UnsupportedOperationException(); }
    @Deprecated public String toString() { throw new UnsupportedOperationException(); }
    @NonNull public String getPlainText() { throw new UnsupportedOperationException(); }
    public boolean equals(Object that) { throw new UnsupportedOperationException(); }
    public int hashCode() { throw new UnsupportedOperationException(); }
    public String getEncryptedValue() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static final Pattern ENCRYPTED_VALUE_PATTERN = null;
    @CheckForNull public static Secret decrypt(@CheckForNull String data) { throw new UnsupportedOperationException(); }
    public static Cipher getCipher(String algorithm) throws GeneralSecurityException { throw new UnsupportedOperationException(); }
    @NonNull public static Secret fromString(@CheckForNull String data) { throw new UnsupportedOperationException(); }
    @NonNull public static String toString(@CheckForNull Secret s) { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static final boolean AUTO_ENCRYPT_PASSWORD_CONTROL = Boolean.parseBoolean(null);
    @Restricted(NoExternalUse.class) public static boolean BLANK_NONSECRET_PASSWORD_FIELDS_WITHOUT_ITEM_CONFIGURE;
}
