// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/CredentialsScope.java.
package com.cloudbees.plugins.credentials;

import hudson.model.ModelObject;
import java.io.Serializable;

public enum CredentialsScope implements Serializable {
    SYSTEM { public String getDisplayName() { throw new UnsupportedOperationException(); } public boolean isVisible(ModelObject context) { throw new UnsupportedOperationException(); } },
    GLOBAL { public String getDisplayName() { throw new UnsupportedOperationException(); } public boolean isVisible(ModelObject context) { throw new UnsupportedOperationException(); } },
    USER { public String getDisplayName() { throw new UnsupportedOperationException(); } public boolean isVisible(ModelObject context) { throw new UnsupportedOperationException(); } };
    public abstract String getDisplayName();
    public abstract boolean isVisible(ModelObject context);
}
