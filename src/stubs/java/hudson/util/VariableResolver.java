// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/VariableResolver.java.
package hudson.util;

import java.util.Collection;
import java.util.Map;

public interface VariableResolver<V> {
    V resolve(String name);
    VariableResolver NONE = null;
    final class ByMap<V> implements VariableResolver<V> {
        public ByMap(Map<String, V> data) { throw new UnsupportedOperationException(); }
        public V resolve(String name) { throw new UnsupportedOperationException(); }
    }
    final class Union<V> implements VariableResolver<V> {
        public Union(VariableResolver<? extends V>... resolvers) { throw new UnsupportedOperationException(); }
        public Union(Collection<? extends VariableResolver<? extends V>> resolvers) { throw new UnsupportedOperationException(); }
        public V resolve(String name) { throw new UnsupportedOperationException(); }
    }
}
