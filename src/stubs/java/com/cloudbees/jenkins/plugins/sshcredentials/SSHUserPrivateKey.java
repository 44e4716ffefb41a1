// Compile-only stand-in; signatures from jenkinsci+ssh-credentials-plugin @ HEAD : src/main/java/com/cloudbees/jenkins/plugins/sshcredentials/SSHUserPrivateKey.java.
package com.cloudbees.jenkins.plugins.sshcredentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import java.util.List;

public interface SSHUserPrivateKey extends SSHUser {
    @Deprecated @NonNull default String getPrivateKey() { throw new UnsupportedOperationException(); }
    @CheckForNull Secret getPassphrase();
    @NonNull List<String> getPrivateKeys();
}
