// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/labels/LabelAtom.java.
package hudson.model.labels;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Action;
import hudson.model.Label;
import hudson.model.Saveable;
import hudson.util.VariableResolver;
import java.io.IOException;
import java.util.List;
import java.util.Set;

public class LabelAtom extends Label implements Saveable {
    public LabelAtom(@NonNull String name) { super(name); throw new UnsupportedOperationException(); }
    public String getExpression() { throw new UnsupportedOperationException(); }
    public boolean isAtom() { throw new UnsupportedOperationException(); }
    @NonNull public List<Action> getActions() { throw new UnsupportedOperationException(); }
    protected void updateTransientActions() { throw new UnsupportedOperationException(); }
    public String getDescription() { throw new UnsupportedOperationException(); }
    public void setDescription(String description) throws IOException { throw new UnsupportedOperationException(); }
    public boolean matches(VariableResolver<Boolean> resolver) { throw new UnsupportedOperationException(); }
    public <V, P> V accept(LabelVisitor<V, P> visitor, P param) { throw new UnsupportedOperationException(); }
    public Set<LabelAtom> listAtoms() { throw new UnsupportedOperationException(); }
    public LabelOperatorPrecedence precedence() { throw new UnsupportedOperationException(); }
    public void save() throws IOException { throw new UnsupportedOperationException(); }
    public void load() { throw new UnsupportedOperationException(); }
    @Nullable public static LabelAtom get(@CheckForNull String l) { throw new UnsupportedOperationException(); }
    public static LabelAtom findNearest(String name) { throw new UnsupportedOperationException(); }
    public static boolean needsEscape(String name) { throw new UnsupportedOperationException(); }
    public static String escape(String name) { throw new UnsupportedOperationException(); }
}
