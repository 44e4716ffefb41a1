// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/common/UsernamePasswordCredentials.java.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import edu.umd.cs.findbugs.annotations.NonNull;

@LegacyMixIn(preferred = StandardUsernamePasswordCredentials.class) @NameWith(value = UsernamePasswordCredentials.NameProvider.class, priority = 1) public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
    class NameProvider extends CredentialsNameProvider<UsernamePasswordCredentials> {
        @NonNull public String getName(@NonNull UsernamePasswordCredentials credentials) { throw new UnsupportedOperationException(); }
    }
}
