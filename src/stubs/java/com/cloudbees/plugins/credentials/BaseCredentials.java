// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/BaseCredentials.java.
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public class BaseCredentials implements Credentials {
    protected BaseCredentials() { throw new UnsupportedOperationException(); }
    public BaseCredentials(@CheckForNull CredentialsScope scope) { throw new UnsupportedOperationException(); }
    @CheckForNull public CredentialsScope getScope() { throw new UnsupportedOperationException(); }
    @NonNull public CredentialsDescriptor getDescriptor() { throw new UnsupportedOperationException(); }
}
