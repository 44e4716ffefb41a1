// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/ItemGroup.java.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import jenkins.model.FullyNamed;
import jenkins.model.FullyNamedModelObject;
import org.springframework.security.access.AccessDeniedException;

public interface ItemGroup<T extends Item> extends FullyNamed, FullyNamedModelObject, PersistenceRoot {
    Collection<T> getItems();
    default Collection<T> getItems(Predicate<T> pred) { throw new UnsupportedOperationException(); }
    default Stream<T> getItemsStream() { throw new UnsupportedOperationException(); }
    default Stream<T> getItemsStream(Predicate<T> pred) { throw new UnsupportedOperationException(); }
    String getUrl();
    String getUrlChildPrefix();
    @CheckForNull T getItem(String name) throws AccessDeniedException;
    File getRootDirFor(T child);
    default void onRenamed(T item, String oldName, String newName) throws IOException { throw new UnsupportedOperationException(); }
    void onDeleted(T item) throws IOException;
    default <T extends Item> List<T> getAllItems(Class<T> type) { throw new UnsupportedOperationException(); }
    default <T extends Item> List<T> getAllItems(Class<T> type, Predicate<T> pred) { throw new UnsupportedOperationException(); }
    default <T extends Item> Iterable<T> allItems(Class<T> type) { throw new UnsupportedOperationException(); }
    default <T extends Item> Iterable<T> allItems(Class<T> type, Predicate<T> pred) { throw new UnsupportedOperationException(); }
    default List<Item> getAllItems() { throw new UnsupportedOperationException(); }
    default Iterable<Item> allItems() { throw new UnsupportedOperationException(); }
    default String getItemName(File dir, T item) { throw new UnsupportedOperationException(); }
}
