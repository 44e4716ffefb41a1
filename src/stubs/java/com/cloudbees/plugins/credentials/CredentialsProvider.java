// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/CredentialsProvider.java.
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.DescriptorExtensionList;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import hudson.model.Node;
import hudson.model.Run;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.util.ListBoxModel;
import java.util.List;
import java.util.Set;
import org.jenkins.ui.icon.IconSpec;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.springframework.security.core.Authentication;

public abstract class CredentialsProvider extends Descriptor<CredentialsProvider> implements ExtensionPoint, Describable<CredentialsProvider>, IconSpec {
    public static final CredentialsProvider NONE = null;
    public static final PermissionGroup GROUP = null;
    public static final Permission USE_OWN = null;
    public static final Permission USE_ITEM = null;
    public static final Permission CREATE = null;
    public static final Permission UPDATE = null;
    public static final Permission VIEW = null;
    public static final Permission DELETE = null;
    public static final Permission MANAGE_DOMAINS = null;
    public CredentialsProvider() { super(); throw new UnsupportedOperationException(); }
    public static DescriptorExtensionList<Credentials, CredentialsDescriptor> allCredentialsDescriptors() { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public static <C extends Credentials> List<C> lookupCredentials(@NonNull Class<C> type) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public static <C extends Credentials> List<C> lookupCredentials(@NonNull Class<C> type, @Nullable Item item) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public static <C extends Credentials> List<C> lookupCredentials(@NonNull Class<C> type, @Nullable ItemGroup itemGroup) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(@NonNull Class<C> type, @Nullable ItemGroup itemGroup, @Nullable Authentication authentication) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(@NonNull Class<C> type, @Nullable ItemGroup itemGroup, @Nullable Authentication authentication, @Nullable List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    public static <C extends IdCredentials> ListBoxModel listCredentialsInItemGroup(@NonNull Class<C> type, @Nullable ItemGroup itemGroup, @Nullable Authentication authentication, @Nullable List<DomainRequirement> domainRequirements, @Nullable CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> lookupCredentialsInItem(@NonNull Class<C> type, @Nullable Item item, @Nullable Authentication authentication) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> lookupCredentialsInItem(@NonNull Class<C> type, @Nullable Item item, @Nullable Authentication authentication, @Nullable List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends IdCredentials> ListBoxModel listCredentialsInItem(@NonNull Class<C> type, @Nullable Item item, @Nullable Authentication authentication, @Nullable List<DomainRequirement> domainRequirements, @Nullable CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    @CheckForNull public static Set<CredentialsScope> lookupScopes(ModelObject object) { throw new UnsupportedOperationException(); }
    public static boolean hasStores(ModelObject context) { throw new UnsupportedOperationException(); }
    public static <C extends Credentials> C snapshot(C credential) { throw new UnsupportedOperationException(); }
    public static <C extends Credentials> C snapshot(Class<C> clazz, C credential) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <C extends IdCredentials> C findCredentialByIdInItemGroup(@NonNull String id, @NonNull Class<C> type, @Nullable ItemGroup<?> itemGroup, @Nullable Authentication authentication, @Nullable List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <C extends IdCredentials> C findCredentialByIdInItem(@NonNull String id, @NonNull Class<C> type, @Nullable Item item, @Nullable Authentication authentication, @Nullable List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <C extends IdCredentials> C findCredentialById(@NonNull String id, @NonNull Class<C> type, @NonNull Run<?, ?> run) { throw new UnsupportedOperationException(); }
    public static <C extends IdCredentials> C findCredentialById(@NonNull String id, @NonNull Class<C> type, @NonNull Run<?, ?> run, DomainRequirement... domainRequirements) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <C extends IdCredentials> C findCredentialById(@NonNull String id, @NonNull Class<C> type, @NonNull Run<?, ?> run, @Nullable List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    public static ExtensionList<CredentialsProvider> all() { throw new UnsupportedOperationException(); }
    public static List<CredentialsProvider> enabled() { throw new UnsupportedOperationException(); }
    public static List<CredentialsProvider> enabled(Object context) { throw new UnsupportedOperationException(); }
    public Descriptor<CredentialsProvider> getDescriptor() { throw new UnsupportedOperationException(); }
    public final boolean isEnabled() { throw new UnsupportedOperationException(); }
    public boolean isEnabled(Object context) { throw new UnsupportedOperationException(); }
    @NonNull public String getDisplayName() { throw new UnsupportedOperationException(); }
    public String getIconClassName() { throw new UnsupportedOperationException(); }
    public Set<CredentialsScope> getScopes(ModelObject object) { throw new UnsupportedOperationException(); }
    @NonNull public <C extends Credentials> List<C> getCredentialsInItemGroup(@NonNull Class<C> type, @Nullable ItemGroup itemGroup, @Nullable Authentication authentication, @NonNull List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    @CheckForNull public <C extends IdCredentials> C getCredentialByIdInItemGroup(@NonNull String id, @NonNull Class<C> type, @NonNull ItemGroup<?> itemGroup, @NonNull Authentication authentication, @NonNull List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    @CheckForNull public <C extends IdCredentials> C getCredentialByIdInItem(@NonNull String id, @NonNull Class<C> type, @NonNull Item item, @NonNull Authentication authentication, @NonNull List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    @NonNull public <C extends IdCredentials> ListBoxModel getCredentialIdsInItemGroup(@NonNull Class<C> type, @Nullable ItemGroup itemGroup, @Nullable Authentication authentication, @NonNull List<DomainRequirement> domainRequirements, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    @NonNull public <C extends Credentials> List<C> getCredentialsInItem(@NonNull Class<C> type, @NonNull Item item, @Nullable Authentication authentication, @NonNull List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    @NonNull public <C extends IdCredentials> ListBoxModel getCredentialIdsInItem(@NonNull Class<C> type, @NonNull Item item, @Nullable Authentication authentication, @NonNull List<DomainRequirement> domainRequirements, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    public final boolean isApplicable(Class<? extends Credentials> clazz) { throw new UnsupportedOperationException(); }
    public final boolean isApplicable(Descriptor<?> descriptor) { throw new UnsupportedOperationException(); }
    protected boolean _isApplicable(Descriptor<?> descriptor) { throw new UnsupportedOperationException(); }
    public final List<CredentialsDescriptor> getCredentialsDescriptors() { throw new UnsupportedOperationException(); }
    public final boolean hasCredentialsDescriptors() { throw new UnsupportedOperationException(); }
    @CheckForNull public static <C extends Credentials> C track(@NonNull Run build, @CheckForNull C credentials) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> trackAll(@NonNull Run build, C... credentials) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> trackAll(@NonNull Run build, @NonNull List<C> credentials) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <C extends Credentials> C track(@NonNull Node node, @CheckForNull C credentials) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> trackAll(@NonNull Node node, C... credentials) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> trackAll(@NonNull Node node, @NonNull List<C> credentials) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <C extends Credentials> C track(@NonNull Item item, @CheckForNull C credentials) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> trackAll(@NonNull Item item, C... credentials) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> trackAll(@NonNull Item item, @NonNull List<C> credentials) { throw new UnsupportedOperationException(); }
    @Restricted(DoNotUse.class) public static void saveAll() { throw new UnsupportedOperationException(); }
}
