// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/StatusIcon.java.
package hudson.model;

public interface StatusIcon {
    String getImageOf(String size);
    String getDescription();
}
