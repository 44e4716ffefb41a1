// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/widgets/HasWidgets.java.
package jenkins.widgets;

import java.util.logging.Logger;
import jenkins.security.stapler.StaplerAccessibleType;

@StaplerAccessibleType public interface HasWidgets {
    Logger LOGGER = null;
}
