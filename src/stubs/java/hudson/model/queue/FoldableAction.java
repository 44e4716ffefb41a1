// Compile-only stand-in; signatures from jenkinsci+jenkins @ jenkins-2.568.2 : core/src/main/java/hudson/model/queue/FoldableAction.java.
package hudson.model.queue;

import hudson.model.Action;
import hudson.model.Queue.Task;
import hudson.model.Queue;
import java.util.List;

public interface FoldableAction extends Action {
    void foldIntoExisting(Queue.Item item, Task owner, List<Action> otherActions);
}
