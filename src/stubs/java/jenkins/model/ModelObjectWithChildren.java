// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/ModelObjectWithChildren.java.
package jenkins.model;

import hudson.model.ModelObject;

public interface ModelObjectWithChildren extends ModelObject {
}
