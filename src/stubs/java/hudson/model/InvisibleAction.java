// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/InvisibleAction.java.
package hudson.model;

public abstract class InvisibleAction implements Action {
    public final String getIconFileName() { throw new UnsupportedOperationException(); }
    public final String getDisplayName() { throw new UnsupportedOperationException(); }
    public String getUrlName() { throw new UnsupportedOperationException(); }
}
