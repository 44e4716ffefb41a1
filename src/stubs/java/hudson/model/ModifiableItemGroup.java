// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/ModifiableItemGroup.java.
package hudson.model;

public interface ModifiableItemGroup<T extends Item> extends ItemGroup<T> {
}
