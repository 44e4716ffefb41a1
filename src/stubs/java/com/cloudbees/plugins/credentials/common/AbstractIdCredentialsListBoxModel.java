// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/common/AbstractIdCredentialsListBoxModel.java.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.util.ListBoxModel;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.springframework.security.core.Authentication;

public abstract class AbstractIdCredentialsListBoxModel<T extends AbstractIdCredentialsListBoxModel<T, C>, C extends IdCredentials> extends ListBoxModel {
    @NonNull protected abstract String describe(@NonNull C c);
    @NonNull public AbstractIdCredentialsListBoxModel<T, C> with(@CheckForNull C u) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public AbstractIdCredentialsListBoxModel<T, C> withEmptySelection() { throw new UnsupportedOperationException(); }
    @NonNull public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public AbstractIdCredentialsListBoxModel<T, C> withAll(@NonNull C... credentials) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public AbstractIdCredentialsListBoxModel<T, C> withAll(@NonNull Iterable<? extends C> credentials) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public AbstractIdCredentialsListBoxModel<T, C> withAll(@NonNull Iterator<? extends C> credentials) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public AbstractIdCredentialsListBoxModel<T, C> withMatching(@NonNull CredentialsMatcher matcher, @NonNull C... credentials) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public AbstractIdCredentialsListBoxModel<T, C> withMatching(@NonNull CredentialsMatcher matcher, @NonNull Iterable<? extends C> credentials) { throw new UnsupportedOperationException(); }
    @Deprecated @NonNull public AbstractIdCredentialsListBoxModel<T, C> withMatching(@NonNull CredentialsMatcher matcher, @NonNull Iterator<? extends C> credentials) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> include(@Nullable Item context, @NonNull Class<? extends C> type) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> include(@NonNull ItemGroup context, @NonNull Class<? extends C> type) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> includeAs(@NonNull Authentication authentication, @Nullable Item context, @NonNull Class<? extends C> type) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> includeAs(@NonNull Authentication authentication, @NonNull ItemGroup context, @NonNull Class<? extends C> type) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> include(@Nullable Item context, @NonNull Class<? extends C> type, @NonNull List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> include(@NonNull ItemGroup context, @NonNull Class<? extends C> type, @NonNull List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> includeAs(@NonNull Authentication authentication, @Nullable Item context, @NonNull Class<? extends C> type, @NonNull List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> includeAs(@NonNull Authentication authentication, @NonNull ItemGroup context, @NonNull Class<? extends C> type, @NonNull List<DomainRequirement> domainRequirements) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> includeMatching(@Nullable Item context, @NonNull Class<? extends C> type, @NonNull List<DomainRequirement> domainRequirements, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> includeMatching(@NonNull ItemGroup context, @NonNull Class<? extends C> type, @NonNull List<DomainRequirement> domainRequirements, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(@NonNull Authentication authentication, @Nullable Item context, @NonNull Class<? extends C> type, @NonNull List<DomainRequirement> domainRequirements, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(@NonNull Authentication authentication, @NonNull ItemGroup context, @NonNull Class<? extends C> type, @NonNull List<DomainRequirement> domainRequirements, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(@NonNull String value) { throw new UnsupportedOperationException(); }
    public boolean addMissing(@NonNull Collection<? extends Option> c) { throw new UnsupportedOperationException(); }
}
