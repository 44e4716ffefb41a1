// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/util/ArgumentListBuilder.java.
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class ArgumentListBuilder implements Serializable, Cloneable {
    public ArgumentListBuilder() { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder(String... args) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder add(Object a) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder add(Object a, boolean mask) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder add(File f) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder add(String a) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder add(String a, boolean mask) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder prepend(String... args) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder addQuoted(String a) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder addQuoted(String a, boolean mask) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder add(String... args) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder add(@NonNull Iterable<String> args) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder addTokenized(String s) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder addKeyValuePair(String prefix, String key, String value, boolean mask) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder addKeyValuePairs(String prefix, Map<String, String> props) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder addKeyValuePairs(String prefix, Map<String, String> props, Set<String> propsToMask) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder addKeyValuePairsFromPropertyString(String prefix, String properties, VariableResolver<String> vr) throws IOException { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder addKeyValuePairsFromPropertyString(String prefix, String properties, VariableResolver<String> vr, Set<String> propsToMask) throws IOException { throw new UnsupportedOperationException(); }
    public String[] toCommandArray() { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder clone() { throw new UnsupportedOperationException(); }
    public void clear() { throw new UnsupportedOperationException(); }
    public List<String> toList() { throw new UnsupportedOperationException(); }
    public String toStringWithQuote() { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder toWindowsCommand(boolean escapeVars) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder toWindowsCommand() { throw new UnsupportedOperationException(); }
    public boolean hasMaskedArguments() { throw new UnsupportedOperationException(); }
    public boolean[] toMaskArray() { throw new UnsupportedOperationException(); }
    public void addMasked(String string) { throw new UnsupportedOperationException(); }
    public ArgumentListBuilder addMasked(Secret s) { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
}
