// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/FullyNamedModelObject.java.
package jenkins.model;

import hudson.model.ModelObject;
import jenkins.security.stapler.StaplerAccessibleType;

@StaplerAccessibleType public interface FullyNamedModelObject extends ModelObject {
    String getFullDisplayName();
}
