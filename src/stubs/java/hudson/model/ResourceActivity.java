// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/ResourceActivity.java.
package hudson.model;

public interface ResourceActivity extends ModelObject {
}
