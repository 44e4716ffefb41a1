// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/tasks/BuildStepDescriptor.java.
package hudson.tasks;

import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;
import java.util.List;

public abstract class BuildStepDescriptor<T extends BuildStep & Describable<T>> extends Descriptor<T> {
    protected BuildStepDescriptor(Class<? extends T> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    protected BuildStepDescriptor() { super(); throw new UnsupportedOperationException(); }
    public abstract boolean isApplicable(Class<? extends AbstractProject> jobType);
    public static <T extends BuildStep & Describable<T>> List<Descriptor<T>> filter(List<Descriptor<T>> base, Class<? extends AbstractProject> type) { throw new UnsupportedOperationException(); }
}
