// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/jenkins/model/DirectlyModifiableTopLevelItemGroup.java.
package jenkins.model;

import hudson.model.TopLevelItem;
import java.io.IOException;

public interface DirectlyModifiableTopLevelItemGroup extends ModifiableTopLevelItemGroup {
    boolean canAdd(TopLevelItem item);
    <I extends TopLevelItem> I add(I item, String name) throws IOException, IllegalArgumentException;
    void remove(TopLevelItem item) throws IOException, IllegalArgumentException;
}
