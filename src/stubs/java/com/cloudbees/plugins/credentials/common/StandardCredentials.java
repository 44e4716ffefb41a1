// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/common/StandardCredentials.java.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import edu.umd.cs.findbugs.annotations.NonNull;

@Recommended(since = "1.6") @NameWith(value = StandardCredentials.NameProvider.class, priority = -16) public interface StandardCredentials extends IdCredentials {
    @NonNull String getDescription();
    class NameProvider extends CredentialsNameProvider<StandardCredentials> {
        @NonNull public String getName(@NonNull StandardCredentials c) { throw new UnsupportedOperationException(); }
    }
}
