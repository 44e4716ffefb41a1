// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/ParameterValue.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.EnvVars;
import hudson.model.queue.SubTask;
import hudson.util.VariableResolver;
import java.io.Serializable;
import java.util.Map;
import jenkins.security.stapler.StaplerAccessibleType;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.DoNotUse;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean(defaultVisibility = 3) @StaplerAccessibleType public abstract class ParameterValue implements Serializable {
    protected final String name;
    protected ParameterValue(String name, String description) { throw new UnsupportedOperationException(); }
    protected ParameterValue(String name) { throw new UnsupportedOperationException(); }
    public String getDescription() { throw new UnsupportedOperationException(); }
    public void setDescription(String description) { throw new UnsupportedOperationException(); }
    @Restricted(DoNotUse.class) public String getFormattedDescription() { throw new UnsupportedOperationException(); }
    @Exported public final String getName() { throw new UnsupportedOperationException(); }
    @Deprecated public void buildEnvVars(AbstractBuild<?, ?> build, Map<String, String> env) { throw new UnsupportedOperationException(); }
    @Deprecated public void buildEnvVars(AbstractBuild<?, ?> build, EnvVars env) { throw new UnsupportedOperationException(); }
    public void buildEnvironment(Run<?, ?> build, EnvVars env) { throw new UnsupportedOperationException(); }
    public VariableResolver<String> createVariableResolver(AbstractBuild<?, ?> build) { throw new UnsupportedOperationException(); }
    public int hashCode() { throw new UnsupportedOperationException(); }
    public boolean equals(Object obj) { throw new UnsupportedOperationException(); }
    public String getShortDescription() { throw new UnsupportedOperationException(); }
    public boolean isSensitive() { throw new UnsupportedOperationException(); }
    @CheckForNull public Object getValue() { throw new UnsupportedOperationException(); }
    public Label getAssignedLabel(SubTask task) { throw new UnsupportedOperationException(); }
}
