// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/CredentialsDescriptor.java.
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.RestrictedSince;
import hudson.model.Descriptor;
import hudson.model.ModelObject;
import hudson.util.FormValidation;
import java.util.Map;
import org.jenkins.ui.icon.IconSpec;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class CredentialsDescriptor extends Descriptor<Credentials> implements IconSpec {
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    protected CredentialsDescriptor() { super(); throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @RestrictedSince("2.1.5") public boolean isScopeRelevant() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) @RestrictedSince("2.1.5") public boolean isScopeRelevant(ModelObject object) { throw new UnsupportedOperationException(); }
    public String getCredentialsPage() { throw new UnsupportedOperationException(); }
    public String getIconClassName() { throw new UnsupportedOperationException(); }
    public boolean isApplicable(CredentialsProvider provider) { throw new UnsupportedOperationException(); }
    @NonNull public static ModelObject unwrapContext(@NonNull ModelObject context) { throw new UnsupportedOperationException(); }
    @CheckForNull public static ModelObject lookupContext(String provider, String token) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <T extends ModelObject> T findContextInPath(@NonNull Class<T> type) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <T extends ModelObject> T findContextInPath(@NonNull StaplerRequest2 request, @NonNull Class<T> type) { throw new UnsupportedOperationException(); }
    public FormValidation.CheckMethod getCheckMethod(String fieldName) { throw new UnsupportedOperationException(); }
    public void calcFillSettings(String field, Map<String, Object> attributes) { throw new UnsupportedOperationException(); }
    public void calcAutoCompleteSettings(String field, Map<String, Object> attributes) { throw new UnsupportedOperationException(); }
    public String getDescription() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public static class EnhancedCheckMethod extends FormValidation.CheckMethod {
        public EnhancedCheckMethod(Descriptor descriptor, String fieldName) { super(descriptor, fieldName); throw new UnsupportedOperationException(); }
        public String toCheckUrl() { throw new UnsupportedOperationException(); }
    }
}
