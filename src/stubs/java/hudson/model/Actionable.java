// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Actionable.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;
import jenkins.model.ModelObjectWithContextMenu;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

@ExportedBean public abstract class Actionable extends AbstractModelObject implements ModelObjectWithContextMenu {
    @Deprecated @NonNull public List<Action> getActions() { throw new UnsupportedOperationException(); }
    @Exported(name = "actions") @NonNull public final List<? extends Action> getAllActions() { throw new UnsupportedOperationException(); }
    @Restricted(NoExternalUse.class) public List<Action> getAppBarActions() { throw new UnsupportedOperationException(); }
    @NonNull public <T extends Action> List<T> getActions(Class<T> type) { throw new UnsupportedOperationException(); }
    public void addAction(@NonNull Action a) { throw new UnsupportedOperationException(); }
    public void replaceAction(@NonNull Action a) { throw new UnsupportedOperationException(); }
    public boolean addOrReplaceAction(@NonNull Action a) { throw new UnsupportedOperationException(); }
    public boolean removeAction(@Nullable Action a) { throw new UnsupportedOperationException(); }
    public boolean removeActions(@NonNull Class<? extends Action> clazz) { throw new UnsupportedOperationException(); }
    public boolean replaceActions(@NonNull Class<? extends Action> clazz, @NonNull Action a) { throw new UnsupportedOperationException(); }
    @Deprecated public Action getAction(int index) { throw new UnsupportedOperationException(); }
    public <T extends Action> T getAction(Class<T> type) { throw new UnsupportedOperationException(); }
    public Object getDynamic(String token, StaplerRequest2 req, StaplerResponse2 rsp) { throw new UnsupportedOperationException(); }
}
