// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/BuildableItem.java.
package hudson.model;

import hudson.model.Queue.Task;

public interface BuildableItem extends Item, Task {
    @Deprecated default boolean scheduleBuild() { throw new UnsupportedOperationException(); }
    boolean scheduleBuild(Cause c);
    @Deprecated default boolean scheduleBuild(int quietPeriod) { throw new UnsupportedOperationException(); }
    boolean scheduleBuild(int quietPeriod, Cause c);
    default boolean isBuildable() { throw new UnsupportedOperationException(); }
}
