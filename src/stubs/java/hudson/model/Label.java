// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Label.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionPoint;
import hudson.model.labels.LabelAtom;
import hudson.model.labels.LabelOperatorPrecedence;
import hudson.model.labels.LabelVisitor;
import hudson.util.VariableResolver;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import jenkins.model.IComputer;
import jenkins.model.ModelObjectWithChildren;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.Beta;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public abstract class Label extends Actionable implements Comparable<Label>, ModelObjectWithChildren {
    @NonNull protected final transient String name;
    protected Label(@NonNull String name) { throw new UnsupportedOperationException(); }
    @NonNull @Exported(visibility = 2) public final String getName() { throw new UnsupportedOperationException(); }
    @NonNull public String getDisplayName() { throw new UnsupportedOperationException(); }
    public abstract String getExpression();
    public String getUrl() { throw new UnsupportedOperationException(); }
    public String getSearchUrl() { throw new UnsupportedOperationException(); }
    public boolean isAtom() { throw new UnsupportedOperationException(); }
    public abstract boolean matches(VariableResolver<Boolean> resolver);
    public final boolean matches(Collection<LabelAtom> labels) { throw new UnsupportedOperationException(); }
    public final boolean matches(Node n) { throw new UnsupportedOperationException(); }
    public boolean isSelfLabel() { throw new UnsupportedOperationException(); }
    @Exported public Set<Node> getNodes() { throw new UnsupportedOperationException(); }
    @Restricted(DoNotUse.class) @NonNull public Collection<? extends IComputer> getComputers() { throw new UnsupportedOperationException(); }
    public boolean isAssignable() { throw new UnsupportedOperationException(); }
    public int getTotalConfiguredExecutors() { throw new UnsupportedOperationException(); }
    @Exported public int getTotalExecutors() { throw new UnsupportedOperationException(); }
    @Exported public int getBusyExecutors() { throw new UnsupportedOperationException(); }
    @Exported public int getIdleExecutors() { throw new UnsupportedOperationException(); }
    @Exported public boolean isOffline() { throw new UnsupportedOperationException(); }
    @Exported public String getDescription() { throw new UnsupportedOperationException(); }
    @Exported public List<AbstractProject> getTiedJobs() { throw new UnsupportedOperationException(); }
    public int getTiedJobCount() { throw new UnsupportedOperationException(); }
    public boolean contains(Node node) { throw new UnsupportedOperationException(); }
    public boolean isEmpty() { throw new UnsupportedOperationException(); }
    public abstract <V, P> V accept(LabelVisitor<V, P> visitor, P param);
    public Set<LabelAtom> listAtoms() { throw new UnsupportedOperationException(); }
    public Label and(Label rhs) { throw new UnsupportedOperationException(); }
    public Label or(Label rhs) { throw new UnsupportedOperationException(); }
    public Label iff(Label rhs) { throw new UnsupportedOperationException(); }
    public Label implies(Label rhs) { throw new UnsupportedOperationException(); }
    public Label not() { throw new UnsupportedOperationException(); }
    public Label paren() { throw new UnsupportedOperationException(); }
    public abstract LabelOperatorPrecedence precedence();
    public final boolean equals(Object that) { throw new UnsupportedOperationException(); }
    public final int hashCode() { throw new UnsupportedOperationException(); }
    public final int compareTo(Label that) { throw new UnsupportedOperationException(); }
    public String toString() { throw new UnsupportedOperationException(); }
    @NonNull public static Set<LabelAtom> parse(@CheckForNull String labels) { throw new UnsupportedOperationException(); }
    @CheckForNull public static Label get(String l) { throw new UnsupportedOperationException(); }
    public static Label parseExpression(@NonNull String labelExpression) { throw new UnsupportedOperationException(); }
    @Restricted(Beta.class) public interface LabelComputerSource extends ExtensionPoint {
        @NonNull Collection<? extends IComputer> get(@NonNull Label label);
    }
    @Extension(ordinal = -1) @Restricted(DoNotUse.class) public static class LabelComputerSourceImpl implements LabelComputerSource {
        @NonNull public Collection<? extends IComputer> get(@NonNull Label label) { throw new UnsupportedOperationException(); }
    }
}
