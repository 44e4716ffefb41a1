// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/tasks/BuildStep.java.
package hudson.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.BuildListener;
import hudson.model.Descriptor;
import java.io.IOException;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

public interface BuildStep {
    boolean prebuild(AbstractBuild<?, ?> build, BuildListener listener);
    boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener) throws InterruptedException, IOException;
    @Deprecated Action getProjectAction(AbstractProject<?, ?> project);
    @NonNull Collection<? extends Action> getProjectActions(AbstractProject<?, ?> project);
    default BuildStepMonitor getRequiredMonitorService() { throw new UnsupportedOperationException(); }
    @Deprecated List<Descriptor<Builder>> BUILDERS = null;
    @Deprecated PublisherList PUBLISHERS = null;
    final class PublisherList extends AbstractList<Descriptor<Publisher>> {
        private PublisherList() { throw new UnsupportedOperationException(); }
        public void addNotifier(Descriptor<Publisher> d) { throw new UnsupportedOperationException(); }
        public void addRecorder(Descriptor<Publisher> d) { throw new UnsupportedOperationException(); }
        public boolean add(Descriptor<Publisher> d) { throw new UnsupportedOperationException(); }
        public void add(int index, Descriptor<Publisher> d) { throw new UnsupportedOperationException(); }
        public Descriptor<Publisher> get(int index) { throw new UnsupportedOperationException(); }
        public int size() { throw new UnsupportedOperationException(); }
        public Iterator<Descriptor<Publisher>> iterator() { throw new UnsupportedOperationException(); }
        public boolean remove(Object o) { throw new UnsupportedOperationException(); }
    }
}
