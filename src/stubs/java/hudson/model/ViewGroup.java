// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/ViewGroup.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.AccessControlled;
import hudson.views.ViewsTabBar;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

public interface ViewGroup extends Saveable, ModelObject, AccessControlled {
    boolean canDelete(View view);
    void deleteView(View view) throws IOException;
    Collection<View> getViews();
    @NonNull default Collection<View> getAllViews() { throw new UnsupportedOperationException(); }
    View getView(String name);
    default View getPrimaryView() { throw new UnsupportedOperationException(); }
    String getUrl();
    void onViewRenamed(View view, String oldName, String newName);
    ViewsTabBar getViewsTabBar();
    default ItemGroup<? extends TopLevelItem> getItemGroup() { throw new UnsupportedOperationException(); }
    default List<Action> getViewActions() { throw new UnsupportedOperationException(); }
    default ViewsTabBar getUserViewsTabBar() { throw new UnsupportedOperationException(); }
}
