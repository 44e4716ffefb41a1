// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/search/SearchIndex.java.
package hudson.search;

import java.util.List;

public interface SearchIndex {
    void find(String token, List<SearchItem> result);
    void suggest(String token, List<SearchItem> result);
    SearchIndex EMPTY = null;
}
