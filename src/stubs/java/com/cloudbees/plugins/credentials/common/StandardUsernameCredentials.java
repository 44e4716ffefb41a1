// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/common/StandardUsernameCredentials.java.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import edu.umd.cs.findbugs.annotations.NonNull;

@Recommended(since = "1.6") @NameWith(value = StandardUsernameCredentials.NameProvider.class, priority = 16) public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {
    class NameProvider extends CredentialsNameProvider<StandardUsernameCredentials> {
        @NonNull public String getName(@NonNull StandardUsernameCredentials c) { throw new UnsupportedOperationException(); }
    }
}
