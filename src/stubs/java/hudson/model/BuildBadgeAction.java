// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/BuildBadgeAction.java.
package hudson.model;

public interface BuildBadgeAction extends Action {
}
