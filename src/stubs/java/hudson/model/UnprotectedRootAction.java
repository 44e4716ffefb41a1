// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/UnprotectedRootAction.java.
package hudson.model;

import hudson.ExtensionPoint;

public interface UnprotectedRootAction extends RootAction, ExtensionPoint {
}
