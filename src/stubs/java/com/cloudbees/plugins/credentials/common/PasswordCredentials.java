// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/common/PasswordCredentials.java.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

@LegacyMixIn(preferred = StandardUsernamePasswordCredentials.class) public interface PasswordCredentials extends Credentials {
    @NonNull Secret getPassword();
}
