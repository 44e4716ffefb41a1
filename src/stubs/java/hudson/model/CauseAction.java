// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/CauseAction.java.
package hudson.model;

import hudson.model.Queue.Task;
import hudson.model.queue.FoldableAction;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public class CauseAction implements FoldableAction, RunAction2 {
    public CauseAction(Cause c) { throw new UnsupportedOperationException(); }
    public CauseAction(Cause... c) { throw new UnsupportedOperationException(); }
    public CauseAction(Collection<? extends Cause> causes) { throw new UnsupportedOperationException(); }
    public CauseAction(CauseAction ca) { throw new UnsupportedOperationException(); }
    @Exported(visibility = 2) public List<Cause> getCauses() { throw new UnsupportedOperationException(); }
    public <T extends Cause> T findCause(Class<T> type) { throw new UnsupportedOperationException(); }
    public String getDisplayName() { throw new UnsupportedOperationException(); }
    public String getIconFileName() { throw new UnsupportedOperationException(); }
    public String getUrlName() { throw new UnsupportedOperationException(); }
    public Map<Cause, Integer> getCauseCounts() { throw new UnsupportedOperationException(); }
    @Deprecated public String getShortDescription() { throw new UnsupportedOperationException(); }
    public void onLoad(Run<?, ?> owner) { throw new UnsupportedOperationException(); }
    public void onAttached(Run<?, ?> owner) { throw new UnsupportedOperationException(); }
    public void foldIntoExisting(hudson.model.Queue.Item item, Task owner, List<Action> otherActions) { throw new UnsupportedOperationException(); }
}
