// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/ModelObject.java.
package hudson.model;

import jenkins.security.stapler.StaplerAccessibleType;

@StaplerAccessibleType public interface ModelObject {
    String getDisplayName();
}
