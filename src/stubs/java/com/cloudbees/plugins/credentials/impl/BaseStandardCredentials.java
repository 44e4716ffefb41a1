// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/impl/BaseStandardCredentials.java.
package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.BaseCredentials;
import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public abstract class BaseStandardCredentials extends BaseCredentials implements StandardCredentials {
    public BaseStandardCredentials(@CheckForNull String id, @CheckForNull String description) { super(); throw new UnsupportedOperationException(); }
    public BaseStandardCredentials(@CheckForNull CredentialsScope scope, @CheckForNull String id, @CheckForNull String description) { super(scope); throw new UnsupportedOperationException(); }
    @NonNull @Exported public String getDescription() { throw new UnsupportedOperationException(); }
    @NonNull @Exported public String getId() { throw new UnsupportedOperationException(); }
    public final int hashCode() { throw new UnsupportedOperationException(); }
    public final boolean equals(Object o) { throw new UnsupportedOperationException(); }
    protected static abstract class BaseStandardCredentialsDescriptor extends CredentialsDescriptor {
        protected BaseStandardCredentialsDescriptor() { super(); throw new UnsupportedOperationException(); }
        protected BaseStandardCredentialsDescriptor(Class<? extends BaseStandardCredentials> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    }
}
