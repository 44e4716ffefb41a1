// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/common/IdCredentials.java.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

@LegacyMixIn(preferred = StandardCredentials.class) public interface IdCredentials extends Credentials {
    @NonNull String getId();
    final class Helpers {
        public static boolean equals(IdCredentials self, Object o) { throw new UnsupportedOperationException(); }
        public static int hashCode(IdCredentials self) { throw new UnsupportedOperationException(); }
        @NonNull public static String fixEmptyId(@CheckForNull String id) { throw new UnsupportedOperationException(); }
    }
}
