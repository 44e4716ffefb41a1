// Compile-only stand-in; signatures from jenkinsci+credentials-plugin @ HEAD : src/main/java/com/cloudbees/plugins/credentials/CredentialsMatchers.java.
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class CredentialsMatchers {
    private CredentialsMatchers() { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher always() { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher never() { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher not(@NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher instanceOf(@NonNull Class clazz) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher withId(@NonNull String id) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher withScope(@NonNull CredentialsScope scope) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher withScopes(@NonNull CredentialsScope... scopes) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher withScopes(@NonNull Collection<CredentialsScope> scopes) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher withUsername(@NonNull String username) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher allOf(@NonNull CredentialsMatcher... matchers) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher anyOf(@NonNull CredentialsMatcher... matchers) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher both(@NonNull CredentialsMatcher matcher1, @NonNull CredentialsMatcher matcher2) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher either(@NonNull CredentialsMatcher matcher1, @NonNull CredentialsMatcher matcher2) { throw new UnsupportedOperationException(); }
    @NonNull public static CredentialsMatcher noneOf(@NonNull CredentialsMatcher... matchers) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> Collection<C> filter(@NonNull Collection<C> credentials, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> Set<C> filter(@NonNull Set<C> credentials, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> List<C> filter(@NonNull List<C> credentials, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials> Iterable<C> filter(@NonNull Iterable<C> credentials, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials, V> Map<C, V> filterKeys(@NonNull Map<C, V> credentialMap, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    @NonNull public static <C extends Credentials, K> Map<K, C> filterValues(@NonNull Map<K, C> credentialMap, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <C extends Credentials> C firstOrDefault(@NonNull Iterable<C> credentials, @NonNull CredentialsMatcher matcher, @CheckForNull C defaultIfNone) { throw new UnsupportedOperationException(); }
    @CheckForNull public static <C extends Credentials> C firstOrNull(@NonNull Iterable<C> credentials, @NonNull CredentialsMatcher matcher) { throw new UnsupportedOperationException(); }
}
