// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/common/UsernameCredentials.java.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import edu.umd.cs.findbugs.annotations.NonNull;

@LegacyMixIn(preferred = StandardUsernameCredentials.class) @NameWith(UsernameCredentials.NameProvider.class) public interface UsernameCredentials extends Credentials {
    @NonNull String getUsername();
    default boolean isUsernameSecret() { throw new UnsupportedOperationException(); }
    class NameProvider extends CredentialsNameProvider<UsernameCredentials> {
        @NonNull public String getName(@NonNull UsernameCredentials credentials) { throw new UnsupportedOperationException(); }
    }
}
