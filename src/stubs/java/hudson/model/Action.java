// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/Action.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public interface Action extends ModelObject {
    @CheckForNull String getIconFileName();
    @CheckForNull String getDisplayName();
    @CheckForNull String getUrlName();
    default String getDescription() { throw new UnsupportedOperationException(); }
    default boolean isVisibleInContextMenu() { throw new UnsupportedOperationException(); }
}
