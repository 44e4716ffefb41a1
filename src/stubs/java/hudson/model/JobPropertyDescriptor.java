// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/JobPropertyDescriptor.java.
package hudson.model;

import java.util.Collection;
import java.util.List;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class JobPropertyDescriptor extends Descriptor<JobProperty<?>> {
    protected JobPropertyDescriptor(Class<? extends JobProperty<?>> clazz) { super(clazz); throw new UnsupportedOperationException(); }
    protected JobPropertyDescriptor() { super(); throw new UnsupportedOperationException(); }
    public JobProperty<?> newInstance(StaplerRequest2 req, JSONObject formData) throws FormException { throw new UnsupportedOperationException(); }
    public boolean isApplicable(Class<? extends Job> jobType) { throw new UnsupportedOperationException(); }
    public static List<JobPropertyDescriptor> getPropertyDescriptors(Class<? extends Job> clazz) { throw new UnsupportedOperationException(); }
    public static Collection<JobPropertyDescriptor> all() { throw new UnsupportedOperationException(); }
}
