// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/DescriptorByNameOwner.java.
package hudson.model;

public interface DescriptorByNameOwner extends ModelObject {
    default Descriptor getDescriptorByName(String id) { throw new UnsupportedOperationException(); }
}
