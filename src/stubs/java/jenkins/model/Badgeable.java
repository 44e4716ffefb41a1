// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/Badgeable.java.
package jenkins.model;

public interface Badgeable {
}
